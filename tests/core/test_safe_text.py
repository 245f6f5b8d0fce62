"""Text from outside shown on a terminal: controls and bidi overrides escaped, never obeyed."""

from __future__ import annotations

import json

from evidence_app.core.safe_text import json_safe, one_line, shown

HOSTILE = "evil\u202egnp.exe\n\x1b[31mRED\x07\r\x85\u2066"


def test_one_line_escapes_every_control_and_bidi_override() -> None:
    line = one_line(HOSTILE)
    assert line == "evil\\u202egnp.exe\\x0a\\x1b[31mRED\\x07\\x0d\\x85\\u2066"
    assert line.isprintable()
    assert one_line("微博 😈 post.png") == "微博 😈 post.png"  # ordinary text is left alone


def test_shown_keeps_newlines_and_tabs_of_a_pasted_text() -> None:
    assert shown("第一行\n\t第二行") == "第一行\n\t第二行"
    assert shown(HOSTILE) == "evil\\u202egnp.exe\n\\x1b[31mRED\\x07\\x0d\\x85\\u2066"


def test_json_safe_reads_back_as_the_same_value() -> None:
    value = {"name": HOSTILE, "notes": "多行\n文本"}
    text = json_safe(json.dumps(value, ensure_ascii=False, indent=2))
    assert json.loads(text) == value
    assert all(ch.isprintable() or ch == "\n" for ch in text)
