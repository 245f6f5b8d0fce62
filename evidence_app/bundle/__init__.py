"""The signed evidence bundle: one PDF for lawyers (layout, lossless images, attachments, signature) and its verifier."""
