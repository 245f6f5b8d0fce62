"""Web-page capture with QtWebEngine: viewport, stitched full page, MHTML, DOM and provenance.

One engine for the command line (a hidden offscreen view) and the browser widget (its own view):
``load_steps`` opens an address and refuses what must not become evidence (other schemes,
network and TLS errors, time-outs, 4xx/5xx pages unless asked); ``page_capture_steps`` captures
whatever the view shows now. Both are step generators run by ``qtsupport.Steps``.
"""

from __future__ import annotations

import json
import logging
import platform as platform_module
import shutil
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEngineLoadingInfo,
    QWebEngineNavigationRequest,
    QWebEnginePage,
    QWebEngineProfile,
    qWebEngineChromiumVersion,
    qWebEngineVersion,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from evidence_app import __version__
from evidence_app.capture import environment
from evidence_app.capture.qtsupport import (
    FrameWatcher,
    RunJs,
    StepGenerator,
    Steps,
    Until,
    WaitFuture,
    extra_ca_paths,
)
from evidence_app.capture.result import CaptureResult, store_capture
from evidence_app.capture.web_pixels import (
    DOM_JS,
    MEASURE_JS,
    grab_view,
    scroll_and_wait,
    stitch_full_page,
)
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.platforms import platform_for_url
from evidence_app.core.store import NewFile

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.capture.web")

ALLOWED_SCHEMES = ("http", "https")
PROVENANCE_FORMAT = "evidence-app/web-capture/1"


@dataclass
class CaptureOptions:
    viewport: QSize = field(default_factory=lambda: QSize(1280, 800))
    timeout_ms: int = 45_000  # a page that has not loaded by then is an error, not evidence
    allow_error_page: bool = False
    part_height_px: int = 16_000  # device pixels per full-page part; taller pages get parts
    max_page_height_px: int = 250_000  # CSS pixels; an endless feed stops here (recorded)
    lazy_settle_ms: int = 300  # at the bottom, time for lazy content to arrive
    strip_height: int | None = None  # a taller view while stitching; None keeps the viewport
    extra_ca: list[Path] | None = None  # certificates trusted in addition (tests, own CA)


@dataclass
class LoadRecord:
    requested_url: str
    final_url: str = ""
    redirects: list[str] = field(default_factory=list)
    http_status: int | None = None
    error_page: bool = False
    title: str = ""


PageCapture = CaptureResult  # the name the browser and the batch know it by


def check_address(url: str) -> QUrl:
    """A QUrl for *url* if it is an http(s) address with a host; else a UserError."""
    text = url.strip()
    qurl = QUrl(text)
    if not qurl.isValid() or qurl.scheme().lower() not in ALLOWED_SCHEMES or not qurl.host():
        raise UserError(
            "Only web addresses starting with http:// or https:// can be captured, not “{url}”.",
            url=text,
        )
    return qurl


class EvidencePage(QWebEnginePage):
    """A page that only goes to http(s) addresses and keeps every address it was taken to."""

    navigated = Signal(str, str)  # url, how (typed, link, redirect, …)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        # Keep our own reference: wrappers returned by page.profile() can end up owning (and
        # deleting) the shared profile when they are garbage-collected.
        self.case_profile = profile
        self.navigationRequested.connect(self._note_navigation)
        self.certificateError.connect(self._refuse_certificate)
        self.certificate_problems: list[dict[str, Any]] = []

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, isMainFrame: bool
    ) -> bool:
        scheme = QUrl(url).scheme().lower()
        # file:// and other local schemes would let a page (or a mistyped address) show the
        # owner's own files; evidence comes from the web only.
        if scheme not in (*ALLOWED_SCHEMES, "about", "data", "blob"):
            log.info("blocked navigation to %s", QUrl(url).toString())
            return False
        return True

    def _note_navigation(self, request: QWebEngineNavigationRequest) -> None:
        if request.isMainFrame():
            kind = request.navigationType().name.removesuffix("Navigation").lower()
            self.navigated.emit(request.url().toString(), kind)

    def _refuse_certificate(self, error: Any) -> None:
        # Never accepted here: a certificate the system (or an explicitly configured extra CA)
        # does not trust makes the page unfit as evidence.
        self.certificate_problems.append(
            {"url": error.url().toString(), "description": error.description()}
        )
        error.rejectCertificate()

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        return self  # links that open a new window stay in this page, in the recorded path


