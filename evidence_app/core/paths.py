"""Where the data directory is: --data-dir, else EVIDENCE_APP_DATA_DIR, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "EVIDENCE_APP_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("evidence-app", appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
