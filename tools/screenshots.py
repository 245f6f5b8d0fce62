"""Render the app with a realistic Chinese case (and English) into docs/screenshots/*.png (offscreen,
on a virtual 1366×768 laptop screen: the windows size themselves to it as they do for an owner)."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1366, 768)  # the most common laptop screen among owners
_screen_config = Path(tempfile.gettempdir()) / "evidence-app-screenshot-screen.json"
_screen_config.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "laptop",
                    "x": 0,
                    "y": 0,
                    "width": SCREEN[0],
                    "height": SCREEN[1],
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ]
        }
    )
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_screen_config}")
os.environ.setdefault("EVIDENCE_APP_NO_CRASH_DIALOG", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"


def _png(text: str, color: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (900, 600), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 900, 40), fill=color)
    draw.text((20, 12), text, fill=(255, 255, 255))
    for y in range(80, 560, 40):
        draw.rectangle((40, y, 40 + (y * 7) % 700, y + 16), fill=(200, 200, 200))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def build_case(store: object) -> str:
    from evidence_app.core.store import NewFile

    case = store.create_case(  # type: ignore[attr-defined]
        "微博、抖音造谣我的车自燃", "李女士",
        "2025年1月起，多个新注册账号在微博和抖音发布“星越L自燃”的假视频和文章，配图是别的车。"
        "我的车从未起火。有人在评论里公开了我的车牌和小区。\n\n平台：微博 Weibo, 抖音 Douyin",
    )  # fmt: skip
    add = store.add_item  # type: ignore[attr-defined]
    add(
        case.id,
        "post",
        {
            "platform": "微博",
            "url": "https://weibo.com/7788990011/PqRsT1",
            "account_name": "车圈真相哥",
            "account_id": "7788990011",
            "posted_at_displayed": "2025-01-03 21:14",
            "views": "3.2万",
            "reposts": "812",
            "comments": "1,046",
            "likes": "5,311",
            "counts_observed_at": "2025-01-04 09:30",
            "purpose": "证明该账号发布了车辆自燃的虚假内容，浏览量超过5000次",
        },
        [
            NewFile(
                "window", "weibo-post.png", data=_png("weibo.com/7788990011/PqRsT1", (230, 80, 40))
            )
        ],
    )
    add(
        case.id,
        "post",
        {
            "platform": "抖音",
            "url": "https://www.douyin.com/video/74411",
            "account_name": "汽车爆料君",
            "posted_at_displayed": "01-05",
        },
        [NewFile("window", "douyin-video.png", data=_png("douyin.com/video/74411", (20, 20, 20)))],
    )
    add(
        case.id,
        "account_profile",
        {
            "platform": "微博",
            "url": "https://weibo.com/u/7788990011",
            "account_id": "7788990011",
            "ip_location": "IP属地：广东",
            "followers": "1.1万",
            "purpose": "证明发帖账号的身份信息",
        },
        [
            NewFile(
                "window", "weibo-profile.png", data=_png("weibo.com/u/7788990011", (230, 80, 40))
            )
        ],
    )
    add(
        case.id,
        "harm_evidence",
        {"harm_type": "泄露个人信息（车牌、小区）", "purpose": "证明对我造成的伤害"},
        [NewFile("original", "私信截图.png", data=_png("私信", (60, 120, 200)))],
    )
    return case.id


POST_PAGE = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>车圈真相哥的微博</title>
<style>body{font-family:sans-serif;margin:0;background:#f2f2f5}header{background:#e6542d;color:#fff;
padding:14px 24px;font-size:20px}article{background:#fff;margin:18px auto;max-width:760px;padding:20px;
border-radius:8px}.who{font-weight:bold}.meta{color:#888;font-size:13px}.counts{color:#555;margin-top:14px}
</style></head><body><header>微博</header><article><div class="who">车圈真相哥</div>
<div class="meta">10-03 12:01 来自 iPhone · IP属地：广东</div>
<p>某品牌车主注意！这款车在高速上自燃了，厂家还在隐瞒，大家千万别买！转发让更多人看到！</p>
<div class="counts">转发 856 · 评论 1,204 · 赞 3,391 · 阅读 12.3万</div></article></body></html>"""


def serve_post_page() -> tuple[str, object]:
    """A page like a post, served from 127.0.0.1 (nothing leaves this computer)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = POST_PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/7788990011/NdEFgH12345", server


def browser_shot(window: object, lang: str, url: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from evidence_app.ui.browser import BrowserWidget

    browser = BrowserWidget(window.store, window.case.id)  # type: ignore[attr-defined]
    browser.resize(1200, 760)
    browser.show()
    loop = QEventLoop()
    browser.view.loadFinished.connect(lambda _ok: QTimer.singleShot(1500, loop.quit))
    QTimer.singleShot(20_000, loop.quit)
    browser.load(url)
    loop.exec()
    browser.grab().save(str(OUT / f"browser-{lang}.png"))
    browser.shutdown()
    browser.close()
    browser.deleteLater()
    # The page must be gone before its profile is released (else Chromium aborts at exit).
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from evidence_app.app import create_main_window

    OUT.mkdir(parents=True, exist_ok=True)
    url, server = serve_post_page()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        for lang in ("zh_CN", "en"):
            window, _ = create_main_window(data_dir, "李女士", "owner", lang)
            window.show()
            while not window.panes_ready:  # the frame paints first, then the store opens
                QApplication.processEvents()
            if not window.store.list_cases():
                build_case(window.store)
                window.refresh_cases()
                window.open_case(window.store.list_cases()[-1].id)
            while window.case is None or window.loading:  # the case opens once the window shows
                QApplication.processEvents()
                window.runner.pool.waitForDone(50)
            window.select_item(window.item_model.items[0].id)
            # Thumbnails decode off the GUI thread, a batch at a time: wait until all are shown.
            QApplication.processEvents()
            window.grab()  # a full paint of the table asks for the thumbnails it shows
            while window.runner.busy or window.thumbnails.wanted or window.thumbnails.in_flight:
                window.runner.pool.waitForDone(50)
                QApplication.processEvents()
            QApplication.processEvents()
            window.grab().save(str(OUT / f"main-window-{lang}.png"))
            window.item_panel.tabs.setCurrentIndex(1)  # the form: it scrolls, Save stays in view
            QApplication.processEvents()
            window.grab().save(str(OUT / f"item-form-{lang}.png"))
            window.item_panel.tabs.setCurrentIndex(0)
            window.guide_panel.grab().save(str(OUT / f"guide-panel-{lang}.png"))
            dialog = window.export_dialog()
            QApplication.processEvents()
            dialog.grab().save(str(OUT / f"export-dialog-{lang}.png"))
            dialog.close()
            browser_shot(window, lang, url)
            window.switcher.apply("en")  # the next window brings its own translators
            window.close()
            window.store.close()
            window.deleteLater()
            QApplication.processEvents()
    server.shutdown()  # type: ignore[attr-defined]
    from evidence_app.capture.qtsupport import release_profiles

    release_profiles()
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
