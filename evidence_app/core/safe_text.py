"""Text from outside (file names, pasted post text, paths) made safe to print on a terminal:
control characters and bidirectional overrides are shown as escapes, never obeyed.

A name such as ``evil<U+202E>gnp.exe`` reads as ``evilexe.png`` where the override is obeyed, an
escape sequence in pasted text can recolour or rewrite the terminal, and a newline in a file name
makes one line of output look like two. What is stored stays as it came; only what is shown is
escaped (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE_LINE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """*text* on one line: every control (newlines too) and bidi override escaped."""
    return _UNSAFE_LINE.sub(_escape, text)


def shown(text: str) -> str:
    """*text* as printed: newlines and tabs kept, every other control and bidi override escaped."""
    return _UNSAFE_TEXT.sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text with the same characters as ``\\uXXXX`` escapes: it parses to the same value.

    (They can only stand inside strings there: JSON's own syntax is plain ASCII.)
    """
    return _UNSAFE_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
