"""Attachment names: a name that would disguise itself when a lawyer saves the file is defused."""

from __future__ import annotations

from evidence_app.bundle.names import attachment_name


def test_bidi_overrides_and_controls_never_reach_an_attachment_name() -> None:
    # "evil<RLO>gnp.exe" shows as "evilexe.png" where the override is obeyed
    assert attachment_name("E001", "original", "evil\u202egnp.exe") == "E001-original-evil_gnp.exe"
    assert (
        attachment_name("E002", "original", "a\u2067b\x85c\nd.jpg") == "E002-original-a_b_c_d.jpg"
    )
    assert attachment_name("E003", "original", "微博截图 😈.png") == "E003-original-微博截图 😈.png"
