"""The media types the photo store keeps and each one's file extension.

Apart from the decoders so that listing the store (``check``, backups) imports no Pillow.
"""

from __future__ import annotations

# Images the store decodes, and their extensions in the store.
EXTENSIONS: dict[str, str] = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "image/heif": ".heif",
}
# Signed consent documents live in the same store: images as photos, PDFs as .pdf.
PDF = "application/pdf"
STORED_EXTENSIONS: dict[str, str] = {**EXTENSIONS, PDF: ".pdf"}
