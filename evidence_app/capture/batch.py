"""Capture a list of addresses unattended: the same browser capture as ``add url``, page after page.

A few hidden engines (``parallel``) share the case's browser profile, so its logins apply. At
most one page per host is loading at any time, and a host gets ``host_delay_s`` of rest between
two of its pages: a batch must not look like an attack on the site it documents. Each page is
captured by ``web.WebCaptureEngine`` and stored by ``web.store_capture`` exactly as ``add url``
stores it, then its post text is extracted (``core.post_text``). A page that turns out to be a
sign-in form is recorded in the queue as a login wall and not stored as the post.

The queue lives in the case (``core.capture_queue``): the command line and the desktop both
drive this class, and a run that was killed resumes with what is left.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from evidence_app.capture.qtsupport import Steps, case_profile
from evidence_app.capture.result import store_capture
from evidence_app.capture.web import CaptureOptions, WebCaptureEngine
from evidence_app.core.capture_queue import CaptureQueue
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr
from evidence_app.core.platforms import host_of

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.capture.batch")

CONTEXT = "Batch"
# Measured on 2 cores (tests/benchmarks/bench_batch_capture.py, 30 pages on 3 sites, no rest):
# 1 page at a time 44.8 s, 2 pages 34.6 s, 3 pages 31.9 s; each engine adds about 50 MB to the
# app process. The second page saves a quarter, the third only another 8 %.
DEFAULT_PARALLEL = 2
DEFAULT_HOST_DELAY_S = 1.0


@dataclass
class BatchSettings:
    category: str = "post"
    fields: dict[str, str] = field(default_factory=dict)
    parallel: int = DEFAULT_PARALLEL
    host_delay_s: float = DEFAULT_HOST_DELAY_S
    options: CaptureOptions = field(default_factory=CaptureOptions)


class BatchCapture(QObject):
    """Works through the case's queue; signals per address, ``finished`` when nothing is left."""

    started = Signal(str)  # url
    captured = Signal(str, str)  # url, item number
    failed = Signal(str, str, str)  # url, state (failed | login_wall), reason
    finished = Signal()

    def __init__(
        self,
        store: CaseStore,
        case_id: str,
        urls: list[str],
        settings: BatchSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = store.get_case(case_id).id
        self.settings = settings or BatchSettings()
        self.queue = CaptureQueue(store, self.case_id)
        self.urls = list(urls)
        self.engines: list[WebCaptureEngine] = []
        self.free: list[WebCaptureEngine] = []
        self.running: dict[str, tuple[WebCaptureEngine, Steps]] = {}  # url → its engine
        self.busy_hosts: set[str] = set()
        self.rest_until: dict[str, float] = {}
        self.paused = False
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._schedule)

    # -- control ----------------------------------------------------------------------------

    def start(self) -> BatchCapture:
        profile = case_profile(self.store.data_dir, self.case_id, self.settings.options.extra_ca)
        for _ in range(max(1, self.settings.parallel)):
            engine = WebCaptureEngine(profile, self.settings.options)
            self.engines.append(engine)
            self.free.append(engine)
        QTimer.singleShot(0, self._schedule)
        return self

    def pause(self) -> None:
        """Start no new page; the pages loading now finish."""
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        QTimer.singleShot(0, self._schedule)

    def cancel(self) -> None:
        """Stop now: pages half-captured are dropped and stay in the queue for a later run."""
        self.stopped = True
        for url, (_engine, steps) in list(self.running.items()):
            steps.cancel()
            self.queue.retry(url)
        self.running.clear()
        self._finish()

    def close(self) -> None:
        for engine in self.engines:
            engine.close()
        self.engines.clear()
        self.free.clear()

    # -- scheduling -------------------------------------------------------------------------

    def _pending(self) -> list[str]:
        states = {e.url: e.state for e in self.queue.entries(self.urls)}
        return [u for u in self.urls if states.get(u) == "pending" and u not in self.running]

    def _schedule(self) -> None:
        if self.stopped or self.paused:
            return
        now = time.monotonic()
        wake: float | None = None
        for url in self._pending():
            if not self.free:
                break
            host = host_of(url)
            if host in self.busy_hosts:
                continue
            ready = self.rest_until.get(host, 0.0)
            if ready > now:
                wake = ready if wake is None else min(wake, ready)
                continue
            self._start_one(url, host)
        if not self.running and not self._pending():
            self._finish()
        elif wake is not None and not self.timer.isActive():
            self.timer.start(max(1, int((wake - now) * 1000)))

    def _start_one(self, url: str, host: str) -> None:
        engine = self.free.pop()
        self.busy_hosts.add(host)
        self.queue.start(url)
        self.started.emit(url)
        steps = Steps(engine.capture_steps(url), self)
        steps.finished.connect(lambda capture, u=url: self._done(u, capture))
        steps.failed.connect(lambda error, u=url: self._failed(u, error))
        self.running[url] = (engine, steps)
        steps.start()

    def _release(self, url: str) -> None:
        engine, steps = self.running.pop(url)
        steps.deleteLater()
        host = host_of(url)
        self.busy_hosts.discard(host)
        self.rest_until[host] = time.monotonic() + self.settings.host_delay_s
        self.free.append(engine)

    def _done(self, url: str, capture: Any) -> None:
        if url not in self.running:
            capture.cleanup()
            return
        self._release(url)
        try:
            self._store(url, capture)
        except UserError as error:
            self.queue.fail(url, error.message())
            self.failed.emit(url, "failed", error.message())
        except Exception as error:  # a bug: logged, and the rest of the list still goes on
            log.error("storing the capture of %s failed", url, exc_info=error)
            reason = tr(CONTEXT, "internal error: {detail}").format(detail=repr(error))
            self.queue.fail(url, reason)
            self.failed.emit(url, "failed", reason)
        finally:
            capture.cleanup()
        QTimer.singleShot(0, self._schedule)

    def _store(self, url: str, capture: Any) -> None:
        from evidence_app.core.post_text import (
            ensure_post_text,
            extract_post_text,
            looks_like_login_wall,
        )

        html_file = next((f for f in capture.files if f.role == "html"), None)
        html = html_file.path.read_text("utf-8", "replace") if html_file is not None else ""
        final_url = str(capture.provenance.get("final_url") or url)
        text = extract_post_text(html, final_url).text
        if looks_like_login_wall(url, final_url, html, text):
            reason = tr(
                CONTEXT,
                "login wall: the site showed a sign-in page instead of the post ({address}); "
                "log in with the built-in browser, then try again",
            ).format(address=final_url)
            self.queue.fail(url, reason, "login_wall")
            self.failed.emit(url, "login_wall", reason)
            return
        item = store_capture(
            self.store, self.case_id, capture, self.settings.category, self.settings.fields
        )
        self.queue.done(url, item.id)
        try:
            ensure_post_text(self.store, self.case_id, item)
        except UserError:  # the capture is stored; the text can be derived again later
            log.warning("post text of %s could not be stored", item.number, exc_info=True)
        self.captured.emit(url, item.number)

    def _failed(self, url: str, error: BaseException) -> None:
        if url not in self.running:
            return
        self._release(url)
        if isinstance(error, UserError):
            reason = error.message()
        else:
            log.error("capture of %s failed", url, exc_info=error)
            reason = tr(CONTEXT, "internal error: {detail}").format(detail=repr(error))
        self.queue.fail(url, reason)
        self.failed.emit(url, "failed", reason)
        QTimer.singleShot(0, self._schedule)

    def _finish(self) -> None:
        if getattr(self, "_finished", False):
            return
        self._finished = True
        self.finished.emit()