def load_error(info: QWebEngineLoadingInfo | None, url: str, timeout: bool = False) -> UserError:
    """One clear sentence for why *url* did not load."""
    if timeout:
        return UserError(
            "The page {url} did not finish loading in time; nothing was stored.", url=url
        )
    if info is None:
        return UserError("The page {url} could not be loaded; nothing was stored.", url=url)
    domain = info.errorDomain()
    code = info.errorCode()
    detail = info.errorString() or str(code)
    Domain = QWebEngineLoadingInfo.ErrorDomain
    if domain == Domain.CertificateErrorDomain or "CERT" in detail or "SSL" in detail:
        return UserError(
            "The secure connection to {url} could not be trusted ({detail}); nothing was stored.",
            url=url,
            detail=detail,
        )
    if "NAME_NOT_RESOLVED" in detail or domain == Domain.DnsErrorDomain:
        return UserError(
            "The address {url} could not be found (DNS lookup failed); nothing was stored.",
            url=url,
        )
    if domain == Domain.HttpStatusCodeDomain:
        return UserError(
            "The server answered {url} with HTTP status {status}; nothing was stored. Use "
            "--allow-error-page to capture the error page deliberately.",
            url=url,
            status=code,
        )
    if "TIMED_OUT" in detail:
        return UserError(
            "The page {url} did not finish loading in time; nothing was stored.", url=url
        )
    if "TOO_MANY_REDIRECTS" in detail:  # the server was reached: it keeps sending the browser on
        return UserError(
            "The address {url} sends the browser on and on in a circle (a redirect loop); "
            "nothing was stored. Open the page in the app's browser to see where it leads.",
            url=url,
        )
    return UserError(
        "The server of {url} could not be reached ({detail}); nothing was stored.",
        url=url,
        detail=detail,
    )


def load_steps(page: EvidencePage, url: str, options: CaptureOptions) -> StepGenerator:
    """Load *url* in *page*; return a LoadRecord or raise a UserError."""
    qurl = check_address(url)
    record = LoadRecord(requested_url=qurl.toString())
    infos: list[QWebEngineLoadingInfo] = []

    def note_redirect(target: str, how: str) -> None:
        if how == "redirect":
            record.redirects.append(target)

    def note_loading(info: QWebEngineLoadingInfo) -> None:
        infos.append(info)

    page.navigated.connect(note_redirect)
    page.loadingChanged.connect(note_loading)
    timed_out = False

    def on_timeout() -> None:
        nonlocal timed_out
        timed_out = True
        page.triggerAction(QWebEnginePage.WebAction.Stop)
        return None

    try:
        page.load(qurl)
        ok = yield Until(page.loadFinished, timeout_ms=options.timeout_ms, on_timeout=on_timeout)
    finally:
        page.navigated.disconnect(note_redirect)
        page.loadingChanged.disconnect(note_loading)
    final = [i for i in infos if i.status() != QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus]
    last = final[-1] if final else None
    if timed_out:
        raise load_error(None, record.requested_url, timeout=True)
    status = yield RunJs(
        page,
        "(performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0",
    )
    record.http_status = int(status) if status else None
    if (
        last is not None
        and last.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain
    ):
        record.http_status = record.http_status or last.errorCode()
    failed = not ok or (
        last is not None and last.status() == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus
    )
    http_error = record.http_status is not None and record.http_status >= 400
    if failed and not http_error:
        raise load_error(last, record.requested_url)
    if http_error:
        if not options.allow_error_page:
            raise UserError(
                "The server answered {url} with HTTP status {status}; nothing was stored. Use "
                "--allow-error-page to capture the error page deliberately.",
                url=record.requested_url,
                status=record.http_status,
            )
        record.error_page = True
    record.final_url = page.url().toString()
    record.title = page.title()
    return record


