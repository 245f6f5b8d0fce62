"""A case as an owner really builds it, for reading the bundle as a lawyer would: a web capture of a
post (window with address bar and clock 1200×800, phone-sized visible part 1080×2400, whole page
1280×9000, raw HTML, capture record), fields filled in later, a category changed, a private message
whose file name holds an emoji, a withdrawn duplicate, and trusted time-stamps when a TSA is given.

Run as a script to export it and render every page for a look:
``python -m tests.bundle.lawyer_case OUT_DIR`` (starts the test TSA; pages in OUT_DIR/pages).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.bundle.make_case import FONT, tall_capture

POST_URL = "https://weibo.example.com/7788990011/P9xQ2kLmN?refer_flag=1001030103_"
PROFILE_URL = "https://weibo.example.com/u/7788990011"
ACCOUNT = "车圈真相哥"
RENAMED_ACCOUNT = "汽车爆料君"
PAGE_TITLE = "某品牌刹车门真相，车主必看"
EMOJI_NAME = "私信😡威胁.png"
OWNER = Operator("王小明", "owner")


def window_capture(path: Path, url: str = POST_URL) -> Path:
    """A 1200×800 browser window: title bar with the system clock, address bar, the post."""
    image = Image.new("RGB", (1200, 800), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 22)
    big = ImageFont.truetype(str(FONT), 30)
    draw.rectangle((0, 0, 1200, 40), fill=(225, 225, 230))
    draw.text((16, 8), "取证助手 · 内置浏览器", fill="black", font=font)
    draw.text((1000, 8), "2026-12-02 02:46", fill="black", font=font)
    draw.rectangle((0, 40, 1200, 90), fill=(245, 245, 248))
    draw.rectangle((12, 50, 1188, 82), outline=(150, 150, 160), fill="white")
    draw.text((22, 53), url, fill=(20, 20, 120), font=font)
    draw.text((40, 130), f"@{ACCOUNT}  IP属地：广东", fill="black", font=big)
    for line in range(12):
        draw.text(
            (40, 200 + 44 * line), f"{PAGE_TITLE} 第{line + 1}行", fill=(30, 30, 30), font=big
        )
    draw.text((40, 750), "阅读 3.4万  转发 1,208  评论 512  赞 9,876", fill="black", font=font)
    image.save(path)
    return path


def phone_capture(path: Path) -> Path:
    """A 1080×2400 phone-sized view of the post (the visible part of the page)."""
    image = Image.new("RGB", (1080, 2400), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    draw.rectangle((0, 0, 1080, 110), fill=(240, 240, 240))
    draw.text((30, 30), "02:46  5G  76%", fill="black", font=font)
    for line in range(30):
        draw.text(
            (30, 160 + 74 * line), f"{ACCOUNT}：{PAGE_TITLE[:10]}{line}", fill="black", font=font
        )
    image.save(path)
    return path


def viewport_capture(path: Path) -> Path:
    """A 1200×700 grab of the page's visible part (no browser frame)."""
    image = Image.new("RGB", (1200, 700), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 30)
    for line in range(14):
        text = f"{ACCOUNT} 的主页 · 粉丝 12.3万 · {line}"
        draw.text((40, 30 + 46 * line), text, fill="black", font=font)
    image.save(path)
    return path


def message_capture(path: Path) -> Path:
    image = Image.new("RGB", (1080, 1600), (236, 236, 236))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for line in range(12):
        draw.text((30, 80 + 110 * line), f"你再发帖就等着瞧 {line}", fill="black", font=font)
    image.save(path)
    return path


