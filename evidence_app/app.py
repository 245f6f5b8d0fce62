"""The desktop app: QApplication, translators, crash handler, main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(
    data_dir: Path, operator: str | None = None, role: str | None = None, lang: str | None = None
) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("evidence-app")
    app.setApplicationDisplayName(QApplication.translate("App", "Evidence App"))
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("App", "Evidence App"))
    label = QLabel(QApplication.translate("App", "Data directory: {path}").format(path=data_dir))
    window.setCentralWidget(label)
    window.resize(900, 600)
    window.show()
    return int(app.exec())
