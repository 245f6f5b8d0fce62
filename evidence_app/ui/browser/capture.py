"""The browser's page and region capture: a settled page, the true address, the grab, the provenance."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
)

from evidence_app.capture.qtsupport import (
    RunJs,
    Sleep,
    StepGenerator,
    Steps,
    Until,
)
from evidence_app.capture.result import store_capture
from evidence_app.capture.web import (
    LoadRecord,
    page_capture_steps,
)
from evidence_app.capture.web_region import page_region_capture
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.ui.browser.error_question import ask_keep_error_page
from evidence_app.ui.browser.parts import (
    FIRST_PAINT_JS,
    FIRST_PAINT_POLL_MS,
    FIRST_PAINT_POLLS,
    HTTP_STATUS_JS,
    STABLE_FRAME_ATTEMPTS,
    STABLE_FRAME_MS,
    BrowserCapture,
    LoadOutcome,
    no_page_error,
    page_moved_error,
)
from evidence_app.ui.browser.state import BrowserState

log = logging.getLogger("evidence_app.ui.browser")


class CaptureMixin(BrowserState):
    """Part of ``BrowserWidget`` (mixed in); uses its view, page, store and status line."""

    def _http_note(self, status: int) -> str:
        """One plain sentence about an HTTP error answer: often the sign of a deleted post."""
        if status == 404:
            return self.tr(
                "Note: the page answered 404 (not found) — the post may have been deleted."
            )
        if status == 410:
            return self.tr(
                "Note: the page answered 410 (gone) — the post has probably been deleted."
            )
        if status in (401, 403):
            return self.tr(
                "Note: the page answered {status} (access refused) — the post may be private, "
                "or you may need to log in."
            ).format(status=status)
        if status == 451:
            return self.tr(
                "Note: the page answered 451 (unavailable for legal reasons) — the post may "
                "have been blocked."
            )
        if status == 429:
            return self.tr(
                "Note: the page answered 429 (too many requests) — the platform refused for "
                "now; capture the page again later."
            )
        if status >= 500:
            return self.tr(
                "Note: the page answered {status} (server error) — the platform had a "
                "problem; capture the page again later as well."
            ).format(status=status)
        return self.tr(
            "Note: the page answered {status} (an error) — it may not show the post."
        ).format(status=status)

    def _load_notes(self, http_status: int | None, outcome: LoadOutcome | None) -> list[str]:
        """What the owner must know about a capture of an error page (it is kept all the same)."""
        if http_status is not None and http_status >= 400:
            return [self._http_note(http_status)]
        if outcome is not None and outcome.status == "failed":
            return [
                self.tr(
                    "Note: the page did not load ({reason}); what was stored is the "
                    "browser's own error message, not the post."
                ).format(reason=outcome.error_text or outcome.error_domain)
            ]
        return []

    def _load_problem(self, http_status: int | None, outcome: LoadOutcome | None) -> str:
        """Why the page did not load, in a few words ("" when it did)."""
        if http_status is not None and http_status >= 400:
            return self.tr("the server answered {status}").format(status=http_status)
        if outcome is not None and (outcome.status == "failed" or outcome.browser_error_page):
            code = outcome.error_text or outcome.error_domain
            plain = self._network_error_words(code)
            if plain and code:
                return self.tr("{plain}: {code}").format(plain=plain, code=code)
            return code or self.tr("the page failed")
        return ""

    def _network_error_words(self, code: str) -> str:
        """Chromium's error code (net::ERR_…) in a few plain words ("" for one not known)."""
        if "NAME_NOT_RESOLVED" in code:
            return self.tr("the address could not be found")
        if "INTERNET_DISCONNECTED" in code:
            return self.tr("this computer is not connected to the internet")
        if "CONNECTION_REFUSED" in code:
            return self.tr("the site refused the connection")
        if "TIMED_OUT" in code:
            return self.tr("the site did not answer in time")
        if "CERT_" in code or "SSL" in code:
            return self.tr("the site's security certificate is not valid")
        if "CONNECTION_RESET" in code or "CONNECTION_CLOSED" in code:
            return self.tr("the connection was broken off")
        return ""

    def _confirm_then_store(
        self, problem: str, store: Callable[[], None], discard: Callable[[], None]
    ) -> None:
        """Store at once, or, for a page that did not load, after the owner said to keep it."""
        if not problem:
            store()
            self._set_busy(False)  # the capture's hold; storing holds its own
            return

        def answered(keep: bool) -> None:
            self.error_question = None
            if self.closed:
                discard()
                return
            if keep:
                store()
            else:
                discard()
                self._set_status(
                    self.tr("The page that did not load was not kept; nothing was stored.")
                )
            self._set_busy(False)

        self._set_status(self.tr("The page did not load: choose whether to keep it as evidence."))
        self.error_question = ask_keep_error_page(self, problem, answered)

    def _typed_text_note(self) -> str:
        return self.tr(
            "The text typed in the address bar was never opened, so it is not in the "
            "capture: the capture shows the page that was on screen."
        )

    # -- before any capture: a settled page, the true address, the current time ---------------

    def _refuse_without_page(self) -> bool:
        """Say so and return True when there is no web page (and none loading) to capture."""
        if self.has_web_page() or (self.page.isLoading() and not self._is_preview()):
            return False
        self._report(no_page_error())
        return True

    def _settle_steps(self, status: str) -> StepGenerator:
        """Wait for a page still loading (or refuse); then there must be a web page."""
        if self.page.isLoading():
            self._set_status(self.tr("Waiting for the page to finish loading…"))
            yield Until(
                self.page.loadFinished,
                timeout_ms=self.load_wait_ms,
                ready=lambda: not self.page.isLoading(),
            )
            if self.page.isLoading():
                raise UserError(
                    "The page is still loading, so nothing was captured. Wait until it has "
                    "finished loading, then capture it again."
                )
            self._set_status(status)
        if not self.has_web_page():
            raise no_page_error()

    def _check_same_page(self, generation: int, url: str) -> None:
        """Refuse a capture during which the page went elsewhere (a load, a new address)."""
        if self.page_generation != generation or self.page.url().toString() != url:
            raise page_moved_error()

    def grab_window(self) -> QImage:
        """This whole widget as shown: the address of the page shown, the clock now, the page.

        ``window_record`` then says what the address bar and the clock showed, and when.
        """
        view_before = self.view.geometry()
        dropped = self._restore_address()
        self._tick()
        self._update_start_page()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.view.geometry() != view_before:  # the page's pixels would be out of date
            raise UserError("The window changed while the page was captured; try again.")
        moment = clock.now()
        with self._as_the_owner_saw_it():
            image = self.grab().toImage()
        self.window_record = {
            "address_bar": self.address.text(),
            "address_bar_is_page_url": self.address.text() == self.page.url().toString(),
            "full_address_lines": self.full_address.text().split("\n")
            if self.full_address.isVisible()
            else [],
            "clock": self.clock.text(),
            "grabbed": {"utc": moment.utc, "local": moment.local},
            "unopened_address_text_dropped": dropped,
        }
        return image

    @contextlib.contextmanager
    def _as_the_owner_saw_it(self) -> Iterator[None]:
        """For the window grab only: the window as it was before the capture was pressed (the
        buttons as they were, the status line's text then), never the app's busy state."""
        steps, busy, status = self.steps, self.busy, self.status.text()
        self.steps, self.busy = None, False
        self.status.setText(self.status_before_capture)
        self._update_actions()
        try:
            yield
        finally:
            self.steps, self.busy = steps, busy
            self.status.setText(status)
            self._update_actions()

    # -- capture page ------------------------------------------------------------------------

    def capture_page(self) -> None:
        """Capture what the page shows now into one item (signals tell how it went)."""
        if self.busy or self._is_preview() or self.steps is not None:
            return
        if self._refuse_without_page():
            return
        self.status_before_capture = self.status.text()
        self.steps = Steps(self._capture_page_steps(self.page_kind()), self)
        self._set_busy(True)
        self._set_status(self.tr("Capturing the page…"))
        self.steps.finished.connect(self._page_captured)
        self.steps.failed.connect(self._page_failed)
        self.steps.start()

    def _capture_page_steps(self, category: str) -> StepGenerator:
        yield from self._settle_steps(self.tr("Capturing the page…"))
        started = clock.now()
        notes = [self._typed_text_note()] if self._restore_address() else []
        generation = self.page_generation
        final_url = self.page.url().toString()
        yield from self._wait_for_current_frame()
        self._check_same_page(generation, final_url)
        status = yield RunJs(self.page, HTTP_STATUS_JS)
        http_status = int(status) if status else None
        outcome = self.last_load if self.last_load and self.last_load.url == final_url else None
        if (
            http_status is None
            and outcome is not None
            and outcome.error_domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain.name
        ):
            http_status = outcome.error_code
        load = LoadRecord(
            requested_url=self.requested_url or final_url,
            final_url=final_url,
            redirects=list(self.redirects),
            http_status=http_status,
            # The owner chose to capture what the browser shows, error page or not.
            error_page=http_status is not None and http_status >= 400,
            title=self.page.title(),
        )
        self.window_record = {}

        def grab() -> QImage:
            self._check_same_page(generation, final_url)
            return self.grab_window()

        def browser_section(captured_url: str) -> dict[str, Any]:
            """What the window image shows, written next to what the engine recorded."""
            self._check_same_page(generation, final_url)
            window = dict(self.window_record)
            if captured_url != final_url or window.get("address_bar") != final_url:
                raise page_moved_error()
            window["unopened_address_text_dropped"] = bool(notes) or bool(
                window.get("unopened_address_text_dropped")
            )
            return {
                "window_capture": window,
                "page_kind": category,
                "last_load": outcome.record() if outcome is not None else None,
            }

        capture = yield from page_capture_steps(
            self.view,
            load,
            self.options,
            started,
            window_grabber=grab,
            source="browser",
            settle_frames=False,
            browser_section=browser_section,
        )
        problem = self._load_problem(http_status, outcome)
        if problem and http_status is None:  # the browser's own error page: not the post
            category = "other"
        notes = self._load_notes(http_status, outcome) + notes
        return BrowserCapture(capture, category, notes, problem)

    def _page_captured(self, result: BrowserCapture) -> None:
        self.steps = None
        self._update_actions()
        self.reset_page_kind()  # the next capture starts from the window's own default again
        capture = result.capture
        self._confirm_then_store(
            result.problem,
            lambda: self._store(
                capture.folder,
                self.tr("page"),
                lambda own: store_capture(own, self.case_id, capture, result.category),
                notes=result.notes,
            ),
            capture.cleanup,
        )

    def _page_failed(self, error: BaseException) -> None:
        self.steps = None
        self._update_actions()
        self._set_busy(False)
        self._report(error)

    # -- capture region ----------------------------------------------------------------------

    def choose_region(self) -> None:
        """Show the rubber band over the page; releasing the mouse captures the region."""
        if self.busy or self._is_preview() or self.steps is not None:
            return
        if self._refuse_without_page():
            return
        if self.page.isLoading():
            self._report(
                UserError(
                    "The page is still loading. Wait until it has finished loading, then "
                    "choose the region."
                )
            )
            return
        self.region_generation = self.page_generation
        self.status_before_capture = self.status.text()
        self._set_status(self.tr("Drag over the part of the page to keep; Escape cancels."))
        self.selector.begin(self.view.geometry())

    def _region_cancelled(self) -> None:
        self.region_generation = None
        self._set_status(self.tr("Region cancelled."))

    def capture_region(self, rect: QRect) -> None:
        """Store *rect* of the page view (view coordinates) as an item's ``visible`` image."""
        rect = rect & self.view.rect()
        if self.busy or self._is_preview() or self.steps is not None or rect.isEmpty():
            return
        generation = self.page_generation
        if self.region_generation is not None:
            generation, self.region_generation = self.region_generation, None
        if self._refuse_without_page():
            return
        if generation != self.page_generation or self.page.isLoading():
            self._report(
                UserError(
                    "The page changed while the region was being chosen, so nothing was "
                    "stored. Choose the region again."
                )
            )
            return
        self.steps = Steps(self._capture_region_steps(rect, generation, self.page_kind()), self)
        self._set_busy(True)
        self.steps.finished.connect(self._region_captured)
        self.steps.failed.connect(self._page_failed)
        self.steps.start()

    def _wait_for_current_frame(self) -> StepGenerator:
        """Wait until the view shows the current page at its current size.

        Chromium keeps showing the previous page after a same-site navigation until the new one
        has painted something meaningful ("paint holding", up to about half a second), and a
        paint right after a resize can carry the old frame: so first the page's own paint
        timing must report a first paint, then two grabs a frame apart must agree.
        """
        for _attempt in range(FIRST_PAINT_POLLS):
            if (yield RunJs(self.page, FIRST_PAINT_JS)):
                break
            yield Sleep(FIRST_PAINT_POLL_MS)
        if not self.shows_current_page():
            yield Until(self.frames.painted, timeout_ms=2000, ready=self.shows_current_page)
        shot = self.view.grab().toImage()
        for _attempt in range(STABLE_FRAME_ATTEMPTS):
            yield Until(self.frames.painted, timeout_ms=STABLE_FRAME_MS)
            again = self.view.grab().toImage()
            if again == shot:
                return
            shot = again

    def _capture_region_steps(self, rect: QRect, generation: int, category: str) -> StepGenerator:
        started = clock.now()
        notes = [self._typed_text_note()] if self._restore_address() else []
        url = self.page.url().toString()
        yield from self._wait_for_current_frame()
        self._check_same_page(generation, url)
        image = self.view.grab(rect).toImage()
        window = self.grab_window()
        window_record = dict(self.window_record)
        window_record["unopened_address_text_dropped"] = bool(notes) or bool(
            window_record["unopened_address_text_dropped"]
        )
        outcome = self.last_load if self.last_load and self.last_load.url == url else None
        http_status = (
            outcome.error_code
            if outcome is not None
            and outcome.error_domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain.name
            else None
        )
        capture = page_region_capture(
            self.view,
            rect,
            image,
            window,
            started,
            self.requested_url,
            {
                "window_capture": window_record,
                "page_kind": category,
                "last_load": outcome.record() if outcome is not None else None,
            },
            self.profile.httpUserAgent(),
        )
        notes = self._load_notes(http_status, outcome) + notes
        problem = self._load_problem(http_status, outcome)
        if problem and http_status is None:  # the browser's own error page: not the post
            category = "other"
        return BrowserCapture(capture, category, notes, problem)

    def _region_captured(self, result: BrowserCapture) -> None:
        self.steps = None
        self._update_actions()
        self.reset_page_kind()
        capture = result.capture
        self._confirm_then_store(
            result.problem,
            lambda: self._store(
                capture.folder,
                self.tr("region"),
                lambda own: store_capture(own, self.case_id, capture, result.category),
                notes=result.notes,
            ),
            capture.cleanup,
        )
