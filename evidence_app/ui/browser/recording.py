"""The browser's recording of the visit (the way to a post): start, stop, store, and while it
runs a red dot with the time recorded so far.

A recording is stored under the category ``other`` (the categories are a contract) and is named
"recording of the visit" wherever items are listed (``core.evidence_names``)."""

from __future__ import annotations

import logging
from typing import Any

from evidence_app.ui.browser.state import BrowserState

log = logging.getLogger("evidence_app.ui.browser")


class RecordingMixin(BrowserState):
    """Part of ``BrowserWidget`` (mixed in); uses its view, page, store and status line."""

    close_when_stored = False  # the window was closed while recording: it closes once stored

    # -- recording ---------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        if self.recorder is None:
            self.start_recording()
        else:
            self.stop_recording()

    def _record_screen_clicked(self) -> None:
        if self.recorder is None:
            self.start_recording(screen=True)
        else:
            self.stop_recording()

    def start_recording(self, screen: bool = False) -> None:
        """Record this window (address bar and clock included), or the whole screen, and every
        address visited in this browser."""
        from evidence_app.capture.recorder import ScreenRecorder, WindowRecorder

        if self.recorder is not None or self.busy or self._is_preview():
            return
        recorder: Any
        if screen:
            recorder = ScreenRecorder(
                self.screen(), view=self.view, store=self.store, case_id=self.case_id, parent=self
            )
        else:
            recorder = WindowRecorder(
                self, view=self.view, store=self.store, case_id=self.case_id, parent=self
            )
        try:
            recorder.start()
        except BaseException as error:
            recorder.deleteLater()
            self._report(error)
            return
        recorder.stored.connect(self._recording_stored)
        recorder.failed.connect(self._recording_failed)
        self.recorder = recorder
        self._set_status(
            self.tr(
                "Recording the visit… go to the post the way you normally would, then press "
                "“Stop recording”."
            )
        )
        self._update_actions()

    def stop_recording(self) -> None:
        """Finish the video and store it with its navigation log as one item."""
        if self.recorder is None or self.recorder.steps is not None:
            return
        self._set_busy(True)
        self._set_status(self.tr("Finishing the recording…"))
        self.recorder.stop()

    def finish_recording_before_closing(self) -> bool:
        """Closing the window (or quitting) while recording: the recording is stopped and stored
        as evidence like "Stop recording" does, and the window closes once it is stored. True
        while the window must wait for that; a failure keeps the window open with the reason."""
        if self.closed or self.recorder is None:
            return False
        self.close_when_stored = True
        self.stop_recording()
        self._set_status(
            self.tr("Storing the recording as evidence; the window closes when it is stored…")
        )
        return True

    def _recording_stored(self, item: Any) -> None:
        self._forget_recorder()
        self._set_busy(False)
        self._stored(item, self.tr("recording of the visit"))
        if self.close_when_stored:
            self.close_when_stored = False
            self.close()

    def _recording_failed(self, error: BaseException) -> None:
        self.close_when_stored = False  # the owner reads why before closing again
        self._forget_recorder()
        self._set_busy(False)
        self._report(error)

    def recording_seconds(self) -> int:
        """How long the current recording has run (0 when nothing is recorded)."""
        recorder = self.recorder
        if recorder is None or not recorder.elapsed.isValid():
            return 0
        return int(recorder.elapsed.elapsed() // 1000)

    def _update_recording_indicator(self) -> None:
        """The red dot and running timer (updated with the clock, once a second)."""
        recording = self.recorder is not None and self.recorder.steps is None
        indicator = self.recording_indicator
        if recording:
            minutes, seconds = divmod(self.recording_seconds(), 60)
            indicator.setText(
                self.tr("● Recording {time}").format(time=f"{minutes:02d}:{seconds:02d}")
            )
        indicator.setVisible(recording)

    def _forget_recorder(self) -> None:
        if self.recorder is not None:
            self.recorder.deleteLater()
        self.recorder = None
        self._update_actions()
