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
    "abdomen": None,
    "thighs": None,
    "arms": None,
    "buttocks": None,
    "back": None,
    "hands": None,
    "body": None,
    "other": None,
}
DEFAULT_PRO_MAX_DEPTH: dict[str, float | None] = {
    "forehead": None,  # the review gives "≥ 1.5", a floor, not a maximum
    "cheeks": 2.0,  # 1.0 in general, 1.5–2.0 for scars
    "nose": 2.0,  # sidewall
    "chin": None,
    "perioral": 0.5,
    # The review says only "avoid the lash line"; the thinnest facial skin is treated shallow,
    # so a cautious 1.0 mm (the app's default, see SOURCE_PRO_PERIORBITAL) catches 2.5 mm there.
    "periorbital": 1.0,
    "neck": 1.5,
    "decolletage": None,
    "scalp": None,
    "abdomen": None,
    "thighs": None,
    "arms": None,
    "buttocks": None,
    "back": None,
    "hands": None,
    "body": None,
    "other": None,
}
# Per indication, the areas whose usual maximum differs from the area's own (the tables above,
# which are what an "unspecified" indication gets). Cheeks: "1.0; scars 1.5–2.0"; acne scars:
# "1.5–2.0, up to 2.5" (ASJ Open Forum review, DOMAIN.md). An area not listed keeps its own.
DEFAULT_PRO_MAX_DEPTH_BY_INDICATION: dict[str, dict[str, float | None]] = {
    "rejuvenation": {"cheeks": 1.0},
    "pigmentation": {"cheeks": 1.0},
    "acne_scars": {"cheeks": 2.5, "chin": 2.5, "forehead": 2.5},
    "scars": {"cheeks": 2.0},
}
# Home guides give no indication-specific figures: the area's home maximum and the 1.0 mm
# home limit apply whatever the indication.
DEFAULT_HOME_MAX_DEPTH_BY_INDICATION: dict[str, dict[str, float | None]] = {}
# Keywords are matched on normalised text (lower case, accents dropped, punctuation → space),
# word by word, with one typo tolerated in words of 6 letters or more. Names in German, Spanish
# and French (INCI is Latin/English, but labels and hand-typed lists are not), well-known drug
# and brand names, and German compounds written as one word are listed explicitly.
DEFAULT_KEYWORDS: dict[str, tuple[str, ...]] = {
    # Explicit L-ascorbic acid names; matched after derivative names are masked out.
    "l_ascorbic_acid": (
        "l ascorbic acid",
        "ascorbic acid",
        "l aa",
        "laa",
        "ascorbinsaure",  # de: (L-)Ascorbinsäure
        "l ascorbinsaure",
        "acido ascorbico",  # es
        "acido l ascorbico",
        "acide ascorbique",  # fr
        "acide l ascorbique",
        "ce ferulic",  # SkinCeuticals C E Ferulic: 15 % L-ascorbic acid
        "c e ferulic",
    ),
    # "Vitamin C" alone counts as L-AA (the serums in the case reports) unless a derivative is
    # named in the same ingredient entry.
    "vitamin_c_generic": ("vitamin c", "vit c", "vitamina c", "vitamine c"),
    # Masked out before L-AA is looked for, also inside German compounds
    # ("Natriumascorbylphosphat"): a derivative is not the acid of the case reports.
    "vitamin_c_derivatives": (
        "ascorbyl",  # ascorbyl glucoside, sodium/magnesium ascorbyl phosphate, ascorbyl palmitate
        "ascorbate",  # tetrahexyldecyl ascorbate, sodium ascorbate
        "ascorbat",  # de
        "ascorbil",  # es: fosfato de ascorbilo
        "ascorbato",  # es, it
        "ethyl ascorbic acid",
        "ascorbic acid 2 glucoside",
        "ascorbic acid glucoside",
        "aa2g",
        "sap",  # sodium ascorbyl phosphate, as labels abbreviate it
        "map",  # magnesium ascorbyl phosphate
        "thd",  # tetrahexyldecyl ascorbate
        "thda",
    ),
    "retinoids": (
        "retinol",
        "retinal",
        "retinaldehyde",
        "retinyl",
        "retinylpalmitat",  # de compounds
        "retinylacetat",
        "retinoate",
        "retinoid",
        "retinoide",  # es, fr
        "retinoic acid",
        "retinsaure",  # de: Retinsäure
        "acido retinoico",  # es
        "acide retinoique",  # fr
        "tretinoin",
        "tretinoina",
        "isotretinoin",
        "isotretinoina",
        "adapalene",
        "adapalen",
        "adapaleno",
        "tazarotene",
        "tazaroten",
        "tazaroteno",
        "trifarotene",
        "vitamin a",
        "vitamina a",
        "vitamine a",
        # Brand names of prescription retinoids (and combinations that contain one).
        "retin a",
        "differin",
        "epiduo",
        "tazorac",
        "aklief",
        "renova",
        "retacnyl",
        "airol",
        "avita",
        "altreno",
        "atralin",
        "tri luma",
        "accutane",
        "roaccutane",
    ),
    # Named acids only: a bare "acid" would flag hyaluronic, ferulic or tranexamic acid. Azelaic
    # acid is included: DOMAIN.md lists "other acids", and it stings on a broken barrier.
    # Citric acid is left out: it is a pH adjuster in most formulas. "BHA" counts only in a
    # product's name: on an ingredient list it is butylated hydroxyanisole, a preservative.
    "acids": (
        "aha",
        "bha",
        "pha",
        "alpha hydroxy",
        "beta hydroxy",
        "polyhydroxy acid",
        "glycolic",
        "glykolsaure",  # de
        "acido glicolico",  # es
        "acide glycolique",  # fr
        "lactic acid",
        "milchsaure",
        "acido lactico",
        "acide lactique",
        "mandelic",
        "mandelsaure",
        "acido mandelico",
        "acide mandelique",
        "malic acid",
        "apfelsaure",
        "acido malico",
        "acide malique",
        "tartaric acid",
        "weinsaure",
        "acido tartarico",
        "acide tartrique",
        "salicylic",
        "salicylsaure",
        "acido salicilico",
        "acide salicylique",
        "betaine salicylate",
        "azelaic",
        "azelainsaure",
        "acido azelaico",
        "acide azelaique",
        "gluconolactone",  # a PHA
        "lactobionic acid",  # a PHA
        "acido lactobionico",
        "trichloroacetic",
        "trichloressigsaure",
        "tca",
        "exfoliant",
        "exfoliating",
        "chemical peel",
    ),
    "benzoyl_peroxide": (
        "benzoyl peroxide",
        "benzoylperoxid",
        "peroxido de benzoilo",
        "peroxyde de benzoyle",
        "bpo",
        "epiduo",
    ),
    "hydroquinone": ("hydroquinone", "hydrochinon", "hidroquinona", "tri luma"),
    # Matched against a whole ingredient entry ("Alcohol", "Alcohol denat.", "SD Alcohol 40-B"):
    # fatty alcohols (cetyl, cetearyl, stearyl alcohol) are emollients, not drying alcohol.
    "alcohol": (
        "alcohol",
        "alcohol denat",
        "denatured alcohol",
        "sd alcohol",
        "ethanol",
        "ethyl alcohol",
        "isopropyl alcohol",
        "alkohol",
        "alcool",
        "alcool denat",
        "alcohol etilico",
    ),
    "fragrance": (
        "fragrance",
        "parfum",
        "perfume",
        "parfume",
        "duft",
        "duftstoff",
        "duftstoffe",
        "fragrance oil",
        "essential oil",
    ),
}
DEFAULT_WASHOUT_DAYS: dict[str, int] = {
    "retinoids": 14,  # DOMAIN.md: resume after ~7–14 days; the cautious end
    "acids": 7,
    "benzoyl_peroxide": 7,
    "hydroquinone": 7,
    # Aftercare handouts: gentle products while the barrier recovers (erythema and flaking
    # usually resolve in ~72 h).
    "alcohol": 3,
    "fragrance": 3,
}

# Client screening (DOMAIN.md): how long a "yes" with a date keeps counting, at the cautious
# end of each range the notes give, and how often the checklist should be reviewed.
DEFAULT_SCREENING_WINDOW_DAYS: dict[str, int] = {
    "isotretinoin": 183,  # "within 3–6 months"
    "filler": 365,  # "≤ 6–12 months"
    "neuromodulator": 91,  # "≤ 3 months"
    "peel_laser": 28,  # "≤ 2–4 weeks"
}
DEFAULT_SCREENING_REVIEW_DAYS = 183  # about 6 months
