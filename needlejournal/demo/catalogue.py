"""What a demo journal is made of: devices, products, people, treatment plans and note texts.

Names of brands and products are invented; ingredients, depths, passes and intervals follow
DOMAIN.md (typical depth by area, 4–6 weeks between professional sessions).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoDevice:
    key: str
    name: str
    kind: str
    needle_count: int | None
    cartridge: str
    notes: str
    passes: tuple[int, int]  # usual passes per area with this device
    fixed_depth_mm: float | None = None  # rollers and stamps have one needle length


@dataclass(frozen=True)
class DemoProduct:
    key: str
    name: str
    brand: str
    kind: str
    ingredients: tuple[str, ...]
    lot_prefix: str


DEVICES: tuple[DemoDevice, ...] = (
    DemoDevice(
        "roller", "Lumera Roller 0.5 mm", "roller", 192, "192-needle titanium head, 0.5 mm",
        "Home roller; head replaced every 10–15 uses, soaked in 70% alcohol after each use.",
        (4, 6), 0.5,
    ),
    DemoDevice(
        "pen", "Vireo Pen A7", "pen", 12, "12-pin sterile cartridge, single use",
        "Motorised pen, depth 0.25–2.5 mm in 0.25 mm steps.", (2, 4),
    ),
    DemoDevice(
        "home_pen", "Vireo Pen Home", "pen", 12, "12-pin cartridge, max 1.0 mm",
        "Consumer pen limited to 1.0 mm.", (2, 3),
    ),
    DemoDevice(
        "stamp", "Nova Stamp 1.5 mm", "stamp", 140, "140 needles, 1.5 mm",
        "For small areas and stretch marks.", (3, 5), 1.5,
    ),
    DemoDevice(
        "rf", "Fraxis RF-MN 49", "rf", 49, "49-pin insulated gold-plated tip",
        "Fractional RF microneedling; energy level 3–5, single pulse per spot.", (1, 2),
    ),
)  # fmt: skip

PRODUCTS: tuple[DemoProduct, ...] = (
    DemoProduct("ha", "Hydra Glide Hyaluronic Serum", "Aqualis", "serum",
                ("sodium hyaluronate 1%", "hydrolysed hyaluronic acid", "panthenol"), "HG"),
    DemoProduct("peptide", "Peptide Matrix Serum", "Cellique", "serum",
                ("palmitoyl tripeptide-1", "palmitoyl tetrapeptide-7", "copper tripeptide-1"),
                "PM"),
    DemoProduct("gf", "GF Renew Growth-Factor Serum", "Regenia", "serum",
                ("human fibroblast conditioned media", "sh-oligopeptide-1 (EGF)",
                 "sodium hyaluronate"), "GF"),
    DemoProduct("prp", "Autologous PRP", "", "PRP", ("autologous platelet-rich plasma",), "PRP"),
    DemoProduct("txa", "Even Tone Tranexamic Serum", "Lumière Lab", "serum",
                ("tranexamic acid 5%", "niacinamide 4%"), "ET"),
    DemoProduct("vitc", "C-Bright 15 Vitamin C Serum", "Lumière Lab", "serum",
                ("L-ascorbic acid 15%", "ferulic acid 0.5%", "tocopherol 1%"), "CB"),
    DemoProduct("retinol", "Night Renewal Retinol 0.3% Cream", "Verdant Skin", "night cream",
                ("retinol 0.3%", "squalane", "niacinamide"), "NR"),
    DemoProduct("glycolic", "Glow Tonic 7% Glycolic Toner", "Verdant Skin", "toner",
                ("glycolic acid 7%", "aloe barbadensis leaf juice"), "GT"),
    DemoProduct("lidocaine", "NumbEase 5% Lidocaine Cream", "ClinPrep", "numbing cream",
                ("lidocaine 5%",), "NE"),
    DemoProduct("prep", "Chlorhexidine 0.5% Skin Prep", "ClinPrep", "antiseptic",
                ("chlorhexidine gluconate 0.5%", "isopropyl alcohol 70%"), "CP"),
    DemoProduct("cleanser", "Gentle Cream Cleanser", "Verdant Skin", "cleanser",
                ("glycerin", "ceramide NP", "cholesterol"), "GC"),
    DemoProduct("mask", "Soothing Hydrogel Mask", "Aqualis", "mask",
                ("sodium hyaluronate", "allantoin", "beta-glucan"), "SM"),
    DemoProduct("balm", "Barrier Calm Recovery Balm", "Cellique", "balm",
                ("ceramide NP", "centella asiatica extract", "panthenol 5%"), "BC"),
    DemoProduct("spf", "Mineral Shield SPF 50", "Solara", "sunscreen",
                ("zinc oxide 20%", "titanium dioxide 3%"), "MS"),
)  # fmt: skip


@dataclass(frozen=True)
class Plan:
    """A treatment plan for one concern: where, how deep (start → target), with what."""

    concern: str
    devices: tuple[str, ...]  # device keys, picked with equal weight per client
    areas: tuple[tuple[str, float, float, float], ...]  # area, start mm, target mm, how often
    glides: tuple[str, ...]  # product keys used during needling
    texture_start: tuple[int, int]
    tone_start: tuple[int, int]
    texture_notes: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # early/mid/late
    tone_notes: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


_TONE_GENERIC = (
    ("Uneven tone, some redness around the nose.", "Dull, patchy tone on the cheeks."),
    ("Tone a little more even; redness settles faster.", "Brighter; fewer patchy areas."),
    ("Tone even in daylight.", "Skin looks brighter and more uniform."),
)

CLINIC_PLANS: tuple[Plan, ...] = (
    Plan(
        "acne scars", ("pen", "pen", "rf"),
        (("cheeks", 1.25, 2.0, 1.0), ("chin", 1.0, 1.5, 0.5), ("forehead", 0.5, 1.0, 0.3)),
        ("ha", "gf", "prp"), (2, 4), (4, 6),
        (
            ("Rolling and boxcar scars across both cheeks, clearly visible in side light.",
             "Deep rolling scars on the cheeks; a few ice-pick scars at the temples."),
            ("Rolling scars softer at the edges; boxcar scars slightly shallower.",
             "Scar shadows less visible in side light."),
            ("Scars much shallower; only a few boxcars still catch side light.",
             "Surface smoother; remaining scars visible only close up."),
        ),
        (
            ("Post-inflammatory marks on both cheeks.", "Red-brown PIH from old breakouts."),
            ("PIH fading; cheeks less red.", "Old marks lighter."),
            ("Tone even; PIH almost gone.", "Only faint marks left on the left cheek."),
        ),
    ),
    Plan(
        "fine lines", ("pen",),
        (("forehead", 0.5, 1.0, 1.0), ("periorbital", 0.25, 0.5, 0.7),
         ("perioral", 0.25, 0.5, 0.5), ("cheeks", 0.75, 1.0, 0.6)),
        ("peptide", "ha"), (4, 6), (5, 6),
        (
            ("Fine lines on the forehead and crow's feet at rest.",
             "Crepey texture under the eyes; lines around the lips."),
            ("Forehead lines softer; under-eye skin less crepey.",
             "Lines around the lips a little shallower."),
            ("Fine lines visible only when expressing.", "Under-eye skin smoother and firmer."),
        ),
        _TONE_GENERIC,
    ),
    Plan(
        "texture and enlarged pores", ("pen",),
        (("cheeks", 0.75, 1.25, 1.0), ("nose", 0.5, 0.75, 0.7), ("forehead", 0.5, 0.75, 0.5)),
        ("ha", "peptide"), (3, 5), (5, 7),
        (
            ("Rough texture and enlarged pores on the nose and inner cheeks.",
             "Bumpy texture on the cheeks; pores visible at conversation distance."),
            ("Pores on the nose slightly smaller; cheeks smoother to the touch.",
             "Texture more refined on the inner cheeks."),
            ("Smooth texture; pores visible only close up.", "Cheeks smooth; make-up sits evenly."),
        ),
        _TONE_GENERIC,
    ),
    Plan(
        "pigmentation", ("pen",),
        (("cheeks", 0.5, 1.0, 1.0), ("forehead", 0.5, 0.75, 0.6), ("perioral", 0.25, 0.5, 0.3)),
        ("txa", "ha"), (5, 7), (2, 4),
        (
            ("Texture fine; some dryness on the cheeks.", "Slight roughness on the forehead."),
            ("Skin smoother and better hydrated.", "Texture even."),
            ("Texture smooth.", "Skin feels smooth and plump."),
        ),
        (
            ("Melasma-like patches on both cheeks and the upper lip.",
             "Sun spots on the cheekbones and forehead."),
            ("Patches lighter at the edges; upper lip unchanged.", "Sun spots a shade lighter."),
            ("Patches much fainter; SPF use consistent.", "Sun spots barely visible."),
        ),
    ),
    Plan(
        "neck and décolletage laxity", ("rf", "pen"),
        (("neck", 1.0, 1.5, 1.0), ("decolletage", 0.75, 1.25, 0.7)),
        ("ha", "gf"), (3, 5), (4, 6),
        (
            ("Horizontal neck lines and crepey skin on the décolletage.",
             "Loose skin under the jaw; neck lines visible at rest."),
            ("Neck lines a little softer; décolletage less crepey.", "Skin feels firmer."),
            ("Neck lines faint; skin noticeably firmer.", "Décolletage smooth."),
        ),
        _TONE_GENERIC,
    ),
    Plan(
        "stretch marks", ("stamp", "rf"),
        (("body", 1.5, 2.5, 1.0),),
        ("ha", "prp"), (2, 4), (3, 5),
        (
            ("Silvery stretch marks on the hips, 2–5 mm wide.",
             "Red-purple striae on the abdomen."),
            ("Striae narrower and less depressed.", "Marks flatter to the touch."),
            ("Stretch marks flat and much less visible.", "Marks close to the skin's level."),
        ),
        (
            ("Striae lighter than the surrounding skin.", "Striae red-purple."),
            ("Colour closer to the surrounding skin.", "Redness fading."),
            ("Colour nearly matches the surrounding skin.", "Marks pale and even."),
        ),
    ),
)  # fmt: skip

HOME_PLAN = Plan(
    "texture and fine lines", ("roller", "home_pen"),
    (("cheeks", 0.5, 1.0, 1.0), ("forehead", 0.25, 0.5, 0.8), ("chin", 0.5, 0.75, 0.5),
     ("nose", 0.25, 0.5, 0.3)),
    ("ha", "peptide"), (4, 5), (4, 6),
    (
        ("Rough patches on the cheeks; fine lines on the forehead.",
         "Texture uneven, a few old acne marks."),
        ("Cheeks smoother; forehead lines a bit softer.", "Skin feels smoother after a month."),
        ("Texture noticeably smoother; lines softer.", "Cheeks smooth, old marks flatter."),
    ),
    _TONE_GENERIC,
)  # fmt: skip

FIRST_NAMES = (
    "Amelia", "Anna", "Aisha", "Beatriz", "Camila", "Chloe", "Daniela", "Elena", "Emma",
    "Fatima", "Freya", "Grace", "Hannah", "Ines", "Isabel", "Jade", "Julia", "Karin", "Laila",
    "Lea", "Lucia", "Maya", "Mei", "Mila", "Nadia", "Nora", "Olivia", "Priya", "Rosa", "Sara",
    "Sofia", "Tara", "Yuki", "Zoe", "Adam", "Ben", "Carlos", "David", "Elias", "Farid",
    "Gabriel", "Hugo", "Ivan", "Jonas", "Kenji", "Leo", "Marco", "Noah", "Omar", "Rafael",
    "Samuel", "Tomas", "Victor", "Yusuf",
)  # fmt: skip
LAST_NAMES = (
    "Abbott", "Alvarez", "Andersen", "Bakker", "Bianchi", "Brennan", "Carvalho", "Chen",
    "Costa", "Dubois", "Eriksson", "Fischer", "Fontaine", "Garcia", "Haddad", "Hansen", "Ito",
    "Jensen", "Kaur", "Kowalski", "Laurent", "Lindqvist", "Lopez", "Martin", "Meyer", "Moreau",
    "Nakamura", "Nielsen", "Novak", "Okafor", "Olsen", "Papadopoulos", "Patel", "Petrov",
    "Quinn", "Rossi", "Santos", "Schmidt", "Silva", "Sousa", "Tanaka", "Torres", "Varga",
    "Vogel", "Walsh", "Weber", "Yilmaz", "Zhang",
)  # fmt: skip

SKIN_TYPE_WEIGHTS = (("I", 6), ("II", 24), ("III", 30), ("IV", 22), ("V", 11), ("VI", 7))

CONTRAINDICATIONS = (
    "History of cold sores: antiviral prophylaxis before perioral sessions.",
    "Takes low-dose aspirin; bruising risk discussed.",
    "Isotretinoin course finished more than 6 months before the first session.",
    "Keloid tendency denied; small hypertrophic scar on the shoulder noted.",
    "Mild rosacea, not flaring at screening.",
)

CLIENT_NOTES = (
    "Prefers morning appointments.",
    "Referred by a dermatologist for scar revision.",
    "Sensitive to fragrance; use fragrance-free aftercare.",
    "Works outdoors: stressed SPF 50 and a hat for two weeks after each session.",
    "",
    "",
)

SESSION_NOTES = (
    "Tolerated well; aftercare sheet reviewed.",
    "Cartridge opened in front of the client; skin prepped with chlorhexidine.",
    "Extra pass on the deepest areas; even erythema at the end.",
    "Client asked to pause retinol for two weeks after the session.",
    "Numbing left on for 30 minutes before starting.",
    "Good response so far; plan discussed for the next sessions.",
)
HOME_SESSION_NOTES = (
    "Cleansed, disinfected the roller with 70% alcohol, rolled in four directions.",
    "Evening session after a shower; skin pink for a few hours.",
    "Used the pen on the cheeks only; forehead with light pressure.",
    "New roller head today.",
)
ADVERSE_EVENTS = (
    "Mild swelling for two days.",
    "Small breakout on the chin, cleared within a week.",
    "Pinpoint bruising on the cheekbone, faded in five days.",
    "Flaking for four days; no pigment change.",
)

PRACTITIONERS = ("A. Novak, RN", "S. Haddad, aesthetician", "M. Lindqvist, RN")

CHECK_NOTES = (
    "Flaking settled by day 4; no post-inflammatory pigmentation.",
    "Redness gone; skin feels smoother.",
    "Client happy with progress; SPF used daily.",
    "Slight dryness; advised a barrier balm at night.",
    "No adverse events reported since the session.",
)
