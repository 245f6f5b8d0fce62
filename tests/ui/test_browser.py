"""The built-in browser against the local test site: capture, region, download, recording, file://."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QPoint, Qt

from tests.fixtures.web_server import DOWNLOAD_BYTES, DOWNLOAD_NAME, WebSite

pytestmark = pytest.mark.slow

LOAD_MS = 15_000
STORE_MS = 60_000


@pytest.fixture(scope="module")
def env(qapp: Any, web_site: WebSite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One browser window for the module (starting Chromium is the expensive part)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from evidence_app.core.model import Operator
    from evidence_app.core.store import CaseStore
    from evidence_app.ui.browser import BrowserWidget

    store = CaseStore(tmp_path_factory.mktemp("browser-data"), Operator("车主", "owner"))
    case = store.create_case("Browser tests")
    browser = BrowserWidget(store, case.id, extra_ca=[web_site.ca_pem])
    browser.resize(1000, 700)
    browser.show()

    class Env:
        pass

    e = Env()
    e.store, e.case, e.browser = store, case, browser
    yield e
    browser.close()
    browser.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    store.close()


def open_page(qtbot: Any, env: Any, url: str) -> None:
    with qtbot.waitSignal(env.browser.view.loadFinished, timeout=LOAD_MS) as blocker:
        env.browser.load(url)
    assert blocker.args == [True]
    qtbot.waitUntil(
        env.browser.shows_current_page, timeout=LOAD_MS
    )  # on screen, as the owner sees it


def item_of(env: Any, item_id: str) -> Any:
    return env.store.get_item(env.case.id, item_id)


def blob(env: Any, item: Any, role: str) -> Path:
    return Path(env.store.blob_path(item.files_with_role(role)[0].sha256))


def test_capture_page_stores_every_role_and_the_window_with_address_and_clock(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    browser = env.browser
    long_url = f"{web_site.http}/page/long?q=" + "车主维权" * 5 + "&x=" + "a" * 300
    open_page(qtbot, env, long_url)
    expected = browser.page.url().toString()
    assert "a" * 300 in expected
    assert browser.address.text() == expected  # the whole address, not an elided one
    assert browser.address.toolTip() == expected
    assert not browser.record_screen_button.isVisible()  # offscreen: no real screen to record
    # Too wide for the field: the window also shows it whole, wrapped, for the window capture.
    assert browser.full_address.isVisible()
    assert browser.full_address.text().replace("\n", "") == expected
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S* ?\(UTC[+-]\d\d:\d\d\)", browser.clock.text()
    )

    busy: list[bool] = []
    browser.busyChanged.connect(busy.append)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        qtbot.mouseClick(browser.capture_page_button, Qt.MouseButton.LeftButton)
    browser.busyChanged.disconnect(busy.append)
    assert busy == [True, False]
    item = item_of(env, captured.args[0])
    assert sorted(f.role for f in item.files) == [
        "full_page",
        "html",
        "mhtml",
        "provenance",
        "visible",
        "window",
    ]
    assert item.fields["final_url"] == expected
    assert item.fields["page_title"] == "Page long"
    provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
    assert provenance["source"] == "browser"
    assert provenance["http_status"] == 200

    with Image.open(blob(env, item, "window")) as window:
        window_rgb = window.convert("RGB")
    ratio = browser.devicePixelRatioF()
    assert window_rgb.size == (round(browser.width() * ratio), round(browser.height() * ratio))
    assert max(ImageStat.Stat(window_rgb).stddev) > 10  # drawn, not a blank or flat image
    # The page itself is in the window shot, exactly where the view sits.
    with Image.open(blob(env, item, "visible")) as visible:
        visible_rgb = visible.convert("RGB")
    view = browser.view.geometry()
    in_window = window_rgb.crop((view.x(), view.y(), view.x() + view.width(), view.bottom() + 1))
    assert in_window.size == visible_rgb.size
    assert ImageChops.difference(in_window, visible_rgb).getbbox() is None

    # The stored MHTML (a blob named by its hash) opens again for a read-only look.
    with qtbot.waitSignal(browser.view.loadFinished, timeout=LOAD_MS) as loaded:
        browser.open_file(blob(env, item, "mhtml"))
    assert loaded.args == [True]
    assert browser.page.title() == "Page long"
    assert not browser.capture_page_button.isEnabled()


def test_capture_region_stores_the_chosen_rectangle(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/tall")
    browser.choose_region()
    selector = browser.selector
    assert selector.isVisible()
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(20, 30))
        qtbot.mouseMove(selector, QPoint(120, 90))
        qtbot.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QPoint(220, 130))
    item = item_of(env, captured.args[0])
    assert {f.role for f in item.files} == {"visible", "window", "provenance"}
    with Image.open(blob(env, item, "visible")) as region:
        assert region.size == (200, 100)
        # The tall page's first stripe fills that part of the page.
        from tests.fixtures.web_server import stripe_colour

        assert region.convert("RGB").getpixel((100, 50)) == stripe_colour(0)
    provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
    region_info = provenance["region"]
    assert (region_info["x"], region_info["y"]) == (20, 30)
    assert (region_info["width"], region_info["height"]) == (200, 100)
    assert provenance["url"] == f"{web_site.http}/tall"


def test_region_selection_can_be_cancelled(qtbot: Any, env: Any) -> None:
    browser = env.browser
    before = len(env.store.list_items(env.case.id))
    browser.choose_region()
    with qtbot.waitSignal(browser.selector.cancelled, timeout=2000):
        qtbot.keyClick(browser.selector, Qt.Key.Key_Escape)
    assert not browser.selector.isVisible()
    assert len(env.store.list_items(env.case.id)) == before


def test_download_becomes_an_original_file(qtbot: Any, env: Any, web_site: WebSite) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/download")
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        browser.page.runJavaScript("document.getElementById('download').click()")
    item = item_of(env, captured.args[0])
    assert item.category == "other"
    [original] = item.files_with_role("original")
    assert original.name == DOWNLOAD_NAME
    assert original.sha256 == hashlib.sha256(DOWNLOAD_BYTES).hexdigest()
    assert blob(env, item, "original").read_bytes() == DOWNLOAD_BYTES
    url = f"{web_site.http}/files/{DOWNLOAD_NAME}"
    assert item.fields["url"] == url and item.fields["platform"] == "127.0.0.1"
    provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
    assert provenance["mime_type"] == "application/pdf"
    assert provenance["page_url"] == f"{web_site.http}/download"
    assert provenance["download_finished"]["utc"]


def test_pages_cannot_open_local_files_but_the_app_can_preview_one(
    qtbot: Any, env: Any, web_site: WebSite, tmp_path: Path
) -> None:
    browser = env.browser
    secret = tmp_path / "secret.html"
    secret.write_text("<title>Secret</title><p>owner's own file</p>", "utf-8")
    page_url = f"{web_site.http}/landing"
    open_page(qtbot, env, f"{web_site.http}/redirect/2")
    assert browser.page.url().toString() == page_url
    assert browser.requested_url == f"{web_site.http}/redirect/2"
    assert browser.redirects == [f"{web_site.http}/redirect/1", page_url]
    file_url = secret.as_uri()
    # A page script going to a local file: Chromium refuses it and says so.
    with qtbot.waitSignal(
        browser.page.consoleMessage,
        timeout=LOAD_MS,
        check_params_cb=lambda message: "Not allowed to load local resource" in message,
    ):
        browser.page.runJavaScript(f"location.href = {json.dumps(file_url)}")
    with qtbot.waitCallback(timeout=LOAD_MS) as location:
        browser.page.runJavaScript("location.href", 0, location)
    location.assert_called_with(page_url)
    # A file address reaching the page by another way is refused by the page itself.
    with qtbot.waitSignal(browser.view.loadFinished, timeout=LOAD_MS) as refused:
        browser.page.load(secret.as_uri())
    assert refused.args == [False]
    assert browser.page.title() != "Secret"

    # Typing a file address is refused as well.
    with qtbot.waitSignal(browser.failed, timeout=2000):
        browser.load(file_url)
    assert browser.page.url().toString() == page_url

    # The app may show the one stored page it chose, read-only.
    with qtbot.waitSignal(browser.view.loadFinished, timeout=LOAD_MS) as loaded:
        browser.open_file(secret)
    assert loaded.args == [True]
    assert browser.page.title() == "Secret"
    assert not browser.capture_page_button.isEnabled()
    assert not browser.record_button.isEnabled()
    open_page(qtbot, env, page_url)
    assert browser.capture_page_button.isEnabled()


def count_video_frames(qtbot: Any, path: Path) -> tuple[int, int]:
    """Decode *path* with Qt's FFmpeg player: (frames delivered, duration in ms)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    frames: list[int] = []
    sink.videoFrameChanged.connect(lambda frame: frames.append(1) if frame.isValid() else None)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.setPlaybackRate(4.0)
    try:
        with qtbot.waitSignal(
            player.mediaStatusChanged,
            timeout=30_000,
            check_params_cb=lambda status: (
                status
                in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
            ),
        ) as ended:
            player.play()
        assert ended.args == [QMediaPlayer.MediaStatus.EndOfMedia], player.errorString()
        return len(frames), player.duration()
    finally:
        player.stop()
        player.setVideoSink(None)
        player.deleteLater()
        sink.deleteLater()


