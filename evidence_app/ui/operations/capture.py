"""Capturing into the open case: the browser window, and the screen, a window or a region."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from evidence_app.core.errors import UserError
from evidence_app.ui.background import run_in_background
from evidence_app.ui.errors import show_error
from evidence_app.ui.tasks import Task
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from evidence_app.core.model import Item

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CaptureActions(WindowState):
    """The capture actions of MainWindow (mixed in)."""

    capture_countdown: QWidget | None = None  # while the countdown to a screen capture runs

    def open_browser(self, step_id: str = "") -> None:
        if self.case is None:
            return
        from PySide6.QtCore import Qt

        from evidence_app.ui.browser import BrowserWidget  # QtWebEngine: loaded on first use

        if (
            self.browser_window is not None
            and self.browser_window.property("caseId") == self.case.id
        ):
            self.browser_window.show()
            self.browser_window.raise_()
            self.browser_window.begin_step(step_id)
            return
        if self.browser_window is not None:
            self.browser_window.close()
        browser = BrowserWidget(self.store, self.case.id, None)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        browser.setProperty("caseId", self.case.id)
        browser.setWindowTitle(_t("Browser — {title}").format(title=self.case.title))
        case_id = self.case.id
        browser.itemCaptured.connect(lambda item_id: self._captured_in_browser(case_id, item_id))

        def forget(*_args: object) -> None:
            if self.browser_window is browser:  # not a newer browser opened since
                self.browser_window = None

        browser.destroyed.connect(forget)
        browser.quitRequested.connect(self.close)  # Ctrl+Q there: the same guarded quit
        browser.closing.connect(self._remember_browser_geometry)
        browser.place(self.settings.window_geometry.get("browser"))
        browser.show()
        self.browser_window = browser
        browser.begin_step(step_id)

    def _remember_browser_geometry(self, geometry: list[int]) -> None:
        self.settings.window_geometry["browser"] = geometry
        self.settings.save(self.data_dir)

    def _captured_in_browser(self, case_id: str, item_id: str) -> None:
        if self.case is not None and self.case.id == case_id:
            self.reload_case(item_id)
        else:  # the owner switched cases meanwhile: show the case the capture went into
            self.refresh_cases()
            self.open_case(case_id, select=item_id, changed=True)

    def open_saved_page(self, path: str) -> None:
        """Show a stored page (MHTML) read-only in the case's browser window."""
        self.open_browser()
        if self.browser_window is not None:
            self.browser_window.open_file(Path(path))

    def capture_screen(self, delay: int | None = None, tick_ms: int = 1000) -> None:
        """Every screen, as one item, after a countdown (``Settings.screen_capture_delay``, or
        *delay* seconds of *tick_ms*) the owner can stop with Esc or Cancel: time to bring the
        page into view. The app's windows (this one, the browser, open dialogs) are hidden from
        the countdown until the shot is taken and shown again after (or on Cancel); the shot is
        stored off the GUI thread like every capture, and nothing here waits on the GUI thread."""
        if self.case is None:
            return
        case_id = self.case.id
        self._count_down(
            "screen", delay, tick_ms, lambda hidden: self._take_and_store(case_id, hidden, None)
        )

    def capture_window(self, delay: int | None = None, tick_ms: int = 1000) -> None:
        """Another application's window: it is not visible to Qt, so the owner drags over its
        area, as for a region, after the same countdown."""
        self.capture_region(delay, tick_ms, kind="window")

    def capture_region(
        self, delay: int | None = None, tick_ms: int = 1000, kind: str = "region"
    ) -> None:
        """A region dragged with a rubber band over a frozen picture of the screen, after the
        same countdown as a screen capture (time to bring the app that shows the post to the
        front: the picture freezes when the count reaches zero). Esc on the countdown or the
        picker cancels: our windows come back and nothing is stored."""
        if self.case is None:
            return
        case_id = self.case.id

        def pick(hidden: list[QWidget]) -> None:
            from evidence_app.capture.screen import grab_screen
            from evidence_app.ui.region_picker import RegionPicker

            screen = QGuiApplication.primaryScreen()
            picker = RegionPicker(grab_screen(screen), screen.geometry(), kind)
            self.region_picker = picker

            def picked(rect: QRect) -> None:
                region = (rect.x(), rect.y(), rect.width(), rect.height())
                # The picker leaves the screen before the region is grabbed.
                QTimer.singleShot(
                    HIDE_SETTLE_MS, lambda: self._take_and_store(case_id, hidden, region)
                )

            picker.picked.connect(picked)
            picker.cancelled.connect(lambda: self._capture_cancelled(hidden))
            picker.destroyed.connect(lambda *_: setattr(self, "region_picker", None))
            picker.showFullScreen()
            picker.activateWindow()  # so that Esc reaches it

        self._count_down(kind, delay, tick_ms, pick)

    def _count_down(
        self,
        kind: str,
        delay: int | None,
        tick_ms: int,
        then: Callable[[list[QWidget]], object],
    ) -> None:
        """Hide our windows, count down (unless the setting says none), then call *then* with
        the hidden windows; on Esc or Cancel show them again and store nothing."""
        seconds = self.settings.screen_capture_delay if delay is None else delay

        def counted(hidden: list[QWidget]) -> None:
            if seconds <= 0:
                then(hidden)
                return
            from evidence_app.ui.capture_countdown import CaptureCountdown

            countdown = CaptureCountdown(seconds, tick_ms, kind)
            self.capture_countdown = countdown
            # The box leaves the screen before the shot or the frozen picture is taken.
            countdown.finished.connect(
                lambda: QTimer.singleShot(HIDE_SETTLE_MS, lambda: then(hidden))
            )
            countdown.cancelled.connect(lambda: self._capture_cancelled(hidden))
            countdown.destroyed.connect(lambda *_: setattr(self, "capture_countdown", None))
            countdown.start()

        hide_own_windows(counted)

    def _capture_cancelled(self, hidden: list[QWidget]) -> None:
        show_again(hidden)
        self.statusBar().showMessage(_t("Capture cancelled; nothing was stored."), 5000)

    def _take_and_store(
        self, case_id: str, hidden: list[QWidget], region: tuple[int, int, int, int] | None
    ) -> Task | None:
        from evidence_app.capture.result import store_capture
        from evidence_app.capture.screen import take_screen_capture

        try:
            capture = take_screen_capture(region=region, own_windows_hidden=len(hidden))
        except UserError as error:
            show_error(error, self)
            return None
        finally:
            show_again(hidden)

        def stored(item: Item) -> None:
            self.statusBar().showMessage(
                _t("{number} captured and stored with its hash.").format(number=item.number),
                5000,
            )
            self._captured_in_browser(case_id, item.id)  # the case it went into, shown

        return run_in_background(
            self,
            "capture",
            lambda store, _task: store_capture(store, case_id, capture, "other"),
            stored,
            cleanup=capture.cleanup,
        )


HIDE_SETTLE_MS = 250  # time for the window manager to take our windows off the screen


def hide_own_windows(then: Callable[[list[QWidget]], object]) -> None:
    """Hide every visible window of the app, then (once the window manager took them off the
    screen, without a nested event loop) call *then* with them."""
    from PySide6.QtWidgets import QApplication

    hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in hidden:
        widget.hide()
    QTimer.singleShot(HIDE_SETTLE_MS if hidden else 0, lambda: then(hidden))


def show_again(widgets: list[QWidget]) -> None:
    for widget in widgets:
        widget.show()
