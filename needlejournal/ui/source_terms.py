"""The sources guidance warnings cite, in the window's language (issue 14).

``guidance`` owns each source in English (the command line prints it); the window shows it
after "Source:" through ``translate("Sources", …)``. The citation itself (authors, journal,
year, PMC number, the review's and standards' names) stays as published inside each
translation; only the words around it are translated. lupdate cannot read the texts out of
another layer, so each is listed here; tests/i18n/test_sources.py fails when a source is
missing or a translation loses a citation.
"""

# ruff: noqa: E501 — each entry is one source, kept whole so it matches its text exactly
from __future__ import annotations

from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

SOURCE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Sources",
        "Clinic aftercare handouts: avoid retinoids (resume after ~7–14 days), AHA/BHA and other acids, exfoliants, benzoyl peroxide, hydroquinone, alcohol and fragrance for days after needling.",
    ),
    QT_TRANSLATE_NOOP(
        "Sources", "Consumer home-use microneedling guides (typical depth by area; weak evidence)."
    ),
    QT_TRANSLATE_NOOP(
        "Sources", "Consumer home-use microneedling guides: do not exceed 1.0 mm at home."
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "Consumer rules of thumb for microneedling intervals (they disagree; weak evidence): 0.2–0.3 mm 1–2× a week, 0.5 mm every 2–4 weeks, ≥ 1.0 mm every 4–6 weeks, ≥ 1.5 mm every 6–8 weeks. Trials and clinics space sessions about 4 weeks apart (e.g. PMC6122507).",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "ASJ Open Forum review of microneedling and RF microneedling depth by area (cheeks 1.0 mm, scars 1.5–2.0 mm; acne scars 1.5–2.0 mm, up to 2.5 mm).",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "ASJ Open Forum review: avoid the lash line (it gives no depth); home guides keep the under-eye at 0.2–0.3 mm. 1.0 mm is the app's cautious default for the thinnest facial skin, not a figure from the review.",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "Inference from case reports: Soltani-Arabshahi et al., JAMA Dermatol 2014 (granulomas after microneedling with a topical vitamin C serum); systematic review Friedmann et al., Dermatol Surg 2024 (mostly motorised pens plus topical vitamin C).",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "Informed consent before each course of treatment: UK JCCP/CPSA competency standards and US state cosmetology board rules; clinic suites (Aesthetic Record, Pabau) flag a missing consent before a treatment starts.",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "Manufacturer's expiry date on the packaging: past it, sterility and stability of a product applied to needled skin are no longer guaranteed.",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "Client screening before microneedling (domain notes): active infection or acne; eczema, psoriasis or rosacea flare; keloid tendency; bleeding disorder or anticoagulants; uncontrolled diabetes; pregnancy or breastfeeding; isotretinoin within 3–6 months; malignancy, chemo- or radiotherapy; actinic keratoses or raised moles in the area; allergy to stainless steel or topical anaesthetics; recent filler (≤ 6–12 months), neuromodulator (≤ 3 months), peel or laser (≤ 2–4 weeks).",
    ),
    QT_TRANSLATE_NOOP(
        "Sources",
        "Client screening is kept with the date it was reviewed (domain notes); how often to review it is the journal's setting (default every 6 months).",
    ),
)


def source_text(source: str) -> str:
    """A warning's source in the window's language (as it is when it is not listed)."""
    return translate("Sources", source) if source in SOURCE_TEXTS else source