def page_capture_steps(
    view: QWebEngineView,
    load: LoadRecord,
    options: CaptureOptions,
    started: clock.Moment,
    window_grabber: Callable[[], QImage] | None = None,
    source: str = "command line",
    strip_height: int | None = None,
    *,
    settle_frames: bool = True,
    browser_section: Callable[[str], dict[str, Any]] | None = None,
) -> StepGenerator:
    """Capture what *view* shows: returns a PageCapture (its folder is the caller's to clean).

    *source* is only recorded. *settle_frames* nudges a page that has just loaded into painting
    (a headless view); a browser the owner looks at has painted already. *window_grabber* gives
    the browser window's image; *browser_section*, called with the page's final address once the
    rest is known, gives the browser's own section of the provenance (address bar, clock, page
    kind, last load) — it may raise to refuse the capture. Capture alone writes the provenance.
    """
    page = cast(EvidencePage, view.page())  # the engine's and the browser's pages both are
    watcher = FrameWatcher(view)
    folder = Path(tempfile.mkdtemp(prefix="evidence-capture-"))
    files: list[NewFile] = []
    network: Future[dict[str, Any]] = _probe_network(load.final_url or load.requested_url, options)
    try:
        metrics = yield RunJs(page, MEASURE_JS, as_json=True)
        start_y = float(metrics["scrollY"])
        if settle_frames:
            # A page that has just loaded may not have been painted into the view yet; a small
            # scroll and back forces frames we can wait for (a page that cannot scroll gets time).
            if float(metrics["scrollHeight"]) > float(metrics["clientHeight"]) + 1:
                yield from scroll_and_wait(page, watcher, start_y + 1)
                yield from scroll_and_wait(page, watcher, start_y)
            else:
                yield Until(watcher.painted, timeout_ms=500)
        window_image = window_grabber() if window_grabber is not None else None
        visible = grab_view(view)

        # Lazy content (feeds, comments) appears when scrolled into view: the stitching pass
        # scrolls through the page, re-measures it at every strip and waits at the bottom for
        # late content before it stops.
        strip_height = min(strip_height or 0, int(metrics["scrollHeight"]))
        if strip_height > view.height():
            original_size = view.size()
            count = watcher.count
            view.resize(view.width(), strip_height)
            for _attempt in range(100):  # until the renderer lays out at the new height
                yield Until(
                    watcher.painted, lambda *_, seen=count: watcher.count > seen, timeout_ms=200
                )
                count = watcher.count
                resized = yield RunJs(page, MEASURE_JS, as_json=True)
                if abs(float(resized["innerHeight"]) - strip_height) < 1:
                    break
        else:
            original_size = None
        try:
            metrics = yield RunJs(page, MEASURE_JS, as_json=True)
            parts, full_info = yield from stitch_full_page(view, watcher, metrics, options)
        finally:
            if original_size is not None:
                view.resize(original_size)
        truncated = full_info["css_height"] >= options.max_page_height_px
        full_info["truncated_at_css_px"] = options.max_page_height_px if truncated else None
        yield from scroll_and_wait(page, watcher, start_y)

        dom = yield RunJs(page, DOM_JS)
        mhtml_path = folder / "page.mhtml"
        yield from save_mhtml(page, mhtml_path, options.timeout_ms)
        finished = clock.now()
        net = yield WaitFuture(network)

        def save_png(image: QImage, name: str) -> Path:
            path = folder / name
            if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs: bytes
                raise UserError("The screenshot could not be written to {path}.", path=str(path))
            return path

        files.append(NewFile("visible", "visible.png", save_png(visible, "visible.png")))
        for index, part in enumerate(parts, 1):
            name = "full_page.png" if len(parts) == 1 else f"full_page-{index:02d}.png"
            files.append(
                NewFile(
                    "full_page",
                    name,
                    save_png(part, name),
                    meta={"part": index, "parts": len(parts)},
                )
            )
        if window_image is not None:
            files.append(NewFile("window", "window.png", save_png(window_image, "window.png")))
        files.append(NewFile("mhtml", "page.mhtml", mhtml_path))
        html_path = folder / "page.html"
        html_path.write_text(str(dom or ""), "utf-8")
        files.append(NewFile("html", "page.html", html_path))

        final_url = page.url().toString()
        title = page.title()
        screen = view.screen()
        provenance = {
            "format": PROVENANCE_FORMAT,
            "source": source,
            "requested_url": load.requested_url,
            "final_url": final_url,
            "redirects": load.redirects,
            "title": title,
            "http_status": load.http_status,
            "error_page_captured_deliberately": load.error_page,
            "capture_started": {"utc": started.utc, "local": started.local},
            "capture_finished": {"utc": finished.utc, "local": finished.local},
            "app": {"name": "evidence-app", "version": __version__},
            "software": software_versions(),
            "user_agent": metrics.get("userAgent") or page.case_profile.httpUserAgent(),
            "os": platform_module.platform(),
            "viewport": {
                "width": int(metrics["innerWidth"]),
                "height": int(metrics["innerHeight"]),
                "device_pixel_ratio": float(metrics["dpr"]),
                "visible_png": [visible.width(), visible.height()],
            },
            "screen": {
                "name": screen.name() if screen else None,
                "width": screen.geometry().width() if screen else None,
                "height": screen.geometry().height() if screen else None,
                "device_pixel_ratio": screen.devicePixelRatio() if screen else None,
            },
            "full_page": full_info,
            "network": net,
        }
        if browser_section is not None:
            provenance["browser"] = browser_section(final_url)
        prov_path = folder / "provenance.json"
        prov_path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
        files.append(NewFile("provenance", "provenance.json", prov_path))
        fields = {
            "url": load.requested_url,
            "final_url": final_url,
            "page_title": title,
            "platform": platform_for_url(final_url or load.requested_url),
        }
        return PageCapture(folder, files, fields, provenance, started)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        watcher.deleteLater()


