"""The session recorder's choices on this platform (the full recording runs in tests/ui/test_browser.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_video_format_is_mp4_with_an_encodable_codec(qapp: Any) -> None:
    from PySide6.QtMultimedia import QMediaFormat

    from evidence_app.capture.recorder import choose_video_format

    chosen = choose_video_format()
    assert chosen.fileFormat() == QMediaFormat.FileFormat.MPEG4
    encodable = QMediaFormat(QMediaFormat.FileFormat.MPEG4).supportedVideoCodecs(
        QMediaFormat.ConversionMode.Encode
    )
    assert chosen.videoCodec() in encodable
    assert chosen.videoCodec() != QMediaFormat.VideoCodec.Unspecified


def test_whole_screen_recording_is_not_offered_offscreen(qapp: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    from evidence_app.capture.recorder import screen_recording_supported

    assert QGuiApplication.platformName() == "offscreen"
    assert screen_recording_supported() is False  # the pixels would all be blank


def test_too_few_frames_per_second_is_refused(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from evidence_app.capture.recorder import WindowRecorder

    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="at least 5"):
        WindowRecorder(label, fps=2)


def test_a_widget_recording_without_a_store_gives_its_files(qtbot: Any) -> None:
    """Stop before a second has passed: the file is finished and the log has start and stop."""
    import json

    from PySide6.QtWidgets import QLabel

    from evidence_app.capture.recorder import WindowRecorder

    label = QLabel("recording")
    label.resize(161, 99)  # odd sizes: frames are trimmed to even ones for the encoder
    qtbot.addWidget(label)
    label.show()
    recorder = WindowRecorder(label, fps=10)
    recorder.start()
    qtbot.waitUntil(lambda: recorder.frames_sent >= 5, timeout=5000)
    with qtbot.waitSignal(recorder.stored, timeout=30_000) as done:
        recorder.stop()
    recording = done.args[0]
    try:
        assert [f.role for f in recording.files] == ["video", "navigation_log"]
        video = Path(recording.files[0].path)
        assert video.read_bytes()[4:8] == b"ftyp"  # an ISO media (MP4) file
        log = json.loads(Path(recording.files[1].path).read_text("utf-8"))
        assert [e["event"] for e in log["events"]] == ["recording_started", "recording_stopped"]
        assert log["video"]["width"] == 160 and log["video"]["height"] == 98
        assert log["urls_visited"] == [] and recording.fields == {}
    finally:
        recording.cleanup()
    recorder.deleteLater()
