"""The item's Files and History tabs as HTML: roles, sizes, hashes and custody events in plain words."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from evidence_app.core.events import event_sentence
from evidence_app.core.fields import (
    action_label,
    file_role_label,
    role_label,
)
from evidence_app.core.model import Event, Item, StoredFile
from evidence_app.core.safe_text import one_line
from evidence_app.ui.models import has_token

CONTEXT = "ItemPanel"  # tools/i18n.py extracts _t("…") with this context (the panel's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def files_html(item: Item) -> str:
    """The Files tab: each stored file with its role, name, size, time and full SHA-256."""
    rows = []
    for stored in item.files:
        role = file_role_label(stored.role)
        stamps = stored.meta.get("stamps") or {}
        if stored.role == "tsr" and stamps.get("name"):
            role = _t("{role} for “{name}”").format(role=role, name=one_line(stamps["name"]))
        details = _t("Type: {mime} · stored {when}").format(
            mime=stored.mime, when=_local_time(stored.added_utc)
        )
        warning = not_shown(stored)
        if warning:
            warning = f"<br><span style='color:#b3261e'>{html.escape(warning)}</span>"
        rows.append(
            f"<p><b>{html.escape(role)}</b><br>"
            f"{_tip(one_line(stored.name), details)} · "
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


def history_html(events: Sequence[Event], item: Item | None = None) -> str:
    """The History tab: the item's custody events, one short paragraph each."""
    categories = {item.id: item.category} if item is not None else {}
    rows = []
    for e in events:
        exact = _t("Event {seq} of the custody log\nLocal: {local}\nUTC: {utc}").format(
            seq=e.seq, local=e.at_local, utc=e.at_utc
        )
        who = _t("{name} ({role})").format(name=e.operator.name, role=role_label(e.operator.role))
        sentence = event_sentence(e, within_item=True, categories=categories)  # in core.events
        if sentence:
            sentence = f"<br><span style='color:#555'>{html.escape(sentence)}</span>"
        rows.append(
            f"<p><b>{html.escape(action_label(e.action))}</b> · "
            f"{_tip(_local_time(e.at_local), exact)} · {html.escape(who)}{sentence}</p>"
        )
    return "".join(rows)


def _tip(text: str, tooltip: str) -> str:
    """*text* as HTML that shows *tooltip* when the pointer rests on it."""
    return f"<span title='{html.escape(tooltip, quote=True)}'>{html.escape(text)}</span>"


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
