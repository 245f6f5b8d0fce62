"""The built-in browser against the local test site: capture, region, download, recording, file://,
the window capture's address bar, error pages, the start page and the kind of page."""

from __future__ import annotations

import hashlib
import io
import json
import re
import socket
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QImage

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


def open_in(qtbot: Any, browser: Any, url: str, ok: bool = True) -> None:
    with qtbot.waitSignal(browser.view.loadFinished, timeout=LOAD_MS) as blocker:
        browser.load(url)
    assert blocker.args == [ok]
    qtbot.waitUntil(browser.shows_current_page, timeout=LOAD_MS)  # on screen, as the owner sees it


def open_page(qtbot: Any, env: Any, url: str) -> None:
    open_in(qtbot, env.browser, url)


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
        r"This computer's clock:\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s?[(（]UTC[+-]\d\d:\d\d[)）]",
        browser.clock.text(),
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
    assert recorder is not None and browser.record_button.text() == "Stop recording"
    # While recording: a red dot and the time recorded so far, running with the clock.
    assert browser.recording_indicator.isVisible()
    assert browser.recording_indicator.text().startswith("● Recording 00:0")
    open_page(qtbot, env, first)
    open_page(qtbot, env, second)
    # Three seconds of video at 8 frames per second.
    qtbot.waitUntil(lambda: recorder.elapsed.elapsed() >= 3000, timeout=10_000)
    qtbot.waitUntil(lambda: "00:03" in browser.recording_indicator.text(), timeout=3000)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        qtbot.mouseClick(browser.record_button, Qt.MouseButton.LeftButton)
    assert browser.recorder is None and browser.record_button.text() == "Record the visit"
    assert not browser.recording_indicator.isVisible()
    item = item_of(env, captured.args[0])
    assert {f.role for f in item.files} == {"video", "navigation_log"}
    # The categories are a contract: a recording stays "other", and is *named* in lists.
    from evidence_app.core.evidence_names import evidence_name

    assert item.category == "other"
    assert evidence_name(item) == "Recording of the visit"
    assert evidence_name(item, "zh_CN") == "访问过程录像"
    assert browser.status.text().startswith(
        f"{item.number} stored as “Recording of the visit” (recording of the visit)"
    )
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


# -- the window capture shows the address of the page shown, nothing else -------------------------


