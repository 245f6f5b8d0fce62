"""The bundle's words for times, sizes, names and custody events (no PDF needed)."""

from __future__ import annotations

import re

import pytest

from evidence_app.bundle.fonts import has_glyph, printable
from evidence_app.bundle.pages.base import (
    Words,
    duration_text,
    esc,
    evidence_name,
    gap_text,
    human_size,
    typed_time_text,
)
from evidence_app.bundle.pages.events import event_summary
from evidence_app.core.custody import ACTIONS
from evidence_app.core.model import Event, Item, Operator, StoredFile

EN = Words("en", "Asia/Shanghai")
UTC = "2026-12-01T18:46:55.010856+00:00"
LOCAL = "2026-12-02T02:46:55.010856+08:00 CST (Asia/Shanghai)"


# Issue 12 changed this contract: times were printed UTC first with the local time and its zone
# abbreviation ("CST") in brackets; now every printed time is the case's local time with its
# numeric offset first and UTC in brackets (core.timefmt), never an abbreviation.
def test_one_instant_is_printed_in_the_case_zone_offset_first_then_utc():
    assert EN.when(UTC) == "2026-12-02 02:46:55 +08:00 (UTC 2026-12-01 18:46:55)"
    assert UTC.replace("T", " ").startswith(EN.when(UTC).split("(UTC ")[1][:19])
    assert EN.when("2026-12-02T02:46:55.999+08:00") == (
        "2026-12-02 02:46:55 +08:00 (UTC 2026-12-01 18:46:55)"
    )
    # a case kept in UTC: the bracket would say the same again
    assert Words("en", "UTC").when(UTC) == "2026-12-01 18:46:55 +00:00"
    assert Words("en", "Europe/Berlin").when(UTC) == (
        "2026-12-01 19:46:55 +01:00 (UTC 2026-12-01 18:46:55)"
    )
    assert EN.when("yesterday") == "yesterday"
    assert "CST" not in EN.when(LOCAL.split(" ")[0])


def test_a_typed_time_is_read_in_the_case_zone_and_a_relative_one_is_marked():
    base = "2026-12-06T10:00:00+00:00"  # captured 18:00 in Shanghai
    # typed to the minute: printed to the minute (no invented ":00" seconds)
    assert typed_time_text("2025-09-20 13:05", base, EN) == (
        "2025-09-20 13:05 +08:00 (UTC 2025-09-20 05:05)"
    )
    assert typed_time_text("2025年9月20日 13:05", base, EN).startswith(
        "2025-09-20 13:05 +08:00 (UTC 2025-09-20 05:05)\nas written: “2025年9月20日 13:05”"
    )
    relative = typed_time_text("3小时前", base, EN)
    assert relative.startswith("about 2026-12-06 15:00 +08:00 (UTC 2026-12-06 07:00)")
    assert "worked out from “3小时前” against the capture time" in relative
    assert "not readable" in typed_time_text("上周某天", base, EN)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.4, "0 s"), (7, "7 s"), (125, "2 min 5 s"), (3 * 3600 + 600, "3 h 10 min"),
     (2 * 86400 + 5, "2 d")],
)  # fmt: skip
def test_durations(seconds, text):
    assert duration_text(seconds, EN) == text


def test_a_stamp_before_the_recorded_capture_time_is_said_so():
    assert gap_text(3.2, EN) == "3 s after capture"
    assert "clock was ahead" in gap_text(-40, EN)
    assert gap_text(None, EN) == "—"


def test_sizes():
    assert human_size(35) == "35 B"
    assert human_size(310_226) == "303.0 KB"
    assert human_size(2_861_570) == "2.7 MB"


def test_a_character_the_main_face_lacks_is_drawn_in_a_fallback_face():
    assert has_glyph("😡") and has_glyph("𠮷") and has_glyph("私")
    assert printable("私信😡威胁.png") == "私信😡威胁.png"
    assert printable("plain\nASCII") == "plain\nASCII"
    assert re.fullmatch(r'a&lt;b&gt;<font name="Evidence\w+">😡</font>', esc("a<b>😡"))
    assert re.fullmatch(r'张<font name="EvidenceHan\w">𠮷</font>', esc("张𠮷"))


def test_a_character_no_face_has_becomes_its_code_point():
    # U+10FFFD: a private-use code point in plane 16, which no font draws
    assert not has_glyph("\U0010fffd")
    assert printable("a\U0010fffdb") == "a[U+10FFFD]b"


def _item(category: str, fields: dict[str, str], files: tuple[StoredFile, ...] = ()) -> Item:
    return Item("id", "case", 1, category, UTC, LOCAL, Operator("王小明"), False, "", fields, files)


def test_the_evidence_name_says_what_whose_and_in_what_form():
    # the old label ("Post · 微博 · 车圈真相哥 · 真相") became a court's 证据名称 (see
    # tests/bundle/test_court_names.py for every kind)
    post = _item("post", {"platform": "微博", "account_name": "车圈真相哥", "page_title": "真相"})
    assert evidence_name(post, "en") == "Post by 微博 user “车圈真相哥”"
    by_id = _item("comment", {"platform": "抖音", "account_id": "778899"})
    assert evidence_name(by_id, "en") == "Comment by 抖音 user (ID 778899)"
    stored = StoredFile(
        1, "id", "original", "invoice.pdf", "0" * 64, 10, "application/pdf", {}, UTC
    )
    assert evidence_name(_item("other", {}, (stored,)), "en") == "Other: PDF file (invoice.pdf)"
    video, path = (
        StoredFile(n, "id", role, name, str(n) * 64, 10, mime, {}, UTC)
        for n, role, name, mime in (
            (2, "video", "visit.mp4", "video/mp4"),
            (3, "navigation_log", "visit.json", "application/json"),
        )
    )
    recording = _item("other", {}, (video, path))  # a recording of the visit: named so, not "other"
    assert evidence_name(recording, "zh_CN") == "访问过程录像及访问地址记录（visit.mp4）"


