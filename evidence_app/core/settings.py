"""Typed settings, declared once, stored as ``settings.json`` in the data directory."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SETTINGS_NAME = "settings.json"
SETTINGS_VERSION = 1
SCREEN_CAPTURE_DELAYS = (0, 3, 5, 10)  # seconds the Capture menu offers


@dataclass
class Settings:
    language: str = "system"  # system | zh_CN | en
    operator_name: str = ""
    operator_role: str = "owner"  # owner | support | lawyer
    tsa_urls: list[str] = field(default_factory=list)
    last_case: str = ""  # the case open when the app last closed: reopened at start
    # Where each window was (ui/geometry.py: x, y, width, height, maximised), by window name.
    window_geometry: dict[str, list[int]] = field(default_factory=dict)
    # Roots of time-stamping authorities the owner checked and trusts (PEM text, one certificate
    # each); verify proves a time only with a time-stamp that chains to one of these (or --trust).
    trusted_tsa_roots: list[str] = field(default_factory=list)
    # Also trust the public roots of the certifi CA bundle for time-stamps (commercial TSAs).
    trust_public_roots: bool = False
    # Seconds between choosing "Capture screen" and the shot (a countdown the owner can cancel),
    # time to bring the page that hurts into view: one of SCREEN_CAPTURE_DELAYS.
    screen_capture_delay: int = 3
    version: int = SETTINGS_VERSION

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_NAME
        try:
            raw: dict[str, Any] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        for key in ("tsa_urls", "trusted_tsa_roots"):
            found = values.get(key, [])
            if not isinstance(found, list):
                values[key] = []
            else:
                values[key] = [v for v in found if isinstance(v, str)]
        if not isinstance(values.get("trust_public_roots", False), bool):
            values["trust_public_roots"] = False
        delay = values.get("screen_capture_delay", 3)
        if type(delay) is not int or delay not in SCREEN_CAPTURE_DELAYS:
            values["screen_capture_delay"] = 3
        if not isinstance(values.get("last_case", ""), str):
            values["last_case"] = ""
        geometry = values.get("window_geometry", {})
        if not isinstance(geometry, dict):
            geometry = {}
        values["window_geometry"] = {
            str(name): [int(v) for v in rect]
            for name, rect in geometry.items()
            if isinstance(rect, list) and all(isinstance(v, int) for v in rect)
        }
        settings = cls(**values)
        settings.version = SETTINGS_VERSION
        return settings

    def save(self, data_dir: Path) -> None:
        data = json.dumps(asdict(self), ensure_ascii=False, indent=2).encode("utf-8")
        from evidence_app.core.atomic import write_atomic
        from evidence_app.core.private import PRIVATE_FILE

        try:
            write_atomic(data_dir / SETTINGS_NAME, data, PRIVATE_FILE)
        except OSError as error:
            from evidence_app.core.blobs import storage_error  # the blob store: not at start-up

            raise storage_error(error, data_dir) from error
