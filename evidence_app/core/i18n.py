"""Qt-free translation lookup for core and the command line, read from the same .ts catalogue as the app."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from evidence_app.core.resources import RESOURCES as RESOURCES  # re-exported: guide, app

TRANSLATIONS_DIR = RESOURCES / "translations"
SUPPORTED_LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"

_current = SOURCE_LANGUAGE


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"evidence_app_{lang}.ts"


@functools.lru_cache(maxsize=4)
def load_catalogue(lang: str) -> dict[tuple[str, str], str]:
    """Return {(context, source): translation} for *lang*; finished and unfinished entries alike."""
    path = ts_path(lang)
    if lang == SOURCE_LANGUAGE or not path.exists():
        return {}
    import xml.etree.ElementTree as ET  # only when a translation is first needed

    catalogue: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.findtext("translation")
            if source is not None and translation:
                catalogue[(name, source)] = translation
    return catalogue


def system_language() -> str:
    """The supported language closest to the user's locale (Chinese for any zh locale)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else SOURCE_LANGUAGE
    try:
        import locale  # only for the system default: start-up with a set language skips it

        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh_CN" if code.lower().startswith("zh") else SOURCE_LANGUAGE


def normalise_language(lang: str | None) -> str:
    if not lang or lang == "system":
        return system_language()
    if lang.lower().replace("-", "_") in ("zh", "zh_cn", "zh_hans", "cn"):
        return "zh_CN"
    if lang.lower().startswith("en"):
        return "en"
    raise ValueError(lang)


def set_language(lang: str | None) -> str:
    global _current
    _current = normalise_language(lang)
    return _current


def current_language() -> str:
    return _current


def tr(context: str, text: str, lang: str | None = None) -> str:
    """Translate *text* of *context* into *lang* (default: the current language)."""
    return load_catalogue(lang or _current).get((context, text), text)


def N_(context: str, text: str) -> str:
    """Mark *text* for the translation catalogue where it is defined; translate it where shown."""
    return text
