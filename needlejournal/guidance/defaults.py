"""The default thresholds, from the domain notes (DOMAIN.md); users may edit every one."""

from __future__ import annotations

DEFAULT_INTERVAL_BANDS: tuple[tuple[float, int], ...] = (
    # (from depth in mm, inclusive; minimum days between sessions). DOMAIN.md puts 0.3 mm in the
    # "0.2–0.3 mm, 1–2× a week" class, so the 0.5 mm class starts just above it.
    (0.0, 3),
    (0.31, 14),
    (1.0, 28),
    (1.5, 42),
)
# None = the source gives no maximum for that area, so no area-specific warning.
DEFAULT_HOME_MAX_DEPTH: dict[str, float | None] = {
    "forehead": 0.5,
    "cheeks": 1.0,
    "nose": 0.75,  # guides say 0.25–0.5, some allow up to 0.75: warn only past the outer limit
    "chin": 1.0,
    "perioral": 0.5,
    "periorbital": 0.3,
    "neck": None,
    "decolletage": None,
    "scalp": None,
    "body": None,
    "other": None,
}
DEFAULT_PRO_MAX_DEPTH: dict[str, float | None] = {
    "forehead": None,  # the review gives "≥ 1.5", a floor, not a maximum
    "cheeks": 2.0,  # 1.0 in general, 1.5–2.0 for scars
    "nose": 2.0,  # sidewall
    "chin": None,
    "perioral": 0.5,
    "periorbital": None,  # "avoid the lash line": a placement rule, not a depth
    "neck": 1.5,
    "decolletage": None,
    "scalp": None,
    "body": None,
    "other": None,
}
DEFAULT_KEYWORDS: dict[str, tuple[str, ...]] = {
    # Explicit L-ascorbic acid names; matched after derivative names are masked out.
    "l_ascorbic_acid": ("l ascorbic acid", "ascorbic acid", "l aa", "laa"),
    # "Vitamin C" alone counts as L-AA (the serums in the case reports) unless a derivative is
    # named in the same ingredient entry.
    "vitamin_c_generic": ("vitamin c", "vit c"),
    "vitamin_c_derivatives": (
        "ascorbyl",  # ascorbyl glucoside, sodium/magnesium ascorbyl phosphate, ascorbyl palmitate
        "ascorbate",  # tetrahexyldecyl ascorbate, sodium ascorbate
        "ethyl ascorbic acid",
        "ascorbic acid 2 glucoside",
        "ascorbic acid glucoside",
        "aa2g",
    ),
    "retinoids": (
        "retinol",
        "retinal",
        "retinaldehyde",
        "retinyl",
        "retinoate",
        "retinoid",
        "retinoic acid",
        "tretinoin",
        "isotretinoin",
        "adapalene",
        "tazarotene",
        "trifarotene",
        "vitamin a",
    ),
    # Named acids only: a bare "acid" would flag hyaluronic, ferulic or tranexamic acid. Azelaic
    # acid is included: DOMAIN.md lists "other acids", and it stings on a broken barrier.
    # Citric acid is left out: it is a pH adjuster in most formulas.
    "acids": (
        "aha",
        "bha",
        "pha",
        "alpha hydroxy",
        "beta hydroxy",
        "polyhydroxy acid",
        "glycolic",
        "lactic acid",
        "mandelic",
        "malic acid",
        "tartaric acid",
        "salicylic",
        "betaine salicylate",
        "azelaic",
        "trichloroacetic",
        "tca",
        "exfoliant",
        "exfoliating",
        "chemical peel",
    ),
    "benzoyl_peroxide": ("benzoyl peroxide", "bpo"),
    "hydroquinone": ("hydroquinone",),
}
DEFAULT_WASHOUT_DAYS: dict[str, int] = {
    "retinoids": 14,  # DOMAIN.md: resume after ~7–14 days; the cautious end
    "acids": 7,
    "benzoyl_peroxide": 7,
    "hydroquinone": 7,
}
