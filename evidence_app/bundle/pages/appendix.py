"""The capture environment of each capture, in plain sentences (the raw record stays attached)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
)

from evidence_app.bundle.pages.base import BundleContent, Words, esc
from evidence_app.bundle.pages.flow import Mark, _p
from evidence_app.bundle.pages.method import (
    capture_kind,
    environment_sentences,
    method_sentences,
    read_provenance,
)

CONTEXT = "Bundle"


def _environment(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    story: list[Flowable] = [
        Mark("environment", words.both("Capture environment"), 0, seen),
        _p(esc(words.both("Capture environment")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "For each capture made by the app: the way to the server as the app checked "
                    "it, the software, and who captured it. The complete record the app wrote at "
                    "capture is attached as a JSON file, named below, for an expert to read."
                )
            ),
            styles["small"],
        ),
    ]
    found = False
    for item in content.items:
        records = item.files_with_role("provenance") + item.files_with_role("navigation_log")
        for stored in records:
            found = True
            name = content.attachment_names[stored.id]
            story.append(_p(esc(f"{item.number} · {name}"), styles["h2"]))
            data = read_provenance(content.blob_path(stored.sha256))
            if not isinstance(data, dict):
                story.append(
                    _p(
                        esc(words.one("Not readable as JSON here; see the attached file.")),
                        styles["body"],
                    )
                )
                continue
            if capture_kind(item) == "browser":
                sentences = environment_sentences(data, words)
                sentences += method_sentences(item, content, words)[-2:]
            else:
                sentences = method_sentences(item, content, words)
            for sentence in sentences:
                story.append(_p(esc(sentence), styles["body"]))
    if not found:
        story.append(
            _p(
                esc(
                    words.one(
                        "No capture in this case recorded its environment (imported files only)."
                    )
                ),
                styles["body"],
            )
        )
    return story