def pil_of(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def address_bar_look(browser: Any, text: str) -> Image.Image:
    """The address field as it draws *text* when not focused (the way a capture shows it)."""
    browser.view.setFocus()
    browser.address.setText(text)
    browser.address.setCursorPosition(0)
    return pil_of(browser.address.grab().toImage())


def address_bar_in(window_png: Image.Image, browser: Any) -> Image.Image:
    """The address field's part of a stored window image."""
    ratio = browser.devicePixelRatioF()
    corner = browser.address.mapTo(browser, QPoint(0, 0))
    size = browser.address.size()
    return window_png.crop(
        (
            round(corner.x() * ratio),
            round(corner.y() * ratio),
            round((corner.x() + size.width()) * ratio),
            round((corner.y() + size.height()) * ratio),
        )
    )


def type_into(qtbot: Any, field: Any, text: str) -> None:
    """Type *text* as an owner does: ASCII on the keyboard, Chinese through the input method."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(field, run)
        else:  # QTest types ASCII only; an input method commits the characters
            event = QInputMethodEvent()
            event.setCommitString(run)
            QCoreApplication.sendEvent(field, event)


@pytest.mark.parametrize("press", ["button", "while typing"])
def test_text_typed_but_not_opened_never_reaches_the_window_capture(
    qtbot: Any, env: Any, web_site: WebSite, monkeypatch: pytest.MonkeyPatch, press: str
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/page/shown")
    shown = browser.page.url().toString()
    typed = "weibo 车圈真相哥"
    # As the tester did: type words into the address bar, press Enter (refused), then capture.
    browser.address.setFocus()
    browser.address.selectAll()
    type_into(qtbot, browser.address, typed)
    with qtbot.waitSignal(browser.failed, timeout=2000):
        qtbot.keyClick(browser.address, Qt.Key.Key_Return)
    assert browser.page.url().toString() == shown  # the page stayed where it was
    assert browser.address.text() == typed

    at_grab: list[str] = []
    grab_window = browser.grab_window

    def watched_grab() -> QImage:
        image = grab_window()
        at_grab.append(browser.address.text())  # what the address bar said in that image
        return image

    monkeypatch.setattr(browser, "grab_window", watched_grab)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        if press == "button":
            qtbot.mouseClick(browser.capture_page_button, Qt.MouseButton.LeftButton)
        else:  # the field still has the focus (and its cursor) when the capture starts
            assert browser.address.hasFocus()
            browser.capture_page()
    assert at_grab == [shown]
    assert browser.address.text() == shown
    assert "never opened" in browser.status.text()  # the owner is told what was captured

    item = item_of(env, captured.args[0])
    assert item.fields["final_url"] == shown
    provenance_text = blob(env, item, "provenance").read_text("utf-8")
    assert typed not in provenance_text and "车圈真相哥" not in provenance_text
    provenance = json.loads(provenance_text)
    assert provenance["final_url"] == shown
    window_record = provenance["browser"]["window_capture"]
    assert window_record["address_bar"] == shown
    assert window_record["address_bar_is_page_url"] is True
    assert window_record["unopened_address_text_dropped"] is True
    assert window_record["grabbed"]["utc"] >= provenance["capture_started"]["utc"]
    # The clock in the image is the time of the grab, not a second-old label.
    on_screen = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", window_record["clock"])
    assert on_screen is not None and window_record["clock"].startswith("This computer's clock:\n")
    shown_time = datetime.strptime(on_screen.group(0), "%Y-%m-%d %H:%M:%S")
    grabbed_time = datetime.fromisoformat(window_record["grabbed"]["local"].split(" ")[0])
    assert abs(grabbed_time.replace(tzinfo=None) - shown_time) < timedelta(seconds=1)

    # The stored image's address bar is the page's address drawn by the same field, pixel for
    # pixel; the typed words in that field would look different.
    with Image.open(blob(env, item, "window")) as window_png:
        stored_bar = address_bar_in(window_png.convert("RGB"), browser)
    expected = address_bar_look(browser, shown)
    assert stored_bar.size == expected.size
    assert ImageChops.difference(stored_bar, expected).getbbox() is None
    assert ImageChops.difference(stored_bar, address_bar_look(browser, typed)).getbbox()
    browser.address.setText(shown)

    # Escape in the address bar also goes back to the address of the page shown.
    browser.address.setFocus()
    qtbot.keyClicks(browser.address, "typo")
    qtbot.keyClick(browser.address, Qt.Key.Key_Escape)
    assert browser.address.text() == shown


def test_a_capture_pressed_while_a_page_loads_waits_for_it(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/page/before")
    after = f"{web_site.http}/page/after"
    with qtbot.waitSignal(browser.view.loadStarted, timeout=LOAD_MS):
        browser.load(after)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        browser.capture_page()  # the page is still loading: the capture waits for it
    item = item_of(env, captured.args[0])
    assert item.fields["final_url"] == after
    assert item.fields["page_title"] == "Page after"
    provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
    assert provenance["browser"]["window_capture"]["address_bar"] == after


def test_a_page_that_never_finishes_loading_is_not_captured(
    qtbot: Any, env: Any, web_site: WebSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/page/before-hang")
    before = len(env.store.list_items(env.case.id))
    monkeypatch.setattr(browser, "load_wait_ms", 1500)
    browser.load(f"{web_site.http}/hang")  # the server never answers
    qtbot.waitUntil(browser.page.isLoading, timeout=LOAD_MS)
    try:
        with qtbot.waitSignal(browser.failed, timeout=10_000) as failed:
            browser.capture_page()
            qtbot.waitUntil(lambda: "Waiting for the page" in browser.status.text())
            assert not browser.reload_button.isEnabled()  # no page changes while waiting
            browser.load(f"{web_site.http}/page/elsewhere")  # refused with a sentence
            assert "Wait until the capture has finished" in browser.status.text()
        assert "still loading, so nothing was captured" in failed.args[0]
        assert len(env.store.list_items(env.case.id)) == before
        assert not browser.busy and browser.steps is None
        assert browser.reload_button.isEnabled()
    finally:
        browser.view.stop()
        qtbot.waitUntil(lambda: not browser.page.isLoading(), timeout=LOAD_MS)


def test_a_page_that_moves_to_another_address_during_the_capture_is_refused(
    qtbot: Any, env: Any, web_site: WebSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/page/restless")
    before = len(env.store.list_items(env.case.id))
    grab_window = browser.grab_window

    def grab_then_move() -> QImage:
        image = grab_window()
        browser.page.runJavaScript("history.pushState({}, '', '/page/moved')")
        return image

    monkeypatch.setattr(browser, "grab_window", grab_then_move)
    with qtbot.waitSignal(browser.failed, timeout=STORE_MS) as failed:
        browser.capture_page()
    assert "went to another address" in failed.args[0]
    assert len(env.store.list_items(env.case.id)) == before
    assert browser.address.text() == f"{web_site.http}/page/moved"


# -- error pages are kept, and the owner is told what they may mean ------------------------------


def answer_error_question(qtbot: Any, browser: Any, reason: str, keep: bool) -> None:
    """The owner is asked before a page that did not load is stored; answer *keep*."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: browser.error_question is not None, timeout=STORE_MS)
    box = browser.error_question
    assert box.isVisible()
    assert box.text() == (f"The page did not load ({reason}). Keep this as evidence of the error?")
    assert browser.busy and not browser.capture_page_button.isEnabled()  # nothing else meanwhile
    role = QMessageBox.ButtonRole.YesRole if keep else QMessageBox.ButtonRole.NoRole
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()
    assert browser.error_question is None


def test_a_404_page_is_stored_with_a_plain_note_once_the_owner_keeps_it(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    browser = env.browser
    open_in(qtbot, browser, f"{web_site.http}/missing", ok=False)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        qtbot.mouseClick(browser.capture_page_button, Qt.MouseButton.LeftButton)
        answer_error_question(qtbot, browser, "the server answered 404", keep=True)
    item = item_of(env, captured.args[0])
    provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
    assert provenance["http_status"] == 404
    assert provenance["error_page_captured_deliberately"] is True
    assert provenance["browser"]["last_load"]["status"] == "failed"
    assert provenance["browser"]["last_load"]["error_code"] == 404
    assert browser.status.text() == (
        f"{item.number} stored as “Post” (page) with its hash. Note: the page answered 404 "
        "(not found) — the post may have been deleted. "
        # what the guide still asks, and where (the browser covers most of the main window)
        f"Still to fill in for {item.number}: Account ID, Posting time shown, Purpose (证明目的). You type "
        "them in the main window (Details), now or after capturing more pages."
    )


def test_a_page_that_could_not_be_reached_is_kept_only_when_the_owner_says_so(
    qtbot: Any, env: Any
) -> None:
    browser = env.browser
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    open_in(qtbot, browser, f"http://127.0.0.1:{port}/post/1", ok=False)
    before = len(env.store.list_items(env.case.id))
    with qtbot.assertNotEmitted(browser.itemCaptured, wait=200):
        browser.capture_page()
        answer_error_question(
            qtbot,
            browser,
            "the site refused the connection: net::ERR_CONNECTION_REFUSED",
            keep=False,
        )
    assert len(env.store.list_items(env.case.id)) == before  # "Don't keep": nothing stored
    assert browser.status.text() == ("The page that did not load was not kept; nothing was stored.")
    assert not browser.busy and browser.capture_page_button.isEnabled()

    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        browser.capture_page()
        answer_error_question(
            qtbot,
            browser,
            "the site refused the connection: net::ERR_CONNECTION_REFUSED",
            keep=True,
        )
    item = item_of(env, captured.args[0])
    assert item.category == "other"  # the browser's own error page is not the post
    provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
    assert provenance["browser"]["last_load"]["browser_error_page"] is True
    assert "did not load (net::ERR_CONNECTION_REFUSED)" in browser.status.text()
    assert "the browser's own error message, not the post" in browser.status.text()


# -- the start page ---------------------------------------------------------------------------------


def test_the_start_page_says_what_to_do_is_not_evidence_and_follows_the_language(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from evidence_app.ui.browser import BrowserWidget
    from evidence_app.ui.language import LanguageSwitcher

    case = env.store.create_case("Start page")
    browser = BrowserWidget(env.store, case.id)
    browser.resize(900, 650)
    browser.show()
    try:
        assert browser.shows_start_page() and browser.start_page.isVisible()
        assert browser.start_page.geometry() == browser.view.geometry()
        assert browser.address.text() == ""
        assert browser.page_kind() == "post"  # the default kind of page
        text = browser.start_page.text()
        assert "paste it into the address bar" in text and "press Enter" in text
        assert "log in here" in text
        assert f"press “{browser.capture_page_button.text()}”" in text
        assert "press “Record the visit”" in text and "“Stop recording”" in text
        assert "stored exactly as it is, with its hash" in text

        # Not evidence: pressing the buttons says so and stores nothing.
        with qtbot.waitSignal(browser.failed, timeout=2000) as refused:
            qtbot.mouseClick(browser.capture_page_button, Qt.MouseButton.LeftButton)
        assert refused.args[0].startswith("There is no web page to capture yet")
        assert browser.status.text() == refused.args[0]
        with qtbot.waitSignal(browser.failed, timeout=2000):
            qtbot.mouseClick(browser.capture_region_button, Qt.MouseButton.LeftButton)
        assert not browser.selector.isVisible()
        assert env.store.list_items(case.id) == [] and not browser.busy

        switcher = LanguageSwitcher()
        try:
            switcher.apply("zh_CN")
            chinese = browser.start_page.text()
            assert browser.capture_page_button.text() == "截取网页"
            assert "按“截取网页”" in chinese or "“截取网页”" in chinese
            assert "“录制访问过程”" in chinese and "哈希" in chinese
            assert "press Enter" not in chinese
            assert browser.kind.itemText(0) == "帖子"
            assert browser.kind_label.text() != "This page is:"
        finally:
            switcher.apply("en")
        assert browser.start_page.text() == text
        assert browser.kind.itemText(0) == "Post"

        # A page opened: the start page steps aside.
        open_in(qtbot, browser, f"{web_site.http}/page/first")
        assert not browser.shows_start_page()
    finally:
        browser.close()
        browser.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


# -- what kind of page it is --------------------------------------------------------------------------


def test_the_kind_of_page_chosen_is_the_category_stored_and_resets_after_each_capture(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    from evidence_app.core.fields import category_label
    from evidence_app.core.model import CATEGORIES

    browser = env.browser
    keys = [browser.kind.itemData(i) for i in range(browser.kind.count())]
    assert keys == [
        "post",
        "account_profile",
        "comment",
        "private_message",
        "search_result",
        "other",
    ]
    assert set(keys) <= set(CATEGORIES)
    assert [browser.kind.itemText(i) for i in range(browser.kind.count())] == [
        category_label(key) for key in keys
    ]
    assert browser.kind.isVisible() and browser.kind_label.text() == "This page is:"
    try:
        open_page(qtbot, env, f"{web_site.http}/page/account")
        browser.kind.setCurrentIndex(keys.index("account_profile"))  # as the owner picks it
        with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
            qtbot.mouseClick(browser.capture_page_button, Qt.MouseButton.LeftButton)
        item = item_of(env, captured.args[0])
        assert item.category == "account_profile"
        assert browser.status.text() == (
            f"{item.number} stored as “Account profile” (page) with its hash. Still to fill in "
            f"for {item.number}: Account ID, Purpose (证明目的). You type them in the main window "
            "(Details), now or after capturing more pages."
        )
        provenance = json.loads(blob(env, item, "provenance").read_text("utf-8"))
        assert provenance["browser"]["page_kind"] == "account_profile"

        # Not remembered: after the capture the choice is back at the default (a post).
        assert browser.page_kind() == "post"
        browser.choose_region()
        with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as region:
            qtbot.mousePress(browser.selector, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
            qtbot.mouseRelease(browser.selector, Qt.MouseButton.LeftButton, pos=QPoint(110, 60))
        assert item_of(env, region.args[0]).category == "post"

        # Opened by the guide's account-page step: that kind is the default, before and after.
        browser.begin_step("account_profiles")
        assert browser.page_kind() == "account_profile"
        with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as again:
            browser.capture_page()
        assert item_of(env, again.args[0]).category == "account_profile"
        assert browser.page_kind() == "account_profile"
        browser.begin_step("capture_first")
        assert browser.page_kind() == "post"
    finally:
        browser.begin_step("")


# -- the window grab shows the window as the owner saw it, never the app's busy state -------------


def test_the_window_grab_shows_no_busy_state(
    qtbot: Any, env: Any, web_site: WebSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/page/one")
    browser._set_status("What the owner read before pressing capture.")
    seen: dict[str, Any] = {}
    real_grab = browser.grab

    def watched_grab(*args: Any) -> Any:
        seen["holds"] = browser.busy_count  # the capture really runs while the window is grabbed
        seen["status"] = browser.status.text()
        seen["enabled"] = {
            name: getattr(browser, name).isEnabled()
            for name in ("capture_page_button", "capture_region_button", "record_button", "kind")
        }
        return real_grab(*args)

    monkeypatch.setattr(browser, "grab", watched_grab)
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
        qtbot.mouseClick(browser.capture_page_button, Qt.MouseButton.LeftButton)
        assert browser.status.text() == "Capturing the page…"  # the busy state is on screen …
        assert not browser.capture_page_button.isEnabled()
    assert seen["holds"] > 0
    assert seen["status"] == "What the owner read before pressing capture."  # … not in the image
    assert all(seen["enabled"].values()), seen["enabled"]
    item = item_of(env, captured.args[0])
    assert browser.status.text().startswith(f"{item.number} stored as")  # and back afterwards
    # The stored window image: its status line reads what the owner read, pixel for pixel.
    window = QImage(str(blob(env, item, "window")))
    status = browser.status.geometry()
    ratio = window.width() / browser.width()
    line = window.copy(
        int(status.x() * ratio), int(status.y() * ratio), int(status.width() * ratio),
        int(status.height() * ratio),
    )  # fmt: skip
    shown = browser.status.text()
    try:
        browser.status.setText("What the owner read before pressing capture.")
        as_seen = browser.status.grab().toImage()
        browser.status.setText("Capturing the page…")
        as_busy = browser.status.grab().toImage()
    finally:
        browser.status.setText(shown)
    line = line.convertToFormat(as_seen.format())
    assert line.size() == as_seen.size()
    assert line == as_seen and line != as_busy


# -- keys and the screen ----------------------------------------------------------------------------


def test_ctrl_q_in_the_browser_asks_the_app_to_quit(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    browser = env.browser
    open_page(qtbot, env, f"{web_site.http}/page/one")
    from PySide6.QtWidgets import QApplication

    browser.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is browser, timeout=2000)
    browser.view.setFocus()
    target = browser.view.focusProxy() or browser.view
    qtbot.waitUntil(target.hasFocus, timeout=2000)
    with qtbot.waitSignal(browser.quitRequested, timeout=2000):
        qtbot.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_the_window_fits_the_screen_and_comes_back_clamped(qtbot: Any, env: Any) -> None:
    from evidence_app.ui.browser import BrowserWidget
    from evidence_app.ui.geometry import FRAME_GUESS, available_area
    from evidence_app.ui.language import LanguageSwitcher

    browser = BrowserWidget(env.store, env.case.id)
    try:
        # At its widest (both record buttons, the red dot and timer shown), in both languages,
        # the window can be as small as a 1280×720 laptop's screen less the window frame.
        browser.record_screen_button.setVisible(True)
        browser.recording_indicator.setText("● Recording 59:59")
        browser.recording_indicator.setVisible(True)
        switcher = LanguageSwitcher()
        try:
            for language in ("en", "zh_CN"):
                switcher.apply(language)
                smallest = browser.minimumSizeHint()
                assert smallest.width() <= 1280 - FRAME_GUESS.width(), (language, smallest)
                assert smallest.height() <= 720 - FRAME_GUESS.height(), (language, smallest)
        finally:
            switcher.apply("en")
        browser.recording_indicator.setVisible(False)
        from evidence_app.capture.flags import accept_language

        assert browser.profile.httpAcceptLanguage() == accept_language("en")  # the UI's language
        area = available_area(browser)
        browser.place()
        assert area.contains(browser.geometry())
        assert browser.width() <= BrowserWidget.PREFERRED_SIZE.width()
        assert browser.height() <= BrowserWidget.PREFERRED_SIZE.height()
        browser.place([area.x() - 300, area.y() - 200, 5000, 4000, 0])  # from a bigger screen
        assert area.contains(browser.geometry())
        with qtbot.waitSignal(browser.closing) as closing:
            browser.close()
        assert closing.args[0][:4] == [browser.x(), browser.y(), browser.width(), browser.height()]
    finally:
        browser.close()
        browser.deleteLater()


def test_the_guide_recording_step_starts_recording_the_visit(qtbot: Any, env: Any) -> None:
    browser = env.browser
    browser.begin_step("recording")
    try:
        recorder = browser.recorder
        assert recorder is not None and recorder.source == "window"
        assert browser.record_button.text() == "Stop recording"
        assert browser.recording_indicator.isVisible()
        qtbot.waitUntil(lambda: recorder.elapsed.elapsed() >= 1000, timeout=5000)
    finally:
        with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS):
            browser.stop_recording()
    assert browser.recorder is None and not browser.recording_indicator.isVisible()


def test_closing_the_window_while_recording_stores_the_recording(
    qtbot: Any, env: Any, web_site: WebSite
) -> None:
    """Closing the browser window mid-recording keeps the work: the recording is stopped and
    stored as evidence the normal way, and only then does the window close."""
    from evidence_app.ui.browser import BrowserWidget

    before = len(env.store.list_items(env.case.id))
    browser = BrowserWidget(env.store, env.case.id, extra_ca=[web_site.ca_pem])
    browser.resize(1000, 700)
    browser.show()
    try:
        open_in(qtbot, browser, f"{web_site.http}/landing")
        browser.start_recording()
        recorder = browser.recorder
        assert recorder is not None
        qtbot.waitUntil(lambda: recorder.elapsed.elapsed() >= 1500, timeout=10_000)
        with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS) as captured:
            assert browser.close() is False  # not yet: the recording is being stored
            assert browser.isVisible() and "closes when it is stored" in browser.status.text()
        qtbot.waitUntil(lambda: not browser.isVisible(), timeout=10_000)
        item = item_of(env, captured.args[0])
        assert {f.role for f in item.files} == {"video", "navigation_log"}
        assert blob(env, item, "video").stat().st_size > 0
        assert len(env.store.list_items(env.case.id)) == before + 1
        assert browser.recorder is None and browser.closed
    finally:
        browser.close()
        browser.deleteLater()


def test_after_a_capture_the_browser_says_what_is_still_to_fill_in_and_where(
    qtbot: Any, env: Any
) -> None:
    """The browser covers most of a laptop's screen: after a capture it says, in the owner's
    language, which details the guide still asks for and that they are typed in the main window;
    nothing when the item already has them."""
    from evidence_app.core.store import NewFile
    from evidence_app.ui.language import LanguageSwitcher

    browser = env.browser
    bare = env.store.add_item(
        env.case.id,
        "post",
        {"url": "https://weibo.example/1"},
        [NewFile("window", "w.png", data=b"x")],
    )
    switcher = LanguageSwitcher()
    try:
        switcher.apply("zh_CN")
        with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS):
            browser._stored(bare, "网页")
        assert browser.status.text() == (
            f"{bare.number} 已作为“帖子”连同哈希值保存（网页）。{bare.number} 还要填写："
            "账号ID、页面显示的发布时间、证明目的。请在主窗口的“详细信息”里填写，现在填或截完"
            "其他页面再填都可以。"
        )
    finally:
        switcher.apply("en")
    complete = env.store.add_item(
        env.case.id,
        "post",
        {
            "url": "https://weibo.example/2",
            "account_id": "7788990011",
            "posted_at_displayed": "2小时前",
            "purpose": "证明该账号发布了造谣内容",
        },
        [NewFile("window", "w.png", data=b"y")],
    )
    with qtbot.waitSignal(browser.itemCaptured, timeout=STORE_MS):
        browser._stored(complete, "page")
    assert browser.status.text() == f"{complete.number} stored as “Post” (page) with its hash."
