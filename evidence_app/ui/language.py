"""Switching the language while the app runs: swap the QTranslator (Qt then sends LanguageChange
to every widget, whose changeEvent calls retranslateUi) and the core catalogue used by tr()."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evidence_app.core import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("evidence_app.ui.language")
QM_DIR = i18n.TRANSLATIONS_DIR


class LanguageSwitcher:
    def __init__(self, qm_dir: Path = QM_DIR) -> None:
        self.qm_dir = qm_dir
        self.translators: list[QTranslator] = []
        self.language = i18n.SOURCE_LANGUAGE

    def apply(self, setting: str | None) -> str:
        """Apply ``system``, ``zh_CN`` or ``en``; returns the language now in force."""
        lang = i18n.set_language(setting)
        app = QCoreApplication.instance()
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators = []
        if lang != i18n.SOURCE_LANGUAGE:
            ours = QTranslator()
            path = self.qm_dir / f"evidence_app_{lang}.qm"
            if ours.load(str(path)):
                self.translators.append(ours)
            else:
                log.info("no translation file %s; showing the source language", path)
            qt_base = QTranslator()
            if qt_base.load(
                QLocale(lang),
                "qtbase",
                "_",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            ):
                self.translators.append(qt_base)
            for translator in self.translators:
                QCoreApplication.installTranslator(translator)
        if app is not None and hasattr(app, "setApplicationDisplayName"):
            # Window managers show it after each window's title ("… — 取证助手").
            app.setApplicationDisplayName(QCoreApplication.translate("App", "Evidence App"))
        # Qt posts LanguageChange; deliver it now so that the windows read right when this returns.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if app is not None and not self.translators:
            # No translator changed hands, but widgets still need to re-read core (tr) texts.
            for widget in _all_widgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.language = lang
        return lang


def _all_widgets() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return (
        list(QApplication.allWidgets())
        if isinstance(QCoreApplication.instance(), QApplication)
        else []
    )
