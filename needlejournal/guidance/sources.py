"""Where each rule comes from: every warning carries one of these texts (DOMAIN.md)."""

from __future__ import annotations

SOURCE_INTERVAL = (
    "Consumer rules of thumb for microneedling intervals (they disagree; weak evidence): "
    "0.2–0.3 mm 1–2× a week, 0.5 mm every 2–4 weeks, ≥ 1.0 mm every 4–6 weeks, ≥ 1.5 mm every "
    "6–8 weeks. Trials and clinics space sessions about 4 weeks apart (e.g. PMC6122507)."
)
SOURCE_HOME_DEPTH = "Consumer home-use microneedling guides (typical depth by area; weak evidence)."
SOURCE_PRO_DEPTH = (
    "ASJ Open Forum review of microneedling and RF microneedling depth by area "
    "(cheeks 1.0 mm, scars 1.5–2.0 mm; acne scars 1.5–2.0 mm, up to 2.5 mm)."
)
SOURCE_PRO_PERIORBITAL = (
    "ASJ Open Forum review: avoid the lash line (it gives no depth); home guides keep the "
    "under-eye at 0.2–0.3 mm. 1.0 mm is the app's cautious default for the thinnest facial "
    "skin, not a figure from the review."
)
SOURCE_VITAMIN_C = (
    "Inference from case reports: Soltani-Arabshahi et al., JAMA Dermatol 2014 (granulomas after "
    "microneedling with a topical vitamin C serum); systematic review Friedmann et al., "
    "Dermatol Surg 2024 (mostly motorised pens plus topical vitamin C)."
)
SOURCE_AFTERCARE = (
    "Clinic aftercare handouts: avoid retinoids (resume after ~7–14 days), AHA/BHA and other "
    "acids, exfoliants, benzoyl peroxide, hydroquinone, alcohol and fragrance for days after "
    "needling."
)
SOURCE_HOME_LIMIT = "Consumer home-use microneedling guides: do not exceed 1.0 mm at home."
