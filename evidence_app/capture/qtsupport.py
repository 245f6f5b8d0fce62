"""Qt plumbing shared by the capture engines: a headless app, per-case browser profiles, async steps.

Capture work is written as generators that ``yield`` something to wait for (a JavaScript result,
a signal, a frame painted, a timer); ``Steps`` resumes them from Qt's event loop, so a capture
never blocks the GUI and the command line simply runs an event loop until the steps finish.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal

from evidence_app.capture.flags import accept_language, configure_webengine, set_webengine_language
from evidence_app.core.errors import UserError
from evidence_app.core.private import make_private_dir, tighten

if TYPE_CHECKING:
    from concurrent.futures import Future  # only for annotations: the app's start-up skips it

EXTRA_CA_ENV = "EVIDENCE_APP_EXTRA_CA"


def ensure_app(headless: bool = False) -> QCoreApplication:
    """The running QApplication, or a new one (offscreen when *headless* or there is no display)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from evidence_app.core.applog import divert_native_output

    divert_native_output()  # the command line: Qt's and Chromium's own lines go to the log
    configure_webengine(headless)
    import PySide6.QtWebEngineCore  # noqa: F401  (must be imported before the app is created)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("evidence-app")
    return app


def extra_ca_paths(extra: list[Path] | None = None) -> list[Path]:
    """Certificates trusted *in addition* to the system's: given ones, else EVIDENCE_APP_EXTRA_CA.

    This is how tests (and an organisation with its own CA) make the engine trust a certificate;
    the engine never accepts a certificate error by itself.
    """
    if extra is not None:
        return list(extra)
    value = os.environ.get(EXTRA_CA_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p]


_profiles: dict[str, Any] = {}


def case_profile(data_dir: Path, case_id: str, extra_ca: list[Path] | None = None) -> Any:
    """The persistent browser profile of a case (cookies and logins), one per process and case."""
    from PySide6.QtNetwork import QSslCertificate
    from PySide6.QtWebEngineCore import QWebEngineProfileBuilder, QWebEngineSettings

    folder = (Path(data_dir) / "profiles" / case_id).resolve()
    key = str(folder)
    if key in _profiles:
        return _profiles[key]
    # Cookies and logins of the owner's accounts. Chromium writes some files of its own (Visited
    # Links) with the process's default mode: the 0700 folder keeps them private, and what an
    # earlier run left is made owner-only here.
    make_private_dir(folder)
    tighten(folder)
    from evidence_app.core.i18n import current_language

    language = current_language()
    set_webengine_language(language)  # before the first profile starts QtWebEngine
    builder = QWebEngineProfileBuilder()
    builder.setPersistentStoragePath(str(folder / "storage"))
    builder.setCachePath(str(folder / "cache"))
    certificates = []
    for path in extra_ca_paths(extra_ca):
        loaded = QSslCertificate.fromPath(str(path))
        if not loaded:
            raise UserError("No certificate could be read from {path}.", path=str(path))
        certificates.extend(loaded)
    if certificates:
        builder.setAdditionalTrustedCertificates(certificates)
    # Parented to the application: the profile must outlive every page that uses it.
    profile = builder.createProfile(f"case-{case_id}", QCoreApplication.instance())
    settings = profile.settings()
    # Evidence pages are remote: they must never read the owner's files.
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
    profile.setDownloadPath(str(folder / "downloads"))
    profile.setHttpAcceptLanguage(accept_language(language))
    _profiles[key] = profile
    return profile


def release_profiles() -> None:
    """Forget the cached profiles (after every page using them is gone)."""
    for profile in _profiles.values():
        profile.deleteLater()
    _profiles.clear()


# -- async steps -------------------------------------------------------------------------------


class Wait:
    """Something a step generator yields; ``start(resume)`` calls ``resume(value, error)`` once."""

    def start(self, resume: Callable[[Any, BaseException | None], None]) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop connections and timers (the steps were abandoned)."""


class Sleep(Wait):
    def __init__(self, ms: int) -> None:
        self.ms = ms
        self.timer: QTimer | None = None

    def start(self, resume: Callable[[Any, BaseException | None], None]) -> None:
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: resume(None, None))
        self.timer.start(self.ms)

    def cancel(self) -> None:
        if self.timer is not None:
            self.timer.stop()


class RunJs(Wait):
    """Run JavaScript in the page's isolated world; resume with its (JSON-like) result."""

    def __init__(
        self, page: Any, script: str, timeout_ms: int = 30_000, as_json: bool = False
    ) -> None:
        self.page = page
        # Objects do not always survive Qt's conversion; JSON text always does.
        self.script = f"JSON.stringify({script})" if as_json else script
        self.as_json = as_json
        self.timeout_ms = timeout_ms
        self.timer: QTimer | None = None
        self.done = False

    def start(self, resume: Callable[[Any, BaseException | None], None]) -> None:
        from PySide6.QtWebEngineCore import QWebEngineScript

        def finish(value: Any, error: BaseException | None = None) -> None:
            if self.done:
                return
            self.done = True
            if self.timer is not None:
                self.timer.stop()
            if self.as_json and error is None:
                try:
                    value = json.loads(value) if value else None
                except ValueError as problem:
                    value, error = None, problem
            resume(value, error)

        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(
            lambda: finish(None, UserError("The page stopped responding during the capture."))
        )
        self.timer.start(self.timeout_ms)
        self.page.runJavaScript(
            self.script, QWebEngineScript.ScriptWorldId.ApplicationWorld, lambda r: finish(r)
        )

    def cancel(self) -> None:
        self.done = True
        if self.timer is not None:
            self.timer.stop()


