"""The 证据形式 of an item for the 证据目录, from its category and files."""

from __future__ import annotations

from evidence_app.core.evidence_form import (
    AUDIOVISUAL,
    DOCUMENTARY,
    ELECTRONIC_DATA,
    evidence_form,
    form_label,
)

CAPTURE = [("window", "image/png"), ("full_page", "image/png"), ("html", "text/html"),
           ("provenance", "application/json"), ("tsr", "application/timestamp-reply")]  # fmt: skip


def test_pages_posts_and_screenshots_are_electronic_data():
    assert evidence_form("post", CAPTURE) == ELECTRONIC_DATA
    assert evidence_form("private_message", [("original", "image/png")]) == ELECTRONIC_DATA
    assert evidence_form("account_profile", []) == ELECTRONIC_DATA


def test_papers_brought_in_as_pictures_are_documentary():
    assert evidence_form("identity_document", [("original", "image/jpeg")]) == DOCUMENTARY
    assert evidence_form("harm_evidence", [("original", "application/pdf")]) == DOCUMENTARY
    # a page captured in the browser stays electronic data whatever its category
    assert evidence_form("identity_document", CAPTURE) == ELECTRONIC_DATA
    assert evidence_form("harm_evidence", [("original", "text/plain")]) == ELECTRONIC_DATA


def test_recordings_are_audio_visual():
    recording = [("video", "video/webm"), ("navigation_log", "application/json")]
    assert evidence_form("post", recording) == AUDIOVISUAL
    assert evidence_form("other", [("original", "audio/mpeg")]) == AUDIOVISUAL
    assert evidence_form("post", [*recording, ("window", "image/png")]) == ELECTRONIC_DATA


def test_labels_in_both_languages():
    assert form_label(ELECTRONIC_DATA, "zh_CN") == "电子数据"
    assert form_label(DOCUMENTARY, "zh_CN") == "书证"
    assert form_label(AUDIOVISUAL, "zh_CN") == "视听资料"
    assert form_label(AUDIOVISUAL, "en") == "Audio-visual material"
