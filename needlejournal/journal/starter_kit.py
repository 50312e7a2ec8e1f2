"""What the first run offers a new journal: device presets and a small product catalogue with
INCI ingredient lists (so guidance works from day one).

The ingredient lists are typical formulations of each kind, not any one brand's: a person edits
them to match their bottle later (Library → Products…). Guidance reads the same lists, so the
retinol night cream and the L-ascorbic acid serum are flagged right after needling, and the
hyaluronic serum is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from needlejournal.journal.api import Journal
from needlejournal.journal.records import DeviceDraft, DeviceRecord, ProductDraft, ProductRecord

DEVICE_PRESETS: tuple[DeviceDraft, ...] = (
    DeviceDraft("Derma roller 0.25 mm", "roller", 540, notes="0.25 mm needles (home use)."),
    DeviceDraft("Derma roller 0.5 mm", "roller", 540, notes="0.5 mm needles."),
    DeviceDraft("Derma roller 1.0 mm", "roller", 540, notes="1.0 mm needles."),
    DeviceDraft("Home microneedling pen", "pen", 12, cartridge="12-pin"),
    DeviceDraft("Dermapen 4", "pen", 16, cartridge="16-pin"),
    DeviceDraft("SkinPen Precision", "pen", 14, cartridge="14-pin"),
    DeviceDraft("RF microneedling", "rf", 49, cartridge="49-pin insulated"),
    DeviceDraft("Derma stamp", "stamp", 35, notes="0.5 mm needles."),
)

STARTER_PRODUCTS: tuple[ProductDraft, ...] = (
    ProductDraft(
        "Hyaluronic serum",
        kind="serum",
        ingredients=("Aqua", "Sodium Hyaluronate", "Glycerin", "Panthenol", "Phenoxyethanol"),
    ),
    ProductDraft(
        "Peptide serum",
        kind="serum",
        ingredients=(
            "Aqua",
            "Glycerin",
            "Palmitoyl Tripeptide-1",
            "Palmitoyl Tetrapeptide-7",
            "Acetyl Hexapeptide-8",
            "Sodium Hyaluronate",
            "Phenoxyethanol",
        ),
    ),
    ProductDraft(
        "Vitamin C serum (L-ascorbic acid 15%)",
        kind="serum",
        ingredients=(
            "Aqua",
            "Ascorbic Acid",
            "Ethoxydiglycol",
            "Propylene Glycol",
            "Ferulic Acid",
            "Tocopherol",
        ),
    ),
    ProductDraft(
        "Retinol night cream",
        kind="moisturiser",
        ingredients=(
            "Aqua",
            "Caprylic/Capric Triglyceride",
            "Glycerin",
            "Cetearyl Alcohol",
            "Retinol",
            "Tocopherol",
        ),
    ),
    ProductDraft(
        "Barrier balm",
        kind="moisturiser",
        ingredients=(
            "Petrolatum",
            "Squalane",
            "Ceramide NP",
            "Cholesterol",
            "Panthenol",
            "Madecassoside",
        ),
    ),
    ProductDraft(
        "Mineral sunscreen SPF 50",
        kind="sunscreen",
        ingredients=(
            "Zinc Oxide",
            "Aqua",
            "Caprylic/Capric Triglyceride",
            "Glycerin",
            "Tocopherol",
        ),
    ),
)


def add_starter_kit(
    journal: Journal, device: DeviceDraft | None, products: Sequence[ProductDraft]
) -> tuple[DeviceRecord | None, list[ProductRecord]]:
    """Save the chosen device and products; ones already in the library (same name) are kept
    as they are, so running the first run twice adds nothing twice."""
    have_devices = {d.name.casefold(): d for d in journal.list_devices(include_archived=True)}
    have_products = {p.name.casefold(): p for p in journal.list_products(include_archived=True)}
    saved_device = None
    if device is not None:
        saved_device = have_devices.get(device.name.strip().casefold()) or journal.save_device(
            device
        )
    saved = [
        have_products.get(p.name.strip().casefold()) or journal.save_product(p) for p in products
    ]
    return saved_device, saved
