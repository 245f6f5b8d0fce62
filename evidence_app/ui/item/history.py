"""The item's Files and History tabs as HTML: roles, sizes, hashes and custody events in plain words."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from evidence_app.core.fields import (
    FIELD_BY_KEY,
    action_label,
    category_label,
    file_role_label,
    role_label,
)
from evidence_app.core.model import CATEGORIES, Event, Item, StoredFile
from evidence_app.ui.models import has_token

CONTEXT = "ItemPanel"  # tools/i18n.py extracts _t("…") with this context (the panel's words)
SHOWN_VALUE_CHARS = 80  # a field's old and new value in the history, cut to this length


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def files_html(item: Item) -> str:
    """The Files tab: each stored file with its role, name, size, time and full SHA-256."""
    rows = []
    for stored in item.files:
        role = file_role_label(stored.role)
        stamps = stored.meta.get("stamps") or {}
        if stored.role == "tsr" and stamps.get("name"):
            role = _t("{role} for “{name}”").format(role=role, name=stamps["name"])
        details = _t("Type: {mime} · stored {when}").format(
            mime=stored.mime, when=_local_time(stored.added_utc)
        )
        warning = not_shown(stored)
        if warning:
            warning = f"<br><span style='color:#b3261e'>{html.escape(warning)}</span>"
        rows.append(
            f"<p><b>{html.escape(role)}</b><br>"
            f"{_tip(stored.name, details)} · "
            f"{_tip(size_text(stored.size), exact_size(stored.size))}{warning}<br>"
            f"SHA-256: <span style='font-family:monospace'>{stored.sha256}</span></p>"
        )
    stamp = _t("Trusted time-stamp: yes") if has_token(item) else _t("Trusted time-stamp: not yet")
    return f"<p><b>{html.escape(stamp)}</b></p>" + "".join(rows)


def not_shown(stored: StoredFile) -> str:
    """Why a file that claims to be a picture is not shown ("" when it is, or is no picture)."""
    image = stored.meta.get("image") or {}
    if image.get("undecodable"):
        return _t("This file is not a picture that can be shown; it is kept unchanged.")
    if image.get("too_large_to_decode"):
        return _t("This picture is too large to show here; it is kept unchanged.")
    return ""


def size_text(size: int) -> str:
    """``34401`` → ``33.6 KB`` (1 KB = 1,024 bytes, as file managers count)."""
    if size < 1024:
        return exact_size(size)
    value = size / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}"
        value /= 1024
    return exact_size(size)  # not reached


def exact_size(size: int) -> str:
    return _t("{count} bytes").format(count=f"{size:,}")


def history_html(events: Sequence[Event]) -> str:
    """The History tab: the item's custody events, one short paragraph each."""
    rows = []
    for e in events:
        exact = _t("Event {seq} of the custody log\nLocal: {local}\nUTC: {utc}").format(
            seq=e.seq, local=e.at_local, utc=e.at_utc
        )
        who = _t("{name} ({role})").format(name=e.operator.name, role=role_label(e.operator.role))
        sentence = event_sentence(e)
        if sentence:
            sentence = f"<br><span style='color:#555'>{html.escape(sentence)}</span>"
        rows.append(
            f"<p><b>{html.escape(action_label(e.action))}</b> · "
            f"{_tip(_local_time(e.at_local), exact)} · {html.escape(who)}{sentence}</p>"
        )
    return "".join(rows)


def event_sentence(event: Event) -> str:
    """One short line saying what the event did, in the owner's words (may be empty)."""
    p = event.payload
    if event.action == "item_added":
        text = _t("Added as {category}").format(category=_category(p.get("category")))
        if p.get("recapture_of"):
            text += " · " + _t("captured again, as a reviewer asked")
        return text
    if event.action == "file_stored":
        return _t("{role}: {name}, {size}").format(
            role=file_role_label(str(p.get("role", ""))),
            name=p.get("name", ""),
            size=size_text(int(p.get("size") or 0)),
        )
    if event.action == "field_edited":
        key = str(p.get("key", ""))
        spec = FIELD_BY_KEY.get(key)
        return _t("{field}: {old} → {new}").format(
            field=spec.label_in() if spec else key,
            old=value_text(p.get("old")),
            new=value_text(p.get("new")),
        )
    if event.action == "category_changed":
        return _t("Category: {old} → {new}").format(
            old=_category(p.get("old")), new=_category(p.get("new"))
        )
    if event.action == "item_withdrawn":
        return _t("Reason: {reason}").format(reason=p.get("reason", ""))
    if event.action == "timestamped":
        return _t("“{name}” stamped by {tsa} at {when}").format(
            name=p.get("file", ""),
            tsa=p.get("tsa_name") or p.get("tsa_url") or "?",
            when=_local_time(str(p.get("gen_time_utc", ""))),
        )
    if event.action == "item_reviewed":
        from evidence_app.core.review import status_label

        status = status_label(str(p.get("status", "")))
        return f"{status}: “{p['comment']}”" if p.get("comment") else status
    return ""


def value_text(value: Any) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if not text:
        return _t("(empty)")
    return text if len(text) <= SHOWN_VALUE_CHARS else text[: SHOWN_VALUE_CHARS - 1] + "…"


def _tip(text: str, tooltip: str) -> str:
    """*text* as HTML that shows *tooltip* when the pointer rests on it."""
    return f"<span title='{html.escape(tooltip, quote=True)}'>{html.escape(text)}</span>"


def _category(key: Any) -> str:
    return category_label(key) if key in CATEGORIES else str(key)


def _local_time(iso: str) -> str:
    """An ISO time (``at_local`` with its zone name, or UTC) → ``2025-10-01 13:02:07`` on this
    computer's clock; the exact value is shown beside it as a tooltip."""
    stamp = iso.partition(" ")[0]
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return iso
    if moment.tzinfo is not None and not iso.partition(" ")[2]:
        moment = moment.astimezone()  # UTC → local; an at_local keeps the offset it was made in
    return moment.strftime("%Y-%m-%d %H:%M:%S")