class Until(Wait):
    """Wait for *signal* until ``predicate(*args)`` holds (or at once if ``ready()`` holds)."""

    def __init__(
        self,
        signal: Any,
        predicate: Callable[..., bool] = lambda *a: True,
        timeout_ms: int | None = None,
        on_timeout: Callable[[], BaseException | None] | None = None,
        ready: Callable[[], bool] | None = None,
    ) -> None:
        self.signal = signal
        self.predicate = predicate
        self.timeout_ms = timeout_ms
        self.on_timeout = on_timeout
        self.ready = ready
        self.timer: QTimer | None = None
        self.connected = False
        self.done = False

    def start(self, resume: Callable[[Any, BaseException | None], None]) -> None:
        self.resume = resume
        if self.ready is not None and self.ready():
            self.done = True
            resume(None, None)
            return
        self.signal.connect(self._fired)
        self.connected = True
        if self.timeout_ms is not None:
            self.timer = QTimer()
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._timed_out)
            self.timer.start(self.timeout_ms)

    def _fired(self, *args: Any) -> None:
        if self.done or not self.predicate(*args):
            return
        self._finish(args[0] if len(args) == 1 else args, None)

    def _timed_out(self) -> None:
        if not self.done:
            self._finish(None, self.on_timeout() if self.on_timeout else None)

    def _finish(self, value: Any, error: BaseException | None) -> None:
        self.cancel()
        self.resume(value, error)

    def cancel(self) -> None:
        self.done = True
        if self.connected:
            self.connected = False
            try:
                self.signal.disconnect(self._fired)
            except (RuntimeError, TypeError):
                pass
        if self.timer is not None:
            self.timer.stop()


class _FutureRelay(QObject):
    settled = Signal(object)


class WaitFuture(Wait):
    """Wait for a ``concurrent.futures.Future`` finished on another thread."""

    def __init__(self, future: Future[Any]) -> None:
        self.future = future
        self.relay = _FutureRelay()

    def start(self, resume: Callable[[Any, BaseException | None], None]) -> None:
        def deliver(future: Future[Any]) -> None:
            error = future.exception()
            resume(None if error else future.result(), error)

        self.relay.settled.connect(deliver)
        self.future.add_done_callback(self.relay.settled.emit)


class FrameWatcher(QObject):
    """Counts paints of a web view's render widget: a paint after a scroll means a new frame."""

    painted = Signal()

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        self.count = 0
        self.target: QObject | None = None
        self.attach()

    def attach(self) -> None:
        target = self.view.focusProxy() or self.view
        if target is not self.target:
            if self.target is not None:
                self.target.removeEventFilter(self)
            self.target = target
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.painted.emit()
        return False

    def next_frame(self, timeout_ms: int = 2000) -> Until:
        """Wait for the next paint (or *timeout_ms*: a page that paints nothing new is ready)."""
        self.attach()
        return Until(self.painted, timeout_ms=timeout_ms)


StepGenerator = Generator[Wait, Any, Any]


class Steps(QObject):
    """Drive a step generator from the event loop; ``finished(result)`` or ``failed(error)``."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, generator: StepGenerator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generator = generator
        self.current: Wait | None = None
        self.running = False
        self.outcome: tuple[Any, BaseException | None] | None = None

    def start(self) -> Steps:
        self.running = True
        QTimer.singleShot(0, lambda: self._advance(None, None))
        return self

    def _advance(self, value: Any, error: BaseException | None) -> None:
        self.current = None
        if not self.running:
            return
        try:
            wait = self.generator.throw(error) if error is not None else self.generator.send(value)
        except StopIteration as stop:
            self._end(stop.value, None)
            return
        except BaseException as raised:
            self._end(None, raised)
            return
        self.current = wait
        fired = False

        def resume(result: Any, problem: BaseException | None) -> None:
            nonlocal fired
            if fired:
                return
            fired = True
            # Resume from the event loop, never from inside the signal that woke us.
            QTimer.singleShot(0, lambda: self._advance(result, problem))

        wait.start(resume)

    def _end(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self.outcome = (result, error)
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()
        if self.running:
            self.running = False
            self.generator.close()

    def run_blocking(self) -> Any:
        """Run to the end in a local event loop (command line, benchmarks); return or raise."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.failed.connect(loop.quit)
        self.start()
        if self.outcome is None:
            loop.exec()
        assert self.outcome is not None
        result, error = self.outcome
        if error is not None:
            raise error
        return result