def build_lawyer_case(
    store: CaseStore, folder: Path, tsa_urls: Sequence[str] = ()
) -> tuple[str, dict[str, str]]:
    """The case; returns (case id, {role: item number}) for the tests."""
    folder.mkdir(parents=True, exist_ok=True)
    case = store.create_case(
        "车主被网暴案", OWNER.name, "2026年11月起，多个账号发布虚假刹车失灵帖子。"
    )
    provenance = {
        "app": {"name": "evidence-app", "version": "0.1.0"},
        "os": {"system": "Linux", "release": "6.1"},
        "browser": {"engine": "QtWebEngine", "user_agent": "Mozilla/5.0 Chrome/122"},
        "network": {"final_url": POST_URL, "tls": {"issuer": "CN=Test CA"}},
    }
    post = store.add_item(
        case.id,
        "post",
        {"platform": "微博", "url": POST_URL, "page_title": PAGE_TITLE, "account_name": ""},
        [
            NewFile("visible", "visible.png", path=phone_capture(folder / "visible.png")),
            NewFile("full_page", "page.png", path=tall_capture(folder / "page.png", 9000)),
            NewFile("window", "window.png", path=window_capture(folder / "window.png")),
            NewFile("html", "page.html", data="<html><body>刹车门</body></html>".encode()),
            NewFile(
                "provenance",
                "provenance.json",
                data=json.dumps(provenance, ensure_ascii=False).encode(),
            ),
        ],
    )
    store.edit_fields(
        case.id, post.id, {"account_name": RENAMED_ACCOUNT, "views": "3.4万", "reposts": "1208"}
    )
    store.edit_fields(case.id, post.id, {"account_name": ACCOUNT})
    profile = store.add_item(
        case.id,
        "other",
        {
            "platform": "微博",
            "url": PROFILE_URL,
            "account_name": ACCOUNT,
            "account_id": "7788990011",
        },
        [
            # stored before the window, as a capture may: the window is still shown first
            NewFile("visible", "profile-view.png", path=viewport_capture(folder / "view.png")),
            NewFile(
                "window", "profile.png", path=window_capture(folder / "profile.png", PROFILE_URL)
            ),
        ],
    )
    store.set_category(case.id, profile.id, "account_profile")
    store.edit_fields(case.id, profile.id, {"purpose": "证明发帖账号的身份信息"})
    message = store.add_item(
        case.id,
        "private_message",
        {"platform": "微博", "account_name": ACCOUNT, "purpose": "证明对方发来威胁私信"},
        [NewFile("original", EMOJI_NAME, path=message_capture(folder / "message.png"))],
    )
    duplicate = store.add_item(
        case.id,
        "post",
        {"platform": "微博", "url": POST_URL},
        [NewFile("original", "dup.png", path=message_capture(folder / "dup.png"))],
    )
    store.withdraw_item(case.id, duplicate.id, "与 E001 重复")
    if tsa_urls:
        from evidence_app.core.trusted_time import stamp_pending

        stamp_pending(store, case.id, list(tsa_urls))
    return case.id, {
        "post": post.number,
        "profile": profile.number,
        "message": message.number,
        "duplicate": duplicate.number,
    }


def main(out_dir: Path) -> None:
    from evidence_app.bundle.export import export_case
    from evidence_app.core.guide import evaluate, gap_lines
    from evidence_app.core.identity import load_signer
    from tests.fixtures.tsa import running_tsa

    os.environ["TZ"] = "Asia/Shanghai"  # an owner's computer in China: local ≠ UTC
    time.tzset()
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en"):
        work = out_dir / lang
        work.mkdir(exist_ok=True)
        with running_tsa(work) as tsa:
            store = CaseStore(work / "data", OWNER)
            case_id, _ = build_lawyer_case(store, work / "sources", [tsa.url])
            signer = load_signer(work / "data", b"correct horse", OWNER.name)
            gaps = gap_lines(evaluate(store, case_id, tsa_urls=[tsa.url]), lang)
            pdf = out_dir / f"bundle-{lang}.pdf"
            export_case(store, case_id, pdf, signer, tsa_urls=[tsa.url], lang=lang, gaps=gaps)
            store.close()
        pages = out_dir / f"pages-{lang}"
        pages.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(pages / "page")], check=True)
        print(pdf)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
