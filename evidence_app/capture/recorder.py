"""Recording the path to a post: a widget (or the screen) into an MP4, plus a log of every URL visited.

``WindowRecorder`` grabs a widget (the built-in browser: address bar and clock included) several
times a second and pushes the frames through ``QVideoFrameInput`` into a ``QMediaRecorder``;
``ScreenRecorder`` records a whole screen through ``QScreenCapture`` where the platform can.
``stop()`` finishes the file, writes the navigation log and stores both as one item (``video``
and ``navigation_log``) from a worker thread, so the GUI never waits on hashing a large video.
"""

from __future__ import annotations

import json
import logging
import platform as platform_module
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QScreenCapture,
    QVideoFrame,
    QVideoFrameInput,
)
from PySide6.QtWidgets import QWidget

from evidence_app import __version__
from evidence_app.capture.qtsupport import StepGenerator, Steps, Until, WaitFuture
from evidence_app.capture.result import CaptureResult, store_capture
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.platforms import platform_for_url
from evidence_app.core.store import NewFile

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.capture.recorder")

NAVIGATION_LOG_FORMAT = "evidence-app/navigation-log/1"
MIN_FPS = 5  # below this a recording of the path is a slide show, not a recording
STOP_TIMEOUT_MS = 60_000  # the encoder flushes and the muxer closes the file within this

# Preferred codecs, best first. H.264 plays everywhere but is missing from LGPL builds of FFmpeg
# (like PySide6's wheels); MPEG-4 Part 2 in an .mp4 still plays in every common player.
_CODEC_PREFERENCE = (
    QMediaFormat.VideoCodec.H264,
    QMediaFormat.VideoCodec.MPEG4,
    QMediaFormat.VideoCodec.MotionJPEG,
)


def choose_video_format() -> QMediaFormat:
    """An MP4 container with the best video codec this Qt build can encode (UserError if none)."""
    media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    supported = media_format.supportedVideoCodecs(QMediaFormat.ConversionMode.Encode)
    for codec in _CODEC_PREFERENCE:
        if codec in supported:
            media_format.setVideoCodec(codec)
            return media_format
    raise UserError("This system cannot encode MP4 video, so nothing can be recorded.")


def screen_recording_supported() -> bool:
    """Whether recording a whole screen makes sense here (a real display and QScreenCapture).

    Under the offscreen platform (tests, servers) QScreenCapture runs but every pixel is blank,
    which is no evidence of anything, so it is not offered.
    """
    if QGuiApplication.platformName() in ("offscreen", "minimal") or not QGuiApplication.screens():
        return False
    probe = QScreenCapture()
    probe.setScreen(QGuiApplication.primaryScreen())
    return probe.error() == QScreenCapture.Error.NoError


Recording = CaptureResult  # a recording's video and navigation log


