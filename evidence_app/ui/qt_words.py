"""Words of Qt's own dialogs that Qt's Chinese catalogue (qtbase_zh_CN) lacks in this Qt version.

Qt asks for them as ``QCoreApplication.translate("QFileDialog", …)``; our catalogue answers with
the same context, so the file chooser reads Chinese throughout. This function is never called:
tools/i18n.py reads these calls to put the words in the .ts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _qt_words() -> tuple[str, ...]:  # pragma: no cover - read by tools/i18n.py, not run
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    )
