"""How to verify this bundle."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
)

from evidence_app.bundle.pages.base import BundleContent, Words, esc
from evidence_app.bundle.pages.flow import Mark, _p

CONTEXT = "Bundle"


def _how_to_verify(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    steps = [
        words.one(
            "1. In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. "
            "The signature by {signer} must be shown as valid, and the document as not modified "
            "since it was signed (a later document time-stamp is allowed)."
        ).format(signer=content.signer_subject),
        words.one(
            "2. Compare the signer certificate's SHA-256 fingerprint with the one on the cover and "
            "with the one the owner gave you by another channel: {fingerprint}"
        ).format(fingerprint=content.signer_fingerprint),
        words.one(
            "3. Or run: evidence-app verify THIS.pdf --trust signer-cert.pem. It checks the "
            "signature, the time-stamps, every attachment against manifest.json and the custody log."
        ),
        words.one(
            "4. To check one original by hand, save the attachment (the paperclip panel) and hash it: "
            "Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256; macOS: shasum -a 256 FILE. "
            "The result must equal the SHA-256 printed in the item's section and in manifest.json."
        ),
        words.one(
            "5. A trusted time-stamp token (.tsr) can be checked with: openssl ts -verify -data "
            "FILE -in FILE.tsr -CAfile TSA-ROOT.pem"
        ),
    ]
    story: list[Flowable] = [
        Mark("verify", words.both("How to verify"), 0, seen),
        _p(esc(words.both("How to verify")), styles["h1"]),
    ]
    for step in steps:
        story.append(_p(esc(step), styles["body"]))
        story.append(Spacer(1, 4))
    return story
