"""A case as an owner harassed over a car builds it, for reading the 证据目录 as a Chinese litigation
lawyer would: a browser capture of a post (window, whole page, HTML, capture record of one
screen), a comment captured in the browser whose page showed "3小时前", a comment screenshot with
the posting time the owner typed, a private message screenshot with the time it showed, a photo of
a medical record, and the screenshot of a report to the platform with its ticket number.
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.bundle.lawyer_case import message_capture, phone_capture, window_capture
from tests.bundle.make_case import FONT

OWNER = Operator("王小明", "owner")
ZONE = "Asia/Shanghai"
POST_URL = "https://weibo.example.com/7788990011/P9xQ2kLmN"
COMMENT_URL = "https://club.autohome.example.com/detail/C55.html"
ACCOUNT, ACCOUNT_ID = "车圈真相哥", "7788990011"
GANG, GANG_ID = "刹车门受害者联盟", "brake_truth_2026"
TICKET = "JB20261202-0457"

# what a court's catalogue calls each item (the contract of issue 16b), by role in the case
NAMES_ZH = {
    "post": f"微博用户“{ACCOUNT}”（UID {ACCOUNT_ID}）发布的帖子截图及网页存档文件"
    "（页面显示的发布时间：2026-11-28 21:14）",
    "comment": f"汽车之家用户“{GANG}”发布的评论截图及网页存档文件（页面显示的发布时间：3小时前）",
    "douyin": f"抖音用户“{GANG}”（ID {GANG_ID}）发布的评论截图"
    "（车主填写的发布时间：2026-11-30 19:02）",
    "message": f"微博用户“{ACCOUNT}”发送的私信截图（截图显示的发送时间：2026-12-01 23:15）",
    "medical": "损害证据（精神损害）照片或扫描件（medical.jpg）",
    "report": f"向微博举报的记录（举报工单号 {TICKET}）截图",
}
NAMES_EN = {
    "post": f"Post by 微博 user “{ACCOUNT}” (UID {ACCOUNT_ID}): screenshots and saved copies of "
    "the web page (posting time as shown on the page: 2026-11-28 21:14)",
    "comment": f"Comment by 汽车之家 user “{GANG}”: screenshots and saved copies of the web page "
    "(posting time as shown on the page: 3小时前)",
    "douyin": f"Comment by 抖音 user “{GANG}” (ID {GANG_ID}): screenshot (posting time as filled "
    "in by the owner: 2026-11-30 19:02)",
    "message": f"Private message from 微博 user “{ACCOUNT}”: screenshot (time sent as shown in "
    "the screenshot: 2026-12-01 23:15)",
    "medical": "Evidence of harm (精神损害): photo or scan (medical.jpg)",
    "report": f"Record of the report to 微博 (ticket {TICKET}): screenshot",
}


def _record(url: str) -> bytes:
    """A capture record of a page that fitted one screen (one strip, nothing hidden)."""
    record = {
        "kind": "web",
        "requested_url": url,
        "final_url": url,
        "http_status": 200,
        "full_page": {
            "strips": 1,
            "pixel_width": 1200,
            "pixel_height": 800,
            "fixed_elements_hidden_after_first_strip": True,
        },
        "viewport": {"width": 1200, "height": 800},
        "capture_started": {"utc": "2026-12-02T02:46:00+00:00"},
        "capture_finished": {"utc": "2026-12-02T02:46:02+00:00"},
    }
    return json.dumps(record).encode()


def medical_photo(path: Path) -> Path:
    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for line, text in enumerate(["门诊病历", "姓名：王小明", "诊断：焦虑状态、睡眠障碍"]):
        draw.text((80, 120 + 90 * line), text, fill="black", font=font)
    image.save(path, "JPEG", quality=90)
    return path


def _web_files(folder: Path, name: str, url: str) -> list[NewFile]:
    window = window_capture(folder / f"{name}-window.png", url)
    return [
        NewFile("window", "window.png", path=window),
        NewFile("full_page", "page.png", path=window),
        NewFile("html", "page.html", data="<html><body>刹车门</body></html>".encode()),
        NewFile("provenance", "provenance.json", data=_record(url)),
    ]


def build_court_case(store: CaseStore, folder: Path) -> tuple[str, dict[str, str]]:
    """The case; returns (case id, {role: item number})."""
    folder.mkdir(parents=True, exist_ok=True)
    case = store.create_case(
        "王小明诉“车圈真相哥”等网络侵权案",
        OWNER.name,
        "2026年11月下旬起，多个账号发布“刹车失灵”虚假内容，并公开我的车牌和住址。",
        zone=ZONE,
        claimant=OWNER.name,
        respondent=f"微博用户“{ACCOUNT}”（UID {ACCOUNT_ID}）",
        party_terms="litigation",
    )
    numbers = {}
    post = store.add_item(
        case.id,
        "post",
        {
            "platform": "微博",
            "url": POST_URL,
            "account_name": ACCOUNT,
            "account_id": ACCOUNT_ID,
            "posted_at_displayed": "2026-11-28 21:14",
            "page_title": "某品牌刹车失灵真相，车主必看 - 微博",
            "views": "3.4万",
            "reposts": "1208",
            "counts_observed_at": "2026-12-02 10:30",
            "purpose": "证明被告发布“刹车失灵”等虚假内容",
        },
        _web_files(folder, "post", POST_URL),
    )
    numbers["post"] = post.number
    comment = store.add_item(
        case.id,
        "comment",
        {"platform": "汽车之家", "url": COMMENT_URL, "account_name": GANG},
        _web_files(folder, "comment", COMMENT_URL),
    )
    store.edit_fields(case.id, comment.id, {"posted_at_displayed": "3小时前"})
    numbers["comment"] = comment.number
    douyin = store.add_item(
        case.id,
        "comment",
        {
            "platform": "抖音",
            "account_name": GANG,
            "account_id": GANG_ID,
            "posted_at": "2026-11-30 19:02",
            "purpose": "证明被告公开原告车牌号及住址",
        },
        [NewFile("original", "douyin.png", path=phone_capture(folder / "douyin.png"))],
    )
    numbers["douyin"] = douyin.number
    message = store.add_item(
        case.id,
        "private_message",
        {
            "platform": "微博",
            "account_name": ACCOUNT,
            "posted_at_displayed": "2026-12-01 23:15",
            "purpose": "证明被告私信威胁原告",
        },
        [NewFile("original", "dm.png", path=message_capture(folder / "dm.png"))],
    )
    numbers["message"] = message.number
    medical = store.add_item(
        case.id,
        "harm_evidence",
        {"harm_type": "精神损害", "purpose": "证明原告因网络暴力就医"},
        [NewFile("original", "medical.jpg", path=medical_photo(folder / "medical.jpg"))],
    )
    numbers["medical"] = medical.number
    report = store.add_item(
        case.id,
        "other",
        {"platform": "微博", "report_ticket": TICKET, "purpose": "证明原告已向平台投诉"},
        [NewFile("original", "receipt.png", path=message_capture(folder / "receipt.png"))],
    )
    numbers["report"] = report.number
    return case.id, numbers