def test_recording_stores_a_playable_video_and_the_navigation_log(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    browser = env.browser
    first, second = f"{web_site.http}/page/one", f"{web_site.http}/page/two"
    open_page(qtbot, env, f"{web_site.http}/landing")
    qtbot.mouseClick(browser.record_button, Qt.MouseButton.LeftButton)
    recorder = browser.recorder
    assert recorder is not None and browser.record_button.text() == "Stop"
    open_page(qtbot, env, first)
    open_page(qtbot, env, second)
    # Three seconds of video at 8 frames per second.
    qtbot.waitUntil(lambda: recorder.elapsed.elapsed() >= 3000, timeout=10_000)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        qtbot.mouseClick(browser.record_button, Qt.MouseButton.LeftButton)
    assert browser.recorder is None and browser.record_button.text() == "Record"
    item = item_of(env, captured.args[0])
    assert {f.role for f in item.files} == {"video", "navigation_log"}
    assert item.category == "other"
    assert item.fields["url"] == f"{web_site.http}/landing"
    assert item.fields["final_url"] == second
    [video] = item.files_with_role("video")
    assert video.mime in ("video/mp4", "video/quicktime", "application/mp4")

    frames, duration_ms = count_video_frames(qtbot, blob(env, item, "video"))
    assert frames >= 15
    assert duration_ms >= 2500

    navigation = json.loads(blob(env, item, "navigation_log").read_text("utf-8"))
    assert navigation["urls_visited"] == [f"{web_site.http}/landing", first, second]
    loads = [e for e in navigation["events"] if e["event"] == "load_finished"]
    assert [e["url"] for e in loads] == [first, second]
    assert all(e["utc"].endswith("+00:00") and e["local"] for e in loads)
    assert loads[0]["utc"] <= loads[1]["utc"]
    assert navigation["video"]["frames"] >= 24
    assert navigation["video"]["frames_per_second"] >= 5