class _Recorder(QObject):
    """What window and screen recordings share: the recorder, the navigation log, stop and store."""

    recordingChanged = Signal(bool)
    stored = Signal(object)  # the Item (or the Recording when there is no store)
    failed = Signal(object)  # the exception

    source = "window"

    def __init__(
        self,
        view: Any = None,
        store: CaseStore | None = None,
        case_id: str | None = None,
        category: str = "other",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.store = store
        self.case_id = case_id
        self.category = category
        self.session: QMediaCaptureSession | None = None
        self.recorder: QMediaRecorder | None = None
        self.folder: Path | None = None
        self.video_path: Path | None = None
        self.navigation: list[dict[str, Any]] = []
        self.started: clock.Moment | None = None
        self.elapsed = QElapsedTimer()
        self.errors: list[str] = []
        self.media_format: QMediaFormat | None = None
        self.steps: Steps | None = None
        self.storing = False

    # -- starting ------------------------------------------------------------------------------

    @property
    def is_recording(self) -> bool:
        return self.recorder is not None and self.steps is None

    def start(self) -> None:
        if self.recorder is not None:
            return
        self.media_format = choose_video_format()
        self.folder = Path(tempfile.mkdtemp(prefix="evidence-recording-"))
        self.video_path = self.folder / "recording.mp4"
        self.session = QMediaCaptureSession(self)
        self.recorder = QMediaRecorder(self)
        self.recorder.setMediaFormat(self.media_format)
        self.recorder.setQuality(QMediaRecorder.Quality.HighQuality)
        self.recorder.setOutputLocation(QUrl.fromLocalFile(str(self.video_path)))
        self.recorder.errorOccurred.connect(self._note_error)
        self.session.setRecorder(self.recorder)
        try:
            self._attach_source(self.session)
        except BaseException:
            self._discard()
            raise
        self.started = clock.now()
        self.elapsed.start()
        if self.view is not None:
            self.view.urlChanged.connect(self._url_changed)
            self.view.loadFinished.connect(self._load_finished)
            self._log("recording_started", self.view.url().toString(), title=self.view.title())
        else:
            self._log("recording_started", "")
        self.recorder.record()
        self._source_started()
        self.recordingChanged.emit(True)

    def _attach_source(self, session: QMediaCaptureSession) -> None:
        raise NotImplementedError

    def _source_started(self) -> None:
        pass

    def _source_stopping(self) -> None:
        pass

    def _source_details(self) -> dict[str, Any]:
        return {}

    def _note_error(self, _error: QMediaRecorder.Error, message: str) -> None:
        log.warning("recorder error: %s", message)
        self.errors.append(message)

    # -- the navigation log --------------------------------------------------------------------

    def _log(self, event: str, url: str, **extra: Any) -> None:
        moment = clock.now()
        entry = {
            "event": event,
            "url": url,
            "utc": moment.utc,
            "local": moment.local,
            "seconds_into_video": round(self.elapsed.elapsed() / 1000, 3)
            if self.elapsed.isValid()
            else 0.0,
        }
        entry.update(extra)
        self.navigation.append(entry)

    def _url_changed(self, url: QUrl) -> None:
        self._log("url_changed", url.toString())

    def _load_finished(self, ok: bool) -> None:
        self._log("load_finished", self.view.url().toString(), ok=bool(ok), title=self.view.title())

    def visited_urls(self) -> list[str]:
        """Distinct web addresses in the order they were first seen."""
        seen: list[str] = []
        for entry in self.navigation:
            url = entry["url"]
            if url.startswith(("http://", "https://")) and url not in seen:
                seen.append(url)
        return seen

    # -- stopping ------------------------------------------------------------------------------

    def stop(self) -> Steps:
        """Finish the file and store the item; the Steps' ``finished`` (and ``stored``) give it."""
        if self.steps is not None:
            return self.steps
        if self.recorder is None:
            raise UserError("Nothing is being recorded.")
        self.steps = Steps(self._stop_steps(), self)
        self.steps.finished.connect(self.stored.emit)
        self.steps.failed.connect(self.failed.emit)
        return self.steps.start()

    def _stop_steps(self) -> StepGenerator:
        assert self.recorder is not None and self.folder is not None
        recorder = self.recorder
        try:
            self._source_stopping()
            if self.view is not None:
                self.view.urlChanged.disconnect(self._url_changed)
                self.view.loadFinished.disconnect(self._load_finished)
            self._log("recording_stopped", self.view.url().toString() if self.view else "")
            finished = clock.now()
            recorder.stop()
            stopped = QMediaRecorder.RecorderState.StoppedState
            yield Until(
                recorder.recorderStateChanged,
                lambda state: state == stopped,
                timeout_ms=STOP_TIMEOUT_MS,
                ready=lambda: recorder.recorderState() == stopped,
            )
            self.recordingChanged.emit(False)
            recording = self._finish(finished)
        except BaseException:
            self._discard()
            raise
        self._release()
        if self.store is None:
            return recording
        self.storing = True
        try:
            item = yield WaitFuture(self._store_in_worker(recording))
        finally:
            recording.cleanup()
        return item

    def _finish(self, finished: clock.Moment) -> Recording:
        assert self.folder is not None and self.video_path is not None
        assert self.started is not None and self.media_format is not None
        if self.errors or not self.video_path.is_file() or self.video_path.stat().st_size == 0:
            raise UserError(
                "The recording could not be written ({reason}); nothing was stored.",
                reason="; ".join(self.errors) or "no video file",
            )
        urls = self.visited_urls()
        video: dict[str, Any] = {
            "file": self.video_path.name,
            "container": self.media_format.fileFormat().name,
            "codec": self.media_format.videoCodec().name,
            **self._source_details(),
        }
        details: dict[str, Any] = {
            "format": NAVIGATION_LOG_FORMAT,
            "source": self.source,
            "recording_started": {"utc": self.started.utc, "local": self.started.local},
            "recording_finished": {"utc": finished.utc, "local": finished.local},
            "app": {"name": "evidence-app", "version": __version__},
            "os": platform_module.platform(),
            "video": video,
            "urls_visited": urls,
            "events": self.navigation,
        }
        log_path = self.folder / "navigation-log.json"
        log_path.write_text(json.dumps(details, ensure_ascii=False, indent=2), "utf-8")
        files = [
            NewFile("video", "recording.mp4", self.video_path, meta=video),
            NewFile("navigation_log", "navigation-log.json", log_path),
        ]
        fields: dict[str, str] = {}
        if urls:
            fields = {"url": urls[0], "final_url": urls[-1], "platform": platform_for_url(urls[-1])}
        return Recording(self.folder, files, fields, details, self.started)

    def _store_in_worker(self, recording: Recording) -> Future[Any]:
        """Store from a worker thread with its own connection (sqlite is per thread)."""
        from evidence_app.core.store import CaseStore

        store, case_id, category = self.store, self.case_id, self.category
        assert store is not None and case_id is not None  # only called with both

        def work() -> Any:
            with CaseStore(store.data_dir, store.operator) as own:
                return store_capture(own, case_id, recording, category)

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recording-store")
        future = pool.submit(work)
        pool.shutdown(wait=False)
        return future

    def _release(self) -> None:
        if self.session is not None:
            self.session.setRecorder(None)  # type: ignore[arg-type]  # None detaches it
            self.session.deleteLater()
        if self.recorder is not None:
            self.recorder.deleteLater()
        self.session = None
        self.recorder = None

    def _discard(self) -> None:
        """Abandon the recording: stop everything and remove its files (nothing is stored)."""
        self._source_stopping()
        if self.recorder is not None:
            self.recorder.stop()
        self._release()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def abandon(self) -> None:
        """Stop without storing (the window is closing); a store already under way completes."""
        if self.storing:
            return
        if self.steps is not None:
            self.steps.cancel()
        if self.view is not None and self.recorder is not None and self.steps is None:
            try:
                self.view.urlChanged.disconnect(self._url_changed)
                self.view.loadFinished.disconnect(self._load_finished)
            except (RuntimeError, TypeError):
                pass
        was_recording = self.recorder is not None
        self._discard()
        if was_recording:
            self.recordingChanged.emit(False)


class WindowRecorder(_Recorder):
    """Record *widget* as it looks on screen at *fps* frames per second (pushed frames)."""

    source = "window"

    def __init__(
        self,
        widget: QWidget,
        fps: int = 8,
        view: Any = None,
        store: CaseStore | None = None,
        case_id: str | None = None,
        category: str = "other",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, store, case_id, category, parent)
        if fps < MIN_FPS:
            raise ValueError(f"fps must be at least {MIN_FPS}")
        self.widget = widget
        self.fps = fps
        self.frame_size = QSize()
        self.frame_input: QVideoFrameInput | None = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._push_frame)
        self.frames_sent = 0
        self.frames_dropped = 0

    def _grab(self) -> QImage:
        return self.widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    def _attach_source(self, session: QMediaCaptureSession) -> None:
        first = self._grab()
        # Encoders want even dimensions; the size is fixed for the whole file.
        self.frame_size = QSize(max(2, first.width() // 2 * 2), max(2, first.height() // 2 * 2))
        # No format given up front: the input takes it from the first frame. Given one, Qt 6.11
        # refuses every frame (sendVideoFrame is false, readyToSendVideoFrame never comes); the
        # frame rate comes from the recorder and the frames' own time stamps.
        self.frame_input = QVideoFrameInput(self)
        session.setVideoFrameInput(self.frame_input)
        assert self.recorder is not None
        self.recorder.setVideoFrameRate(self.fps)
        self.recorder.setVideoResolution(self.frame_size)

    def _source_started(self) -> None:
        self._push_frame()
        self.timer.start(round(1000 / self.fps))

    def _source_stopping(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._push_frame()  # the last state of the window, at the moment Stop was pressed

    def _fit(self, image: QImage) -> QImage:
        """The frame at the recording's size (the window may have been resized meanwhile)."""
        if image.size() == self.frame_size:
            return image
        if image.width() >= self.frame_size.width() and (
            image.height() >= self.frame_size.height()
        ):
            same_scale = image.width() - self.frame_size.width() <= 1
            same_scale = same_scale and image.height() - self.frame_size.height() <= 1
            if same_scale:  # only the odd pixel trimmed
                return image.copy(0, 0, self.frame_size.width(), self.frame_size.height())
        canvas = QImage(self.frame_size, QImage.Format.Format_RGB32)
        canvas.fill(Qt.GlobalColor.black)
        scaled = image.scaled(
            self.frame_size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(canvas)
        painter.drawImage(
            (self.frame_size.width() - scaled.width()) // 2,
            (self.frame_size.height() - scaled.height()) // 2,
            scaled,
        )
        painter.end()
        return canvas

    def _push_frame(self) -> None:
        if self.frame_input is None:
            return
        frame = QVideoFrame(self._fit(self._grab()))
        # Real time stamps: a frame the timer delivered late is shown when it was taken.
        start_us = self.elapsed.nsecsElapsed() // 1000
        frame.setStartTime(start_us)
        frame.setEndTime(start_us + 1_000_000 // self.fps)
        if self.frame_input.sendVideoFrame(frame):
            self.frames_sent += 1
        else:  # the encoder is behind: skip this frame rather than block the GUI
            self.frames_dropped += 1

    def _source_details(self) -> dict[str, Any]:
        return {
            "width": self.frame_size.width(),
            "height": self.frame_size.height(),
            "frames_per_second": self.fps,
            "frames": self.frames_sent,
            "frames_dropped": self.frames_dropped,
            "widget": type(self.widget).__name__,
        }


class ScreenRecorder(_Recorder):
    """Record a whole screen through QScreenCapture (see ``screen_recording_supported``)."""

    source = "screen"

    def __init__(
        self,
        screen: Any = None,
        view: Any = None,
        store: CaseStore | None = None,
        case_id: str | None = None,
        category: str = "other",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, store, case_id, category, parent)
        self.screen = screen or QGuiApplication.primaryScreen()
        self.capture: QScreenCapture | None = None

    def _attach_source(self, session: QMediaCaptureSession) -> None:
        self.capture = QScreenCapture(self)
        self.capture.setScreen(self.screen)
        self.capture.errorOccurred.connect(lambda _e, message: self.errors.append(message))
        session.setScreenCapture(self.capture)
        # The recorder needs an active input when it starts, or it refuses ("no video input").
        self.capture.start()

    def _source_stopping(self) -> None:
        if self.capture is not None:
            self.capture.stop()

    def _source_details(self) -> dict[str, Any]:
        geometry = self.screen.geometry()
        return {
            "screen": self.screen.name(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "device_pixel_ratio": self.screen.devicePixelRatio(),
        }
