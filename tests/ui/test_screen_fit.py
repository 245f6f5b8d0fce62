"""The app fits the owner's laptop: on a 1366×768 and a 1280×720 screen the main window and every
dialog lie wholly on the available area, and the item form's Save button is on screen. Each size
runs in its own process (the offscreen platform's virtual screen is fixed per process); the
geometry helpers are also checked directly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize

from evidence_app.ui.geometry import clamp_rect

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, width: int, height: int, lang: str) -> dict[str, Any]:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    data = tmp_path / "data"
    data.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "PROBE_LANG": lang,
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_fit_probe", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(("width", "height", "lang"), [(1366, 768, "zh_CN"), (1280, 720, "en")])
def test_every_window_and_dialog_fits_the_laptop(
    tmp_path: Path, width: int, height: int, lang: str
) -> None:
    result = probe(tmp_path, width, height, lang)
    area = QRect(*result["area"])
    assert area.size() == QSize(width, height)
    windows = result["windows"]
    settings_sections = windows.pop("settings_sections")
    table = windows.pop("evidence_table")
    assert {"main", "save_button", "wizard", "export", "settings", "passphrase_new"} <= set(windows)
    off = {name: w["frame"] for name, w in windows.items() if not area.contains(QRect(*w["frame"]))}
    assert off == {}, f"off the {width}×{height} screen: {off}"
    assert windows["save_button"]["visible"]
    # The evidence table beside the open item panel: no sideways scrolling, every header whole.
    assert table["panel_width"] > 0 and table["scroll_max"] == 0, table
    cut = [h for h in table["headers"] if h[1] < h[2]]
    assert cut == [], f"headers cut at {width}×{height} ({lang}): {cut}"
    # Settings (with a signing key): every section at its natural height on its tab, none
    # squeezed below what it needs (the pages scroll instead).
    sections = settings_sections
    assert {"time_services", "trusted_roots", "key_group", "tsa_help"} <= set(sections)
    squeezed = {n: s for n, s in sections.items() if s[0] < max(s[1], s[2])}
    assert squeezed == {}, f"settings sections squeezed at {width}×{height} ({lang}): {squeezed}"
    # The main window uses the room there is (it prefers 1400×860), not a small corner of it.
    main = QRect(*windows["main"]["frame"])
    assert main.width() >= width - 10 and main.height() >= height - 10
    # A dialog that fits keeps its place over the window (keeping it on screen does not move it
    # into a corner).
    wizard = QRect(*windows["wizard"]["frame"])
    offset = wizard.center() - main.center()
    assert abs(offset.x()) <= 20 and abs(offset.y()) <= 20, (wizard, main)


def test_a_remembered_place_is_clamped_to_a_smaller_screen() -> None:
    area = QRect(0, 0, 1280, 720)
    # Last time on a big monitor, far to the right and larger than this screen.
    assert clamp_rect(QRect(1900, 300, 1600, 1000), area) == QRect(0, 0, 1280, 720)
    # A window manager's title bar (40 px) and borders (12 px) are kept on the screen too.
    inside = clamp_rect(QRect(-50, -50, 800, 600), area, QSize(12, 40))
    assert inside == QRect(6, 34, 800, 600)
    # What fits stays where it was.
    assert clamp_rect(QRect(100, 80, 800, 600), area, QSize(12, 40)) == QRect(100, 80, 800, 600)


def test_the_main_window_comes_back_where_it_was(qtbot: Any, app_window: Any) -> None:
    first = app_window()
    first.setGeometry(QRect(40, 30, 700, 500))  # the test screen is 800×800
    first.close()
    second = app_window(show=False)
    assert second.geometry() == QRect(40, 30, 700, 500)
    assert second.settings.window_geometry["main"][:4] == [40, 30, 700, 500]
