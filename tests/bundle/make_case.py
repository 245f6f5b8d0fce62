"""Builds realistic evidence cases for the bundle tests and benchmark: phone screenshots with Chinese
text, a JPEG photo, a web capture (tall full-page PNG, HTML, provenance JSON) and a small video."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"

CHINESE_POST = "这辆车刹车失灵是厂家故意隐瞒的，大家千万别买！"
CHINESE_ACCOUNT = "爱车小王子2025"
LONG_URL = (
    "https://weibo.example.com/detail/5012345678901234?from=search&keyword="
    "%E5%88%B9%E8%BD%A6%E5%A4%B1%E7%81%B5&share_token=abcdefghijklmnopqrstuvwxyz0123456789"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ&utm_source=copy_link_long_parameter_that_never_ends"
)


def phone_screenshot(path: Path, index: int = 0, text: str = CHINESE_POST) -> Path:
    """A 1170×2532 phone screenshot with a status bar, a post in Chinese and counts (RGB PNG)."""
    image = Image.new("RGB", (1170, 2532), "white")
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(str(FONT), 46)
    small = ImageFont.truetype(str(FONT), 34)
    draw.rectangle((0, 0, 1170, 120), fill=(245, 245, 245))
    draw.text((40, 40), f"14:0{index % 10}  5G  87%", fill="black", font=small)
    draw.text((40, 180), f"@{CHINESE_ACCOUNT}  IP属地：广东", fill=(30, 30, 30), font=big)
    y = 300
    for line_no in range(28):
        draw.text((40, y), f"{text[:16]} 第{index}帖{line_no}行", fill=(20, 20, 20), font=big)
        y += 72
    draw.text((40, 2400), "阅读 1.2万   转发 856   评论 233   赞 4,521", fill="black", font=small)
    image.save(path, optimize=False)
    return path


def jpeg_photo(path: Path) -> Path:
    image = Image.new("RGB", (800, 600), (180, 40, 40))
    draw = ImageDraw.Draw(image)
    draw.ellipse((200, 100, 600, 500), fill=(250, 230, 40))
    draw.text((40, 40), "harm photo 伤害照片", fill="white", font=ImageFont.truetype(str(FONT), 40))
    image.save(path, quality=88)
    return path


def tall_capture(path: Path, height: int = 9000) -> Path:
    """A full-page web capture, 1280 wide and very tall, with alpha (as QtWebEngine grabs are)."""
    image = Image.new("RGBA", (1280, height), (255, 255, 255, 255))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 28)
    for y in range(0, height, 60):
        draw.text(
            (30, y + 10),
            f"网页第{y // 60}行 line {y // 60}: {CHINESE_POST}",
            fill=(0, 0, 0, 255),
            font=font,
        )
    image.save(path)
    return path


def build_case(store: CaseStore, folder: Path) -> tuple[str, dict[str, str]]:
    """A case with 4 items; returns (case id, {item number: description})."""
    folder.mkdir(parents=True, exist_ok=True)
    case = store.create_case("车主被网暴案 Harassment of an owner", "王小明", "测试案件")
    store.add_item(
        case.id,
        "post",
        {
            "platform": "微博",
            "url": LONG_URL,
            "account_name": CHINESE_ACCOUNT,
            "account_id": "5012345678",
            "ip_location": "广东",
            "content_text": CHINESE_POST,
            "views": "1.2万",
            "reposts": "856",
            "purpose": "证明被告发布了虚假的刹车失灵信息",
            "posted_at": "2025-03-01T09:30:00+08:00",
        },
        [
            NewFile("original", "手机截图.png", path=phone_screenshot(folder / "phone.png")),
            NewFile("original", "photo.jpg", path=jpeg_photo(folder / "photo.jpg")),
        ],
    )
    provenance = {
        "app": {"name": "evidence-app", "version": "0.1.0"},
        "os": {"system": "Linux", "release": "6.1"},
        "browser": {
            "engine": "QtWebEngine",
            "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/122",
        },
        "network": {"final_url": LONG_URL, "tls": {"issuer": "CN=Test CA"}},
        "clock": {"utc": "2025-03-02T01:00:00+00:00"},
    }
    store.add_item(
        case.id,
        "post",
        {
            "platform": "Weibo",
            "url": LONG_URL,
            "page_title": "刹车失灵？真相在这里",
            "purpose": "网页原貌",
        },
        [
            NewFile("full_page", "page.png", path=tall_capture(folder / "page.png")),
            NewFile("html", "page.html", data="<html><body>刹车失灵</body></html>".encode()),
            NewFile(
                "provenance",
                "provenance.json",
                data=json.dumps(provenance, ensure_ascii=False).encode(),
            ),
        ],
    )
    video = folder / "recording.webm"
    video.write_bytes(b"\x1aE\xdf\xa3" + bytes(range(256)) * 40)
    store.add_item(
        case.id,
        "other",
        {"notes": "屏幕录像 from home page to the post"},
        [NewFile("video", "recording.webm", path=video)],
    )
    store.add_item(
        case.id,
        "comment",
        {"content_text": "withdrawn one"},
        [NewFile("original", "bad:name?.png", path=phone_screenshot(folder / "p2.png", 2))],
    )
    store.withdraw_item(case.id, "E004", "duplicate of E001")
    return case.id, {}


def open_store(data_dir: Path) -> CaseStore:
    return CaseStore(data_dir, Operator("测试员 Tester", "owner"))
