"""What every capture kind hands over (files in a temporary folder) and the one way it is stored."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.core import clock
from evidence_app.core.store import NewFile

if TYPE_CHECKING:
    from evidence_app.core.model import Item
    from evidence_app.core.store import CaseStore


@dataclass
class CaptureResult:
    """Files of one capture (page, region, screen, recording, download) in a temporary folder,
    with its automatic fields and the provenance it wrote, ready for ``store_capture``."""

    folder: Path
    files: list[NewFile]
    fields: dict[str, str]
    provenance: dict[str, Any] = field(default_factory=dict)
    started: clock.Moment = field(default_factory=clock.now)

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def store_capture(
    store: CaseStore,
    case_id: str,
    capture: CaptureResult,
    category: str = "post",
    fields: dict[str, str] | None = None,
) -> Item:
    """Store a capture as one item (the owner's fields win over the automatic ones)."""
    merged = {**capture.fields, **(fields or {})}
    return store.add_item(case_id, category, merged, capture.files, captured=capture.started)
