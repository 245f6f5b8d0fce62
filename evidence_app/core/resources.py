"""Where the app's read-only resources (guide, fonts, translations, icons) are, however it was installed."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _locate() -> Path:
    # Installed from the wheel: setuptools maps the repository's top-level resources/ into the
    # package as evidence_app/resources (setup.py). A source checkout, an editable install and the
    # PyInstaller build (resources/ beside the package in sys._MEIPASS) have it one level up.
    packaged = _PACKAGE / "resources"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "resources"


RESOURCES = _locate()
