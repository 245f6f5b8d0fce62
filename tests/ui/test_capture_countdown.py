"""Capturing the screen waits for a visible countdown the owner can stop (Esc or Cancel), with our
windows out of the way meanwhile; the GUI thread never waits (the countdown runs on timer ticks).
The tests pass a short tick; the owner's countdown (3 s by default) is chosen in the Capture menu.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from evidence_app.core.settings import Settings

pytest.importorskip("evidence_app.capture.screen")

TICK_MS = 40
ROOT = Path(__file__).resolve().parents[2]


def _countdown(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.capture_countdown is not None, timeout=5_000)
    countdown = window.capture_countdown
    qtbot.waitExposed(countdown)
    return countdown


def test_the_capture_waits_for_the_countdown_with_the_app_hidden(qtbot: Any, window: Any) -> None:
    case = window.create_case("倒计时截屏")
    window.capture_screen(delay=3, tick_ms=TICK_MS)
    # capture_screen returned at once: nothing is taken yet, the GUI thread is free.
    assert window.store.list_items(case.id) == []
    countdown = _countdown(qtbot, window)
    assert not window.isVisible()  # our window is out of the way for the whole countdown
    assert countdown.number.text() == "3"
    seen: list[int] = []
    others: list[str] = []  # other work the event loop does meanwhile
    countdown.tick.connect(seen.append)
    QTimer.singleShot(0, lambda: others.append("ran"))
    with qtbot.waitSignal(countdown.tick, timeout=5_000):
        pass
    assert others == ["ran"]  # the loop runs during the countdown: nothing blocks it
    assert window.store.list_items(case.id) == []  # still waiting
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        pass
    assert seen == [2, 1]  # 3 shown at the start, then 2, 1, then the shot
    [item] = window.store.list_items(case.id)
    provenance = json.loads(
        window.store.blob_path(
            next(f for f in item.files if f.role == "provenance").sha256
        ).read_bytes()
    )
    assert provenance["own_windows_hidden"] >= 1  # the main window was out of the shot
    assert window.isVisible()  # and is back
    qtbot.waitUntil(lambda: window.capture_countdown is None, timeout=5_000)  # gone, not leaked


@pytest.mark.parametrize("kind", ["screen", "window", "region"])
@pytest.mark.parametrize("how", ["escape", "cancel_button"])
def test_escape_or_cancel_stops_it_and_stores_nothing(
    qtbot: Any, window: Any, how: str, kind: str
) -> None:
    """The countdown before a screen, a window or a region: stopped, no shot and no picker come."""
    case = window.create_case("取消截屏")
    before = len(window.store.events(case.id))
    getattr(window, f"capture_{kind}")(delay=10, tick_ms=TICK_MS)
    countdown = _countdown(qtbot, window)
    timer = countdown.timer
    with qtbot.waitSignal(countdown.cancelled, timeout=5_000):
        if how == "escape":
            qtbot.keyClick(countdown, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(countdown.cancel_button, Qt.MouseButton.LeftButton)
    assert not timer.isActive()  # no shot or picker is coming
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.capture_countdown is None, timeout=5_000)
    assert window.region_picker is None
    assert window.store.list_items(case.id) == []
    assert len(window.store.events(case.id)) == before  # not even a custody event
    assert window.statusBar().currentMessage() == "Capture cancelled; nothing was stored."


def test_the_countdown_is_chosen_in_the_capture_menu_and_kept(
    qtbot: Any, window: Any, data_dir: Path
) -> None:
    window.create_case("t")
    assert window.settings.screen_capture_delay == 3  # the default
    menu = window.findChild(type(window.menu_capture), "captureDelayMenu")
    assert menu is not None and menu.menuAction() in window.menu_capture.actions()
    choices = {a.data(): a for a in menu.actions()}
    assert sorted(choices) == [0, 3, 5, 10] and choices[3].isChecked()
    choices[5].trigger()
    assert window.settings.screen_capture_delay == 5
    assert Settings.load(data_dir).screen_capture_delay == 5
    choices[0].trigger()  # no countdown: the shot is taken as before
    assert Settings.load(data_dir).screen_capture_delay == 0
    assert [a.data() for a in menu.actions() if a.isChecked()] == [0]
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    try:
        switcher.apply("zh_CN")
        qtbot.waitUntil(lambda: menu.title() == "截取屏幕、窗口或区域前的倒计时", timeout=5_000)
        assert [a.text() for a in menu.actions()] == ["不倒计时，立即截取", "3 秒", "5 秒", "10 秒"]
    finally:
        switcher.apply("en")


def test_a_nonsense_delay_in_the_settings_file_falls_back_to_three(data_dir: Path) -> None:
    Settings(screen_capture_delay=5).save(data_dir)
    raw = json.loads((data_dir / "settings.json").read_text("utf-8"))
    for bad in (7, "5", -1, True):
        raw["screen_capture_delay"] = bad
        (data_dir / "settings.json").write_text(json.dumps(raw), "utf-8")
        assert Settings.load(data_dir).screen_capture_delay == 3


@pytest.mark.parametrize("kind", ["screen", "region", "region-countdown", "window"])
def test_the_app_outlives_its_hidden_windows_in_a_real_event_loop(
    tmp_path: Path, kind: str
) -> None:
    """In ``app.exec()`` Qt quits when the last visible window closes: the countdown box and the
    region picker close while our windows are hidden (for a region or a window, one after the
    other), and the app must go on to store the shot."""
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.capture_exec_probe", str(data), kind],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 7, "items": 1, "visible": True}, (result, done.stderr[-2000:])


def test_the_settings_dialog_offers_the_same_countdown(qtbot: Any, data_dir: Path) -> None:
    from evidence_app.ui.dialogs import SettingsDialog
    from evidence_app.ui.tasks import TaskRunner

    runner = TaskRunner()
    dialog = SettingsDialog(data_dir, Settings(screen_capture_delay=10), runner=runner)
    qtbot.addWidget(dialog)
    box = dialog.capture_delay
    assert [box.itemData(i) for i in range(box.count())] == [0, 3, 5, 10]
    assert box.currentData() == 10  # the saved choice
    box.setCurrentIndex(box.findData(0))
    dialog.retranslateUi()  # a language switch keeps the choice
    assert box.currentData() == 0
    dialog.accept()
    assert Settings.load(data_dir).screen_capture_delay == 0
    runner.shutdown(10_000)
