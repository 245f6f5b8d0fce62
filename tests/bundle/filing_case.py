"""A case as issue 12's "Done when" describes it, for reading the bundle as a lawyer about to file:
the owner's story with car, contact and parties; two posts by the same account ID more than a
year apart, typed ``2025-09-20 13:05`` and ``2026-11-28 10:00``; a second account (𠮷 in its
nickname); a relative posting time ("3小时前"); an imported phone photo with EXIF; a browser
capture with its capture record; the account's home page.

Run as a script to export it in both languages and render every page for a look:
``python -m tests.bundle.filing_case OUT_DIR`` (pages in OUT_DIR/pages-zh_CN, OUT_DIR/pages-en).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.bundle.lawyer_case import phone_capture, viewport_capture, window_capture

OWNER = Operator("王小明", "owner")
STORY = (
    "2025年9月起，微博账号“车圈真相哥”（UID 7788990011）多次发帖，称我的车刹车失灵、"
    "是我故意隐瞒事故，并配了别人车辆的照片。\n"
    "2026年11月该账号再次发帖，点名我的车牌，评论区有人骂我骗保。"
    "另一个账号“吉𠮷说车”转发了同样的内容。"
)
ACCOUNT_A, ACCOUNT_A_ID = "车圈真相哥", "7788990011"
ACCOUNT_B, ACCOUNT_B_ID = "吉𠮷说车", "5512390021"
URL_A1 = "https://weibo.example.com/7788990011/P9xQ2kLmN"
URL_A2 = "https://weibo.example.com/7788990011/Q1aZ9yTt"
URL_B = "https://weibo.example.com/5512390021/R7cV3bNm"
PROFILE_URL = "https://weibo.example.com/u/7788990011"

# The browser capture's record, shaped as capture/web.py writes it.
PROVENANCE = {
    "format": "evidence-app/provenance/1",
    "source": "browser",
    "requested_url": URL_A2,
    "final_url": URL_A2,
    "redirects": [],
    "title": "刹车门真相",
    "http_status": 200,
    "error_page_captured_deliberately": False,
    "capture_started": {"utc": "2026-12-01T02:10:00.000000+00:00", "local": ""},
    "capture_finished": {"utc": "2026-12-01T02:10:09.500000+00:00", "local": ""},
    "app": {"name": "evidence-app", "version": "0.1.0"},
    "software": {"qt": "6.11.3", "qtwebengine": "6.11.3", "chromium": "130.0", "python": "3.11"},
    "user_agent": "Mozilla/5.0 Chrome/130",
    "os": "Linux-6.1-x86_64",
    "viewport": {"width": 1200, "height": 700, "device_pixel_ratio": 1.0},
    "full_page": {
        "pixel_width": 1200,
        "pixel_height": 2400,
        "strips": 4,
        "fixed_elements_hidden_after_first_strip": True,
    },
    "network": {
        "host": "weibo.example.com",
        "port": 443,
        "resolved_addresses": ["203.0.113.7"],
        "environment_check": {
            "proxies": {"environment": {}, "system": {}},
            "proxy_used": None,
            "hosts_file": "/etc/hosts",
            "hosts_file_entries": [],
            "loaded_address_matches_dns": True,
            "note": "No hosts-file entry and no proxy: the page came from the resolved addresses.",
        },
        "tls": {
            "host": "weibo.example.com",
            "chain": [{"subject": "CN=weibo.example.com", "sha256": "ab" * 32}],
            "verified": {"ok": True, "detail": "verified (system CAs)"},
        },
    },
    "browser": {"window_capture": {"address_bar": URL_A2}},
}


def exif_photo(path: Path) -> Path:
    """A phone photo with EXIF: camera, time taken and its offset."""
    image = Image.open(phone_capture(path.with_suffix(".png"))).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 15"  # Model
    exif[0x0132] = "2026:11:28 10:42:00"  # DateTime
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2026:11:28 10:41:30"  # DateTimeOriginal
    ifd[0x9011] = "+08:00"  # OffsetTimeOriginal
    image.save(path, "JPEG", quality=90, exif=exif)
    return path


def build_filing_case(store: CaseStore, folder: Path) -> tuple[str, dict[str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    case = store.create_case(
        "王小明诉车圈真相哥名誉权纠纷",
        OWNER.name,
        STORY,
        car="蔚来 ES6（沪A·D12345）",
        contact="138 0013 8000 · wxm@example.com",
        claimant=OWNER.name,
        respondent=f"微博用户“{ACCOUNT_A}”（UID {ACCOUNT_A_ID}）",
        party_terms="litigation",
    )
    old = store.add_item(
        case.id,
        "post",
        {
            "platform": "微博",
            "url": URL_A1,
            "account_name": ACCOUNT_A,
            "account_id": ACCOUNT_A_ID,
            "posted_at": "2025-09-20 13:05",
            "views": "4,000",
            "reposts": "300",
            "counts_observed_at": "2025-09-21 09:00",
            "content_text": "某品牌刹车失灵，车主隐瞒事故！",
            "purpose": "证明被告于2025年发布诽谤内容",
        },
        [NewFile("original", "IMG_0920.png", path=phone_capture(folder / "IMG_0920.png"))],
    )
    new = store.add_item(
        case.id,
        "post",
        {
            "platform": "微博",
            "url": URL_A2,
            "account_name": ACCOUNT_A,
            "account_id": ACCOUNT_A_ID,
            "posted_at": "2026-11-28 10:00",
            "views": "3,000",
            "reposts": "250",
            "counts_observed_at": "2026-12-01 10:10",
            "purpose": "证明被告再次发布诽谤内容",
        },
        [
            NewFile("window", "window.png", path=window_capture(folder / "window.png", URL_A2)),
            NewFile("visible", "visible.png", path=viewport_capture(folder / "visible.png")),
            NewFile("html", "page.html", data="<html><body>刹车门</body></html>".encode()),
            NewFile(
                "provenance",
                "provenance.json",
                data=json.dumps(PROVENANCE, ensure_ascii=False).encode(),
            ),
        ],
    )
    other = store.add_item(
        case.id,
        "post",
        {
            "platform": "微博",
            "url": URL_B,
            "account_name": ACCOUNT_B,
            "account_id": ACCOUNT_B_ID,
            "posted_at_displayed": "3小时前",
            "views": "1.2万",
            "reposts": "80",
            "purpose": "证明他人转发扩散",
        },
        [NewFile("original", "IMG_1128.jpg", path=exif_photo(folder / "IMG_1128.jpg"))],
    )
    profile = store.add_item(
        case.id,
        "account_profile",
        {
            "platform": "微博",
            "url": PROFILE_URL,
            "account_name": "汽车爆料君",
            "account_id": ACCOUNT_A_ID,
        },
        [NewFile("window", "profile.png", path=window_capture(folder / "profile.png"))],
    )
    return case.id, {
        "old": old.number,
        "new": new.number,
        "other": other.number,
        "profile": profile.number,
    }


def main(out_dir: Path) -> None:
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer

    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en"):
        work = out_dir / lang
        work.mkdir(exist_ok=True)
        store = CaseStore(work / "data", OWNER)
        case_id, _ = build_filing_case(store, work / "sources")
        signer = load_signer(work / "data", b"correct horse", OWNER.name)
        pdf = out_dir / f"bundle-{lang}.pdf"
        export_case(store, case_id, pdf, signer, lang=lang)
        store.close()
        pages = out_dir / f"pages-{lang}"
        pages.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(pages / "page")], check=True)
        print(pdf)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
