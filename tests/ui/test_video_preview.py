"""The item preview plays a real recording: play, pause, position, duration, and it lets go of the
file when another item (or none) is shown; a damaged video gives a sentence, not a black box.

The MP4 is made by the app's own ``WindowRecorder`` (QtMultimedia's FFmpeg), so no ffmpeg tool is
needed, and it is stored the way the app stores a recording (a ``video`` and a ``navigation_log``).
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel

from evidence_app.core.store import NewFile
from tests.ui.conftest import png_bytes

FPS = 10
SECONDS = 3
SIZE = QSize(320, 240)
COLOURS = ("#e02020", "#20c020", "#2040e0", "#f0f0f0")  # one per frame, in turn
UNPLAYABLE = (
    "This video cannot be played on this computer: the file is damaged or in a format that "
    "cannot be decoded here. The stored file is kept unchanged."
)
FD_DIR = Path("/proc/self/fd")


def held_open(path: Path) -> bool:
    """Whether this process has *path* open (Linux; elsewhere only the player's source is checked)."""
    if not FD_DIR.is_dir():
        return False
    target = os.path.realpath(path)
    for fd in FD_DIR.iterdir():
        try:
            if os.readlink(fd) == target:
                return True
        except OSError:  # closed meanwhile
            continue
    return False


def record_label(qtbot: Any, store: Any, case_id: str) -> Any:
    """Record a 320×240 label whose colour changes every frame for SECONDS; the stored Item."""
    from evidence_app.capture.recorder import WindowRecorder

    label = QLabel()
    label.resize(SIZE)
    qtbot.addWidget(label)
    label.show()
    recorder = WindowRecorder(label, fps=FPS, store=store, case_id=case_id)

    def next_frame() -> None:  # after each grab: the next frame differs from this one
        colour = COLOURS[recorder.frames_sent % len(COLOURS)]
        label.setStyleSheet(f"background: {colour}")

    next_frame()
    recorder.timer.timeout.connect(next_frame)
    recorder.start()
    qtbot.waitUntil(lambda: recorder.frames_sent >= FPS * SECONDS, timeout=SECONDS * 1000 + 10_000)
    with qtbot.waitSignal(recorder.stored, timeout=60_000) as done:
        recorder.stop()
    assert not recorder.errors
    recorder.deleteLater()
    return done.args[0]


def recorded_seconds(store: Any, item: Any) -> float:
    """How long the recorder ran, from the stored navigation log."""
    (nav,) = [f for f in item.files if f.role == "navigation_log"]
    log = json.loads(store.blob_path(nav.sha256).read_text("utf-8"))
    (stopped,) = [e for e in log["events"] if e["event"] == "recording_stopped"]
    return float(stopped["seconds_into_video"])


def visible_sentences(view: Any) -> list[str]:
    """The sentences shown (the seek bar's clock, "0:01 / 0:03", is no sentence)."""
    return [
        label.text()
        for label in view.findChildren(QLabel)
        if label.isVisible() and label.text() and label.objectName() != "videoTime"
    ]


def test_a_recording_plays_pauses_and_is_let_go_of(qtbot: Any, window: Any) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    store = window.store
    case = window.create_case("录屏回放")
    recording = record_label(qtbot, store, case.id)
    (video_file,) = [f for f in recording.files if f.role == "video"]
    video_path = store.blob_path(video_file.sha256)
    shot = store.add_item(case.id, "post", {}, [NewFile("window", "w.png", data=png_bytes())])
    # A recording cut short (the app or the PC died while writing): the MP4 index is missing.
    whole = video_path.read_bytes()
    cut = store.add_item(
        case.id, "other", {}, [NewFile("video", "cut.mp4", data=whole[: len(whole) // 2])]
    )
    assert cut.files[0].mime == "video/mp4"
    window.reload_case()

    panel = window.item_panel
    view = panel.video
    window.select_item(recording.id)
    assert panel.item.id == recording.id
    assert panel.tabs.currentWidget() is panel.preview
    assert panel.preview.currentWidget() is view
    player = view.player
    assert player is not None and player.source().toLocalFile() == str(video_path)
    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: player.mediaStatus() in loaded, timeout=10_000)
    assert player.error() == QMediaPlayer.Error.NoError
    assert view.play.isEnabled() and view.video.isVisible() and visible_sentences(view) == []

    seconds = recorded_seconds(store, recording)
    assert seconds > SECONDS - 0.5
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=10_000)
    assert abs(player.duration() / 1000 - seconds) < 0.5, (player.duration(), seconds)

    frames: list[Any] = []
    view.video.videoSink().videoFrameChanged.connect(
        lambda frame: frames.append(frame.toImage()) if frame.isValid() else None
    )

    # Play: the player plays, time moves on, and real decoded frames of the recording are shown.
    playing = QMediaPlayer.PlaybackState.PlayingState
    with qtbot.waitSignal(player.playbackStateChanged, timeout=5000):
        qtbot.mouseClick(view.play, Qt.MouseButton.LeftButton)
    assert player.playbackState() == playing
    qtbot.waitUntil(lambda: player.position() >= 800, timeout=10_000)
    assert player.position() <= player.duration()
    if FD_DIR.is_dir():
        assert held_open(video_path)  # the check below can fail: the file is open while it plays
    qtbot.waitUntil(lambda: len(frames) >= 4, timeout=5000)
    assert {image.size().toTuple() for image in frames} == {SIZE.toTuple()}
    seen = {image.pixelColor(SIZE.width() // 2, SIZE.height() // 2).name() for image in frames}
    assert len(seen) >= 2, seen  # the picture changes: these are the recorded frames

    # Pause: the state says so and the position stands still; play again resumes from there.
    paused = QMediaPlayer.PlaybackState.PausedState
    with qtbot.waitSignal(player.playbackStateChanged, timeout=5000):
        qtbot.mouseClick(view.play, Qt.MouseButton.LeftButton)
    assert player.playbackState() == paused
    at = player.position()
    assert 0 < at < player.duration()
    with qtbot.assertNotEmitted(player.positionChanged, wait=600):
        pass
    assert player.position() == at
    # The seek bar shows where it is and how long the recording is; dragging it moves there.
    assert view.seek.maximum() == player.duration() and view.seek.value() == at
    assert (
        view.time.text() == f"{at // 60000}:{at // 1000 % 60:02d} / 0:0{player.duration() // 1000}"
    )
    target = player.duration() // 2
    view.seek.setSliderDown(True)
    view.seek.setSliderPosition(target)  # as a drag does: sliderMoved
    view.seek.setSliderDown(False)
    qtbot.waitUntil(lambda: abs(player.position() - target) < 100, timeout=5000)
    assert view.time.text().startswith(f"0:0{target // 1000} / ")
    view.seek.triggerAction(view.seek.SliderAction.SliderToMinimum)  # a key press (Home)
    qtbot.waitUntil(lambda: player.position() < 100, timeout=5000)
    view.seek.setSliderDown(True)
    view.seek.setSliderPosition(at)
    view.seek.setSliderDown(False)
    qtbot.waitUntil(lambda: abs(player.position() - at) < 100, timeout=5000)
    at = player.position()
    resumed: list[int] = []
    player.positionChanged.connect(resumed.append)
    with qtbot.waitSignal(player.playbackStateChanged, timeout=5000):
        qtbot.mouseClick(view.play, Qt.MouseButton.LeftButton)
    assert player.playbackState() == playing
    qtbot.waitUntil(lambda: player.position() >= at + 300, timeout=5000)
    player.positionChanged.disconnect(resumed.append)
    assert min(resumed) >= at, (at, resumed)  # from where it paused, not from the start

    def let_go() -> None:
        assert player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        assert player.source().isEmpty()
        assert player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia
        qtbot.waitUntil(lambda: not held_open(video_path), timeout=5000)

    # Another item: playback stops and the file is closed (Windows could not move or delete it).
    window.select_item(shot.id)
    assert panel.item.id == shot.id and panel.preview.currentWidget() is panel.image
    let_go()

    # The cut recording: a sentence in the panel, no Play button to press, no error dialog.
    window.select_item(cut.id)
    assert panel.preview.currentWidget() is view
    qtbot.waitUntil(lambda: UNPLAYABLE in visible_sentences(view), timeout=10_000)
    assert not view.play.isEnabled() and not view.video.isVisible()
    assert window.presenter.shown == [] and window.presenter.crash_logs == []

    # Back to the recording: the sentence goes, it plays again; then no item: stopped, let go.
    window.select_item(recording.id)
    assert UNPLAYABLE not in visible_sentences(view)
    assert view.video.isVisible() and view.play.isEnabled()
    with qtbot.waitSignal(player.playbackStateChanged, timeout=5000):
        qtbot.mouseClick(view.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.position() >= 300, timeout=10_000)
    window.table.clearSelection()
    assert panel.item is None and panel.preview.currentWidget() is panel.no_preview
    let_go()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_damaged_video_is_a_sentence_in_the_panel(qtbot: Any, window: Any, lang: str) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    from evidence_app.ui.language import LanguageSwitcher

    store = window.store
    case = window.create_case("t")
    junk = random.Random(7).randbytes(64 * 1024)
    item = store.add_item(case.id, "other", {}, [NewFile("video", "x.mp4", data=junk)])
    window.reload_case()
    switcher = LanguageSwitcher()
    try:
        switcher.apply(lang)
        expected = QCoreApplication.translate("VideoView", UNPLAYABLE)
        if lang != "en":
            assert expected != UNPLAYABLE  # the sentence has a translation
        window.select_item(item.id)
        view = window.item_panel.video
        assert window.item_panel.preview.currentWidget() is view
        qtbot.waitUntil(lambda: expected in visible_sentences(view), timeout=10_000)
        assert view.player.mediaStatus() == QMediaPlayer.MediaStatus.InvalidMedia
        assert view.play.text() == QCoreApplication.translate("VideoView", "Play / pause")
        assert not view.play.isEnabled() and not view.video.isVisible()
        view.toggle()  # even called directly, nothing starts
        assert view.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        assert window.presenter.shown == [] and window.presenter.crash_logs == []
    finally:
        switcher.apply("en")
    # The language switched back while the item is shown: the sentence follows it.
    qtbot.waitUntil(lambda: UNPLAYABLE in visible_sentences(view), timeout=10_000)
    assert view.play.text() == "Play / pause"
    window.item_panel.show_item(None)
    assert view.player.source().isEmpty()
