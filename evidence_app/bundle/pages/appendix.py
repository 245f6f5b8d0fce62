"""The capture environment of each capture."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
)

from evidence_app.bundle.pages.base import PROVENANCE_READ_LIMIT, BundleContent, Words, esc
from evidence_app.bundle.pages.flow import Mark, _kv_table, _p

CONTEXT = "Bundle"


def _flatten(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        rows = []
        for key, inner in value.items():
            rows += _flatten(inner, f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        rows = []
        for index, inner in enumerate(value):
            rows += _flatten(inner, f"{prefix}[{index}]")
        return rows
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return [(prefix, text if len(text) <= 2000 else text[:1997] + "…")]


def _read_provenance(path: Path) -> Any:
    with open(path, "rb") as stream:
        data = stream.read(PROVENANCE_READ_LIMIT + 1)
    if len(data) > PROVENANCE_READ_LIMIT:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _environment(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    story: list[Flowable] = [
        Mark("environment", words.both("Capture environment"), 0, seen),
        _p(esc(words.both("Capture environment")), styles["h1"]),
    ]
    found = False
    for item in content.items:
        for stored in item.files_with_role("provenance"):
            found = True
            story.append(
                _p(esc(f"{item.number} · {content.attachment_names[stored.id]}"), styles["h2"])
            )
            data = _read_provenance(content.blob_path(stored.sha256))
            if data is None:
                story.append(
                    _p(
                        esc(words.one("Not readable as JSON here; see the attached file.")),
                        styles["body"],
                    )
                )
                continue
            rows = [(k, esc(v)) for k, v in _flatten(data)]
            if rows:
                story.append(_kv_table(rows, styles, 150))
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
