"""How an item's review mark reads in the item panel (status, state, reviewer, comment)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from evidence_app.core.fields import role_label
from evidence_app.ui.models import readable_time

CONTEXT = "ItemPanel"  # tools/i18n.py extracts _t("…") with this context (the panel's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def review_html(mark: Any) -> str:
    """The item's latest review mark in one line: status, state, who and when, the comment."""
    from evidence_app.core.review import status_label

    if mark.status == "needs_recapture" and mark.open:
        color, state = "#b3261e", _t("open")
    elif mark.status == "needs_recapture":
        color = "#1b7f3b"
        state = _t("done: recaptured as {number}").format(number=mark.closed_by)
    else:
        color, state = "#1b7f3b", ""
    head = status_label(mark.status) + (f" — {state}" if state else "")
    who = _t("{name} ({role}), {when}").format(
        name=mark.by.name, role=role_label(mark.by.role), when=readable_time(mark.at_local)
    )
    comment = f"<br>“{html.escape(mark.comment)}”" if mark.comment else ""
    return (
        f"<span style='color:{color}'><b>{html.escape(head)}</b></span> · "
        f"<span style='color:#555'>{html.escape(who)}</span>{comment}"
    )