def _probe_network(url: str, options: CaptureOptions) -> Future[dict[str, Any]]:
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="capture-network")
    future = pool.submit(environment.network_record, url, extra_ca_paths(options.extra_ca))
    pool.shutdown(wait=False)
    return future


def save_mhtml(page: EvidencePage, path: Path, timeout_ms: int) -> StepGenerator:
    """Save the page with its resources as MHTML (``QWebEnginePage.save``) and wait for the file."""
    profile = page.case_profile
    requests: list[QWebEngineDownloadRequest] = []

    def note(request: QWebEngineDownloadRequest) -> None:
        if request.isSavePageDownload() and request.page() is page:
            requests.append(request)

    profile.downloadRequested.connect(note)
    try:
        page.save(str(path), QWebEngineDownloadRequest.SavePageFormat.MimeHtmlSaveFormat)
        yield Until(
            profile.downloadRequested,
            lambda *_: bool(requests),
            timeout_ms=timeout_ms,
            ready=lambda: bool(requests),
        )
    finally:
        profile.downloadRequested.disconnect(note)
    if not requests:
        raise UserError("The page could not be saved as MHTML; nothing was stored.")
    request = requests[0]
    yield Until(
        request.isFinishedChanged,
        lambda *_: request.isFinished(),
        timeout_ms=timeout_ms,
        ready=request.isFinished,
    )
    if request.state() != QWebEngineDownloadRequest.DownloadState.DownloadCompleted:
        raise UserError(
            "The page could not be saved as MHTML ({reason}); nothing was stored.",
            reason=request.interruptReasonString() or request.state().name,
        )


def software_versions() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "qtwebengine": str(qWebEngineVersion()),  # str already; the stubs say bytes
        "chromium": str(qWebEngineChromiumVersion()),
        "python": sys.version.split()[0],
    }


# -- the headless engine -------------------------------------------------------------------------


class WebCaptureEngine(QObject):
    """A hidden view on a case's profile that loads an address and captures it."""

    def __init__(
        self,
        profile: QWebEngineProfile,
        options: CaptureOptions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options or CaptureOptions()
        self.view = QWebEngineView()
        self.page = EvidencePage(profile, self.view)
        self.view.setPage(self.page)
        self.view.resize(self.options.viewport)
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.platformName() != "offscreen":
            self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.show()

    def capture_steps(self, url: str) -> StepGenerator:
        started = clock.now()
        load = yield from load_steps(self.page, url, self.options)
        capture = yield from page_capture_steps(
            self.view, load, self.options, started, strip_height=self.options.strip_height
        )
        return capture

    def capture(self, url: str) -> Steps:
        return Steps(self.capture_steps(url), self).start()

    def capture_blocking(self, url: str) -> PageCapture:
        capture: PageCapture = Steps(self.capture_steps(url), self).run_blocking()
        return capture

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.view.close()
        self.page.deleteLater()
        self.view.deleteLater()
        # Pages must be gone before their profile is released (at exit at the latest).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def capture_url_to_store(
    store: CaseStore,
    case_id: str,
    url: str,
    category: str = "post",
    fields: dict[str, str] | None = None,
    options: CaptureOptions | None = None,
) -> Any:
    """Headless: load *url* in the case's profile, capture it and store one item (blocking)."""
    from evidence_app.capture.qtsupport import case_profile, ensure_app

    check_address(url)
    ensure_app(headless=True)
    options = options or CaptureOptions()
    case = store.get_case(case_id)
    profile = case_profile(store.data_dir, case.id, options.extra_ca)
    engine = WebCaptureEngine(profile, options)
    try:
        capture = engine.capture_blocking(url)
    finally:
        engine.close()
    try:
        return store_capture(store, case.id, capture, category, fields)
    finally:
        capture.cleanup()
