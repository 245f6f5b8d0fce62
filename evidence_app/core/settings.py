"""Typed settings, declared once, stored as ``settings.json`` in the data directory."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SETTINGS_NAME = "settings.json"
SETTINGS_VERSION = 1


@dataclass
class Settings:
    language: str = "system"  # system | zh_CN | en
    operator_name: str = ""
    operator_role: str = "owner"  # owner | support | lawyer
    tsa_urls: list[str] = field(default_factory=list)
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
        if not isinstance(values.get("tsa_urls", []), list):
            values["tsa_urls"] = []
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