def _event(action: str, payload: dict) -> Event:  # type: ignore[type-arg]
    return Event(
        1, "case", UTC, LOCAL, Operator("王小明"), action, "id", payload, "0" * 64, "1" * 64
    )


PAYLOADS = {
    "case_created": {"title": "网暴案", "owner": "王小明", "description": ""},
    "case_edited": {"key": "description", "old": "", "new": "经过"},
    "item_added": {"number": "E001", "category": "post", "fields": {"url": "https://x"}},
    "file_stored": {"role": "full_page", "name": "page.png", "sha256": "ab12" * 16, "size": 3912},
    "field_edited": {"key": "account_name", "old": None, "new": "汽车爆料君"},
    "category_changed": {"old": "other", "new": "account_profile"},
    "item_withdrawn": {"reason": "重复"},
    "exported": {"bundle": "b.pdf", "items": 3, "level": "B-B", "tsa_url": None},
    "export_abandoned": {"bundle": "b.pdf", "reason": "cancelled"},
    "verified": {"ok": True, "problems": 0, "head_checked": "ab" * 32},
    "timestamped": {"file": "page.png", "stamps": {"role": "full_page", "name": "page.png"},
                    "tsa_name": "CN=Test TSA, O=PKI", "gen_time_utc": UTC, "gap_seconds": 5.4},
    "packed": {"file": "c.evcase", "signer_subject": "CN=王小明"},
    "received": {"file": "c.evcase", "sender_subject": "CN=王小明", "events_imported": 4},
    "item_reviewed": {"number": "E001", "status": "needs_recapture", "comment": "截全窗口"},
    "case_screened": {"verdict": "usable", "notes": "可以起诉"},
    "receipt_imported": {"receipt": {"receipt": {"file": {"name": "b.pdf"},
                         "receiver": {"name": "李律师", "role": "lawyer"},
                         "received_at_utc": UTC, "received_at_local": LOCAL}}},
}  # fmt: skip


@pytest.mark.parametrize("action", ACTIONS)
def test_every_custody_action_is_a_plain_sentence(action):
    text = event_summary(_event(action, PAYLOADS[action]), EN)
    assert text
    for code in ("None", "{", "'", "_"):
        assert code not in text, (action, text)


def test_the_sentences_the_tester_asked_for():
    assert event_summary(_event("field_edited", PAYLOADS["field_edited"]), EN) == (
        "Account name: (empty) → 汽车爆料君"
    )
    assert event_summary(_event("file_stored", PAYLOADS["file_stored"]), EN) == (
        "Whole page: page.png, 3.8 KB, SHA-256 ab12ab12ab12ab12…"
    )
    assert event_summary(_event("category_changed", PAYLOADS["category_changed"]), EN) == (
        "Category: Other → Account profile"
    )
    assert event_summary(_event("timestamped", PAYLOADS["timestamped"]), EN) == (
        "Whole page: page.png, stamped by Test TSA at 2026-12-02 02:46:55 +08:00 "
        "(UTC 2026-12-01 18:46:55), 5 s after capture"
    )


def test_a_change_of_the_case_details_reads_as_a_sentence():
    assert event_summary(
        _event("case_edited", {"key": "party_terms", "old": "", "new": "litigation"}), EN
    ) == ("Parties are called: (empty) → plaintiff and defendant")
    assert event_summary(
        _event("case_edited", {"key": "zone", "old": "Asia/Shanghai", "new": "Europe/Berlin"}), EN
    ) == ("Time zone of the case: Asia/Shanghai → Europe/Berlin")


def test_the_environment_check_is_said_as_found_and_never_assumed():
    from evidence_app.bundle.pages.method import environment_sentences

    # a record without a check says so; it never claims "no proxy" or "no hosts entry"
    assert environment_sentences({"network": {"tls": {"issuer": "CN=Test CA"}}}, EN) == [
        "The capture record holds no check of the way to the server."
    ]
    found = environment_sentences(
        {
            "network": {
                "host": "weibo.com",
                "resolved_addresses": ["10.0.0.9"],
                "environment_check": {
                    "proxy_used": "http://127.0.0.1:8888",
                    "hosts_file_entries": [{"address": "10.0.0.9", "line": "10.0.0.9 weibo.com"}],
                    "loaded_address_matches_dns": False,
                },
            }
        },
        EN,
    )
    text = " ".join(found)
    assert "A proxy was in effect (http://127.0.0.1:8888): the page came through it." in text
    assert "hosts file maps weibo.com to 10.0.0.9" in text
    assert "_" not in text.replace("http://", "")


def test_a_day_without_a_time_is_printed_without_one():
    text = typed_time_text("2025年9月20日", "2026-12-06T10:00:00+00:00", EN)
    assert text.startswith("2025-09-20 (the day only; no time of day given)")
    assert "00:00:00" not in text
