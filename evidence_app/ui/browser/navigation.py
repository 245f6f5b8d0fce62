"""The browser's clock, address bar, load tracking and navigation (mixed into BrowserWidget)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Qt, QTime, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
)

from evidence_app.capture.web import (
    ALLOWED_SCHEMES,
)
from evidence_app.core.errors import UserError
from evidence_app.ui.browser.parts import (
    LoadOutcome,
)
from evidence_app.ui.browser.state import BrowserState

log = logging.getLogger("evidence_app.ui.browser")


class NavigationMixin(BrowserState):
    """Part of ``BrowserWidget``: what the address bar and clock show, and where the page goes."""

    # -- the clock and the address -----------------------------------------------------------

    def clock_text(self) -> str:
        now = QDateTime.currentDateTime()
        offset = now.offsetFromUtc()
        sign = "+" if offset >= 0 else "-"
        hours, minutes = divmod(abs(offset) // 60, 60)
        # The numeric offset, never a zone abbreviation ("CST" also reads as US Central time).
        # Named as this computer's clock in the window capture too: it is not a trusted time. On
        # two lines, so that the window still fits a small screen with its buttons in one row.
        return self.tr("This computer's clock:\n{date} {time} (UTC{offset})").format(
            date=now.toString("yyyy-MM-dd"),
            time=now.toString("HH:mm:ss"),
            offset=f"{sign}{hours:02d}:{minutes:02d}",
        )

    def _tick(self) -> None:
        self.clock.setText(self.clock_text())
        self.clock.setToolTip(
            self.tr("Local date, time and time zone of this computer: {zone}").format(
                zone=QDateTime.currentDateTime().timeZone().id().toStdString() or "local"
            )
        )
        # Re-align to the start of the next second, so the label never lags the clock by ~1 s.
        self.clock_timer.setInterval(max(1, 1000 - QTime.currentTime().msec()))
        self._update_recording_indicator()  # the recording's timer runs with the clock

    def _show_url(self, url: QUrl) -> None:
        self._show_address(url)
        if not url.isLocalFile() and url.scheme():
            self.page.preview_url = None  # the owner went back to the web (Back, a link)
        self._update_actions()
        self._update_start_page()

    def _show_address(self, url: QUrl) -> None:
        text = url.toString()
        # The full address, never elided: the field scrolls, and the tool tip shows it whole.
        self.address.setText(text)
        self.address.setCursorPosition(0)
        self.address.setToolTip(text)
        self._wrap_full_address()

    def _restore_address(self) -> bool:
        """Make the address bar show the page actually shown; True if typed text was dropped.

        Whatever the owner typed but did not open (or could not open) must never appear in a
        capture, whose window image exists to prove the address.
        """
        url = self.page.url()
        dropped = self.address.text() != url.toString()
        if self.address.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # no cursor, no selection
        self._show_address(url)
        return dropped

    def wrapped_address_lines(self) -> list[str]:
        """The address cut into lines that fit the window's width (one line if the field fits)."""
        text = self.address.text()
        metrics = self.address.fontMetrics()
        if (
            metrics.horizontalAdvance(text) <= self.address.width() - 30
        ):  # room for the clear button
            return [text]
        width = max(100, self.width() - 16)
        lines: list[str] = []
        line = ""
        for char in text:
            if line and metrics.horizontalAdvance(line + char) > width:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
        return lines

    def _wrap_full_address(self) -> None:
        lines = self.wrapped_address_lines()
        if len(lines) > 1:
            self.full_address.setText("\n".join(lines))
            self.full_address.show()
        else:
            self.full_address.clear()
            self.full_address.hide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._wrap_full_address()

    def _show_title(self, title: str) -> None:
        if self.parent() is None:
            self.setWindowTitle(title or self.tr("Browser"))

    def _update_history_buttons(self, *_args: Any) -> None:
        history = self.view.history()
        idle = self.steps is None  # no page changes while a capture runs
        self.back_button.setEnabled(idle and history.canGoBack())
        self.forward_button.setEnabled(idle and history.canGoForward())
        self.reload_button.setEnabled(idle and not self.page.url().isEmpty())

    def _note_new_document(self, *_args: Any) -> None:
        self.frames.attach()  # the render widget can be replaced on navigation
        self.frames_at_load = self.frames.count

    def _page_moved(self, *_args: Any) -> None:
        self.page_generation += 1

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind in (QEvent.Type.Resize, QEvent.Type.Move):
            if kind == QEvent.Type.Resize:
                self._note_new_document()
            start_page = getattr(self, "start_page", None)
            if start_page is not None:
                start_page.setGeometry(self.view.geometry())
        elif watched is self.address:
            if self.steps is not None and kind in (
                QEvent.Type.KeyPress,
                QEvent.Type.InputMethod,
                QEvent.Type.Drop,
                QEvent.Type.ContextMenu,
            ):
                return True  # nothing is typed into the address bar while a capture runs
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self._restore_address()  # Escape: back to the address of the page shown
                return True
        return False

    def shows_current_page(self) -> bool:
        """Whether the view was painted since the page arrived or the view was resized."""
        return self.frames.count > self.frames_at_load

    def _note_loading(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self.requested_url = info.url().toString()
            self.redirects = []
            return
        outcome = LoadOutcome(
            url=info.url().toString(),
            status={
                QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus: "succeeded",
                QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus: "failed",
            }.get(status, "stopped"),
            error_domain=""
            if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.NoErrorDomain
            else info.errorDomain().name,
            error_code=info.errorCode(),
            error_text=info.errorString(),
            browser_error_page=info.isErrorPage(),
        )
        # A load given up before it showed anything leaves the page shown as it was.
        if outcome.status != "stopped" or info.url() == self.page.url():
            self.last_load = outcome

    def _note_navigation(self, url: str, how: str) -> None:
        if how == "redirect":
            self.redirects.append(url)
        else:
            self.requested_url = url
            self.redirects = []

    def _is_preview(self) -> bool:
        return self.page.preview_url is not None or self.page.url().isLocalFile()

    def has_web_page(self) -> bool:
        """Whether a web page (http or https) is shown: only that can be captured."""
        return self.page.url().scheme().lower() in ALLOWED_SCHEMES and not self._is_preview()

    def _update_start_page(self, *_args: Any) -> None:
        url = self.page.url()
        show = (
            (url.isEmpty() or url.toString() == "about:blank")
            and not self.page.isLoading()
            and self.page.preview_url is None
        )
        self.start_page.setGeometry(self.view.geometry())
        self.start_page.setVisible(show)
        if show:
            self.start_page.raise_()

    def shows_start_page(self) -> bool:
        return not self.start_page.isHidden()

    # -- navigation --------------------------------------------------------------------------

    def _refuse_navigation(self) -> bool:
        """While a capture runs the page must stay where it is: say so, return True."""
        if self.steps is None:
            return False
        self._set_status(
            self.tr("Wait until the capture has finished before you open another page.")
        )
        return True

    def _go_back(self) -> None:
        if not self._refuse_navigation():
            self.view.back()

    def _go_forward(self) -> None:
        if not self._refuse_navigation():
            self.view.forward()

    def _reload(self) -> None:
        if not self._refuse_navigation():
            self.view.reload()

    def load(self, url: str | QUrl) -> None:
        """Open a web address (http or https only; a bare host gets https://)."""
        text = url.toString() if isinstance(url, QUrl) else str(url).strip()
        if not text or self._refuse_navigation():
            return
        qurl = QUrl.fromUserInput(text)
        if qurl.scheme().lower() not in ALLOWED_SCHEMES or not qurl.host():
            self._report(
                UserError(
                    "Only web addresses starting with http:// or https:// can be opened here, "
                    "not “{url}”.",
                    url=text,
                )
            )
            return
        self.page.preview_url = None
        self.view.load(qurl)
        self._update_actions()
        self._update_start_page()

    def open_file(self, path: str | Path) -> None:
        """Show a stored page (an .mhtml the app picked) read-only; it cannot be captured again."""
        if self._refuse_navigation():
            return
        source = Path(path).resolve()
        if not source.suffix:
            # Stored blobs are named by their hash; Chromium recognises MHTML by its extension.
            preview = self.downloads_folder / "preview"
            preview.mkdir(exist_ok=True)
            copy = preview / f"{source.name}.mhtml"
            shutil.copyfile(source, copy)
            source = copy
        local = QUrl.fromLocalFile(str(source))
        self.page.preview_url = local
        self.page.load(local)
        self._set_status(self.tr("Showing a stored copy; it cannot be captured again."))
        self._update_actions()
        self._update_start_page()
