"""The desktop app: QApplication, translators, crash handler, named loggers, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

LOGGERS = (
    "evidence_app",
    "evidence_app.ui",
    "evidence_app.capture",
    "evidence_app.bundle",
    "evidence_app.core",
)


def setup_logging(data_dir: Path, to_file: bool = True) -> None:
    """Named loggers per subsystem (evidence_app.<layer>.<module>) into logs/app.log and the log view.

    The log view's memory handler is attached at once; the file (owner-only, core/applog.py)
    may open once the window shows. Python warnings reach both (cli.main routes them).
    """
    from evidence_app.ui.log_memory import memory_log

    root = logging.getLogger("evidence_app")
    root.setLevel(logging.INFO)
    if memory_log not in root.handlers:
        root.addHandler(memory_log)
    if to_file:
        add_file_log(data_dir)


def add_file_log(data_dir: Path) -> None:
    from evidence_app.core.applog import AppLogHandler

    root = logging.getLogger("evidence_app")
    if any(isinstance(h, AppLogHandler) for h in root.handlers):
        return
    handler = AppLogHandler(data_dir)
    if not handler.open_now():
        return
    root.addHandler(handler)
    # What was logged before the file was open is in the memory handler: keep it in the file too.
    from evidence_app.ui.log_memory import memory_log

    stream = handler.stream
    assert stream is not None  # opened by the handler's constructor (delay=False)
    for line in list(memory_log.records):
        stream.write(line + "\n")
    handler.flush()


def create_main_window(
    data_dir: Path, operator: str | None = None, role: str | None = None, lang: str | None = None
) -> tuple[Any, Any]:
    """Everything run_app does except exec(): (window, presenter). Used by tests, screenshots, bench."""
    from PySide6 import QtCore
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from evidence_app.core.settings import Settings
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from evidence_app.ui.language import LanguageSwitcher
    from evidence_app.ui.main_window import MainWindow

    if QApplication.instance() is None:
        from evidence_app.capture.flags import configure_webengine

        configure_webengine()

        # The built-in browser (QtWebEngine) loads on first use, after the app exists: it needs
        # shared OpenGL contexts, which can only be asked for before the app is created.
        QApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("evidence-app")
    # Wayland and the docks match the window to packaging/linux's desktop entry by this name.
    app.setDesktopFileName("org.evidenceapp.EvidenceApp")
    from PySide6.QtGui import QIcon

    from evidence_app.core.i18n import RESOURCES

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "evidence-app.png")))  # read when first drawn
    data_dir = Path(data_dir)
    presenter = ErrorPresenter(data_dir)
    presenter.install()
    set_presenter(presenter)
    setup_logging(data_dir, to_file=False)
    settings = Settings.load(data_dir) if data_dir.is_dir() else Settings()
    switcher = LanguageSwitcher()
    switcher.apply(lang or settings.language)
    app.setApplicationDisplayName(QApplication.translate("App", "Evidence App"))
    opened: list[CaseStore] = []

    def open_store() -> CaseStore:
        # The store (and the domain modules behind it) opens once the window's frame is on screen.
        from evidence_app.core.model import Operator
        from evidence_app.core.store import CaseStore, default_operator

        name = operator or settings.operator_name or default_operator().name
        store = CaseStore(data_dir, Operator(name, role or settings.operator_role or "owner"))
        opened.append(store)
        return store

    window = MainWindow(
        settings=settings, switcher=switcher, open_store=open_store, data_dir=data_dir
    )
    window.presenter = presenter

    def close_stores(*_args: object) -> None:
        for store in opened:
            store.close()

    window.destroyed.connect(close_stores)
    # The log file opens once the panes are up (see setup_logging); nothing is lost before.
    window.panesReady.connect(lambda: QTimer.singleShot(0, lambda: add_file_log(data_dir)))
    logging.getLogger("evidence_app.ui").info("main window for %s", data_dir)
    return window, presenter


def run_app(
    data_dir: Path, operator: str | None = None, role: str | None = None, lang: str | None = None
) -> int:
    from PySide6.QtWidgets import QApplication

    from evidence_app.ui.errors import set_presenter

    window, presenter = create_main_window(data_dir, operator, role, lang)
    window.show()
    try:
        return int(QApplication.instance().exec())  # type: ignore[union-attr]
    finally:
        if window.store is not None:
            window.store.close()
        presenter.uninstall()
        set_presenter(None)
