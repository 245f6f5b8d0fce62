"""The item's recording: a video with play/pause and a seek bar showing where it is and how long."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

log = logging.getLogger("evidence_app.ui.item")


def clock(ms: int) -> str:
    """``83000`` → ``1:23``; an hour or more → ``1:02:03``."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class VideoView(QWidget):
    """A recording with play/pause and a seek bar (drag or click it; the time shows where it is and
    how long the recording is); QtMultimedia is loaded only when a video is first shown.

    A file the player cannot open (damaged, cut short, a codec this computer lacks) gives a
    sentence in place of the picture; ``release()`` stops and closes the file (another item shown).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: Any = None
        self.video: Any = None
        self.path: Path | None = None
        self.failed = False
        self.layout_ = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("videoMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.hide()
        self.play = QPushButton()
        self.play.setObjectName("playPause")
        self.play.clicked.connect(self.toggle)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setObjectName("videoSeek")
        self.seek.setRange(0, 0)
        self.seek.setSingleStep(1000)  # the arrow keys move a second
        self.seek.setPageStep(10000)
        self.seek.sliderMoved.connect(self.set_position)
        self.seek.actionTriggered.connect(self._seek_action)
        self.time = QLabel("0:00 / 0:00")
        self.time.setObjectName("videoTime")
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.play)
        controls.addWidget(self.seek, 1)
        controls.addWidget(self.time)
        self.layout_.addWidget(self.message, 1)
        self.layout_.addLayout(controls)
        self.retranslateUi()

    def set_video(self, path: Path) -> None:
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget(self)
            self.layout_.insertWidget(0, self.video, 1)
            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.player.setVideoOutput(self.video)
            self.player.errorOccurred.connect(self._error)
            self.player.mediaStatusChanged.connect(self._status)
            self.player.durationChanged.connect(self._duration)
            self.player.positionChanged.connect(self._position)
        self.release()
        self._set_failed(False)
        self.path = path
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def toggle(self) -> None:
        if self.player is None or self.failed or self.path is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def set_position(self, ms: int) -> None:
        """Go to *ms* milliseconds into the recording (the seek bar, dragged or clicked)."""
        if self.player is not None and self.path is not None:
            self.player.setPosition(max(0, ms))

    def _seek_action(self, _action: int) -> None:
        # A click beside the handle or an arrow key: Qt moves the handle, the player follows.
        if not self.seek.isSliderDown():
            self.set_position(self.seek.sliderPosition())

    def _duration(self, ms: int) -> None:
        self.seek.setRange(0, max(0, ms))
        self._show_time()

    def _position(self, ms: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.blockSignals(True)
            self.seek.setValue(ms)
            self.seek.blockSignals(False)
        self._show_time()

    def _show_time(self) -> None:
        position = self.player.position() if self.player is not None else 0
        text = f"{clock(position)} / {clock(self.seek.maximum())}"
        if self.time.text() != text:
            self.time.setText(text)

    def release(self) -> None:
        """Stop and let go of the file (a stopped player still holds it open)."""
        self.path = None
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        self.seek.setRange(0, 0)
        self.time.setText("0:00 / 0:00")

    def _error(self, _error: object, message: str) -> None:
        if self.path is not None:
            log.warning("cannot play %s: %s", self.path, message)
            self._set_failed(True)

    def _status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.InvalidMedia and self.path is not None:
            self._set_failed(True)

    def _set_failed(self, failed: bool) -> None:
        self.failed = failed
        self.message.setVisible(failed)
        if self.video is not None:
            self.video.setVisible(not failed)
        self.play.setEnabled(not failed)
        self.seek.setEnabled(not failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.play.setText(self.tr("Play / pause"))
        self.seek.setToolTip(self.tr("Drag to move through the recording"))
        self.message.setText(
            self.tr(
                "This video cannot be played on this computer: the file is damaged or in a "
                "format that cannot be decoded here. The stored file is kept unchanged."
            )
        )
