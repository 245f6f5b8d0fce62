"""Chromium's command-line flags for QtWebEngine, set before it starts (a module of its own, so
that the app can set them before its first frame without loading the capture machinery)."""

from __future__ import annotations

import os

# Local first: no background requests of Chromium's own (component updates, pings, reporting).
PRIVACY_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-breakpad",
    "--no-pings",
)


def configure_webengine(headless: bool = False) -> None:
    """Set Chromium's flags before QtWebEngine starts (it reads them once).

    The sandbox stays on, except for root, where Chromium refuses to run with it (containers, CI);
    the GPU is off only without a display.
    """
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = list(PRIVACY_FLAGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if headless or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        wanted.append("--disable-gpu")
    flags += [flag for flag in wanted if flag not in flags]
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


# Chromium's own pages ("This site can't be reached") and what pages are asked for, per UI language.
CHROMIUM_LOCALES = {"zh_CN": "zh-CN", "en": "en-US"}
ACCEPT_LANGUAGES = {"zh_CN": "zh-CN,zh;q=0.9,en;q=0.8", "en": "en-US,en;q=0.9"}


def set_webengine_language(language: str) -> None:
    """Make Chromium's own pages follow the app's language (``--lang``), unless a ``--lang`` flag
    was given already. Takes effect only before QtWebEngine starts (its first profile)."""
    locale = CHROMIUM_LOCALES.get(language)
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if locale is None or any(flag.startswith("--lang=") for flag in flags):
        return
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([*flags, f"--lang={locale}"])


def accept_language(language: str) -> str:
    """The Accept-Language a case's browser sends for the app's language."""
    return ACCEPT_LANGUAGES.get(language, ACCEPT_LANGUAGES["en"])
