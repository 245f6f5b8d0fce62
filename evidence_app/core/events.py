"""The custody actions, each defined once: its payload keys, how it changes the tables, its words.

Every reader of the custody log goes through this catalogue: the store appends and imports events
with ``apply_event``, the bundle's custody log and item pages, the item history in the app and
``evidence-app log`` word them with ``event_sentence`` (and ``log_summary``, the terminal's terse
form). To add an action: add its ``EventKind`` to ``CATALOGUE`` (payload keys, an applier if it
changes state, a sentence), its label to ``core.fields.ACTION_LABELS``, then translate.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from evidence_app.core.custody import canonical_json
from evidence_app.core.errors import IntegrityError
from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELDS,
    category_label,
    field_label,
    file_role_label,
    role_label,
)
from evidence_app.core.i18n import current_language, tr
from evidence_app.core.model import (
    CASE_DETAILS,
    CASE_PROPERTIES,
    CATEGORIES,
    Event,
    Operator,
    parse_number,
)
from evidence_app.core.review import VERDICTS, status_label
from evidence_app.core.timefmt import instant_text

# The sentences were first written for the bundle; the translation catalogue keeps them there.
CONTEXT = "Bundle"
SHORT_HASH = 16  # hex digits of a hash printed in a sentence or table
SHOWN_VALUE_CHARS = 80  # an old or new field value in a sentence, cut to this length


class EventWords(Protocol):
    """The language (and zone) a sentence is said in: the bundle's ``Words``, or ``PlainWords``."""

    lang: str

    def one(self, text: str) -> str: ...

    def when(self, value: str | datetime) -> str: ...


class PlainWords:
    """Words for the app and the terminal: the current language, times in *zone* (default: here)."""

    def __init__(self, lang: str | None = None, zone: str = "") -> None:
        self.lang = lang or current_language()
        self.zone = zone

    def one(self, text: str) -> str:
        return tr(CONTEXT, text, self.lang)

    def when(self, value: str | datetime) -> str:
        return instant_text(value, self.zone or None)


# -- small wording helpers (the bundle uses them too) ------------------------------------------


def short_hash(sha256: str) -> str:
    return sha256[:SHORT_HASH]


def human_size(size: int) -> str:
    """``310226`` → ``303.0 KB`` (1 KB = 1,024 bytes, as file managers count); bytes below 1 KB."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # not reached


def cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tsa_short(name: str) -> str:
    """``CN=Some TSA, O=Org, C=CN`` → ``Some TSA``; anything else as it is."""
    for part in name.split(","):
        key, _, value = part.strip().partition("=")
        if key.upper() == "CN" and value:
            return value
    return name


def operator_text(operator: Operator, words: EventWords) -> str:
    """``王小明（车主）`` in Chinese, ``王小明 (owner)`` in English: the name and the role in words."""
    role = role_label(operator.role, words.lang)
    return f"{operator.name}（{role}）" if words.lang == "zh_CN" else f"{operator.name} ({role})"


def duration_text(seconds: float, words: EventWords) -> str:
    """``125`` → ``2 min 5 s``: the largest unit and the one below it (``2 d 3 h``, never ``2 d 5 s``)."""
    total = round(abs(seconds))
    units = [
        (86_400, words.one("{n} d")),
        (3_600, words.one("{n} h")),
        (60, words.one("{n} min")),
        (1, words.one("{n} s")),
    ]
    for index, (size, label) in enumerate(units):
        if total >= size or size == 1:
            parts = [label.format(n=total // size)]
            if index + 1 < len(units):
                below, below_label = units[index + 1]
                rest = (total % size) // below
                if rest:
                    parts.append(below_label.format(n=rest))
            return " ".join(parts)
    return ""  # not reached: the last unit always matches


def gap_text(gap: Any, words: EventWords, imported: bool = False) -> str:
    """The gap between capture (or import) and trusted time, said honestly (a stamp before it too)."""
    try:
        seconds = float(gap)
    except (TypeError, ValueError):
        return "—"
    if imported:
        if seconds < 0:
            return words.one(
                "{duration} before the recorded import time (this computer's clock was ahead)"
            ).format(duration=duration_text(seconds, words))
        return words.one("{duration} after import").format(duration=duration_text(seconds, words))
    if seconds < 0:
        return words.one(
            "{duration} before the recorded capture time (the capturing computer's clock was ahead)"
        ).format(duration=duration_text(seconds, words))
    return words.one("{duration} after capture").format(duration=duration_text(seconds, words))


def _value_text(value: Any, words: EventWords) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if not text:
        return words.one("(empty)")
    return cut(text, SHOWN_VALUE_CHARS)


def _category_name(key: Any, words: EventWords) -> str:
    return category_label(str(key), words.lang) if key in CATEGORIES else str(key)


def _case_property(key: Any, words: EventWords) -> str:
    labels = {
        "title": words.one("Case"),
        "owner": words.one("Owner"),
        "description": words.one("What happened"),
        "zone": words.one("Time zone of the case"),
        "car": words.one("Car"),
        "contact": words.one("Owner's contact (for the lawyer)"),
        "claimant": words.one("Claimant"),
        "respondent": words.one("Respondent"),
        "party_terms": words.one("Parties are called"),
    }
    return labels.get(str(key), str(key))


def _party_terms(value: Any, words: EventWords) -> Any:
    if value == "litigation":
        return words.one("plaintiff and defendant")
    if value == "application":
        return words.one("applicant and respondent")
    return value


def _plain(value: Any) -> str:
    """A payload value of an action this version does not know, without JSON punctuation."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    return "—" if value is None else str(value)


# -- how each action reads ---------------------------------------------------------------------


@dataclass(frozen=True)
class Said:
    """What a sentence may know besides the event: item numbers by id, and whether it is shown in
    the item's own history (where the item's number is already on screen)."""

    numbers: Mapping[str, str]
    within_item: bool
    category: str = ""  # the item's, when known: a private message's times are "sent"


def _say_case_created(p: dict[str, Any], words: EventWords, said: Said) -> str:
    one = words.one
    text = one("Title: {title}").format(title=p.get("title", ""))
    if p.get("owner"):
        text += one("; owner: {owner}").format(owner=p["owner"])
    for key in CASE_DETAILS:  # zone, car, contact, parties, as given at creation
        if p.get(key):
            value = _party_terms(p[key], words) if key == "party_terms" else p[key]
            text += one("; {field}: {value}").format(field=_case_property(key, words), value=value)
    return text


def _say_case_edited(p: dict[str, Any], words: EventWords, said: Said) -> str:
    old, new = p.get("old"), p.get("new")
    if p.get("key") == "party_terms":
        old, new = _party_terms(old, words), _party_terms(new, words)
    return words.one("{field}: {old} → {new}").format(
        field=_case_property(p.get("key"), words),
        old=_value_text(old, words),
        new=_value_text(new, words),
    )


def _say_item_added(p: dict[str, Any], words: EventWords, said: Said) -> str:
    one = words.one
    category = _category_name(p.get("category"), words)
    if said.within_item:
        text = one("Added as {category}").format(category=category)
    else:
        text = one("{number} as {category}").format(number=p.get("number", ""), category=category)
    given_keys = set(p.get("fields") or {})
    kind = str(p.get("category"))
    given = [field_label(s.key, kind, words.lang) for s in FIELDS if s.key in given_keys]
    given += [str(k) for k in sorted(given_keys - set(FIELD_BY_KEY))]
    if given:
        text += one("; filled in: {fields}").format(fields=one(", ").join(given))
    if p.get("recapture_of"):
        original = str(p["recapture_of"])
        if original in said.numbers:
            text += one("; recapture of {number}, as a reviewer asked").format(
                number=said.numbers[original]
            )
        else:
            text += " · " + one("captured again, as a reviewer asked")
    return text


def _say_file_stored(p: dict[str, Any], words: EventWords, said: Said) -> str:
    return words.one("{role}: {name}, {size}, SHA-256 {sha256}…").format(
        role=file_role_label(str(p.get("role", "")), words.lang),
        name=p.get("name", ""),
        size=human_size(int(p.get("size") or 0)),
        sha256=short_hash(str(p.get("sha256", ""))),
    )


def _say_field_edited(p: dict[str, Any], words: EventWords, said: Said) -> str:
    return words.one("{field}: {old} → {new}").format(
        field=field_label(str(p.get("key")), said.category, words.lang),
        old=_value_text(p.get("old"), words),
        new=_value_text(p.get("new"), words),
    )


def _say_category_changed(p: dict[str, Any], words: EventWords, said: Said) -> str:
    return words.one("Category: {old} → {new}").format(
        old=_category_name(p.get("old"), words), new=_category_name(p.get("new"), words)
    )


def _say_item_withdrawn(p: dict[str, Any], words: EventWords, said: Said) -> str:
    return words.one("Reason: {reason}").format(reason=p.get("reason", ""))


def _say_timestamped(p: dict[str, Any], words: EventWords, said: Said) -> str:
    stamps = p.get("stamps") or {}
    return words.one("{role}: {name}, stamped by {tsa} at {time}, {gap}").format(
        role=file_role_label(str(stamps.get("role", "")), words.lang),
        name=p.get("file") or stamps.get("name", ""),
        tsa=tsa_short(str(p.get("tsa_name") or p.get("tsa_url") or "?")),
        time=words.when(str(p.get("gen_time_utc", ""))),
        # An "original" is an imported file: the app's clock starts at its import, not a capture.
        gap=gap_text(p.get("gap_seconds"), words, str(stamps.get("role", "")) == "original"),
    )


def _say_exported(p: dict[str, Any], words: EventWords, said: Said) -> str:
    text = words.one("Bundle {file}: {items} items, digitally signed (PAdES {level})").format(
        file=p.get("bundle", ""), items=p.get("items", ""), level=p.get("level", "")
    )
    if p.get("tsa_url"):
        text += words.one("; time-stamp from {tsa}").format(tsa=p["tsa_url"])
    return text


def _say_export_abandoned(p: dict[str, Any], words: EventWords, said: Said) -> str:
    reason = str(p.get("reason", ""))
    return words.one("Bundle {file} not written: {reason}").format(
        file=p.get("bundle", ""),
        reason=words.one("cancelled") if reason == "cancelled" else cut(reason, 200),
    )


def _say_verified(p: dict[str, Any], words: EventWords, said: Said) -> str:
    if p.get("ok"):
        return words.one("Intact (checked up to {hash}…)").format(
            hash=short_hash(str(p.get("head_checked", "")))
        )
    return words.one("{count} problems found").format(count=p.get("problems", "?"))


def _say_packed(p: dict[str, Any], words: EventWords, said: Said) -> str:
    return words.one("Case package {file}, signed by {subject}").format(
        file=p.get("file", ""), subject=tsa_short(str(p.get("signer_subject", "")))
    )


def _say_received(p: dict[str, Any], words: EventWords, said: Said) -> str:
    return words.one("Case package {file} from {subject}: {count} events taken over").format(
        file=p.get("file", ""),
        subject=tsa_short(str(p.get("sender_subject", ""))),
        count=p.get("events_imported", 0),
    )


def _say_item_reviewed(p: dict[str, Any], words: EventWords, said: Said) -> str:
    status = status_label(str(p.get("status", "")), words.lang)
    comment = p.get("comment", "")
    if said.within_item:  # the item's number is on screen already
        return f"{status}: “{comment}”" if comment else status
    return f"{p.get('number', '')} {status}" + (f": “{comment}”" if comment else "")


def _say_case_screened(p: dict[str, Any], words: EventWords, said: Said) -> str:
    label = VERDICTS.get(str(p.get("verdict", "")))
    verdict = tr("Review", label, words.lang) if label else str(p.get("verdict", ""))
    return verdict + (f": {p['notes']}" if p.get("notes") else "")


def _say_receipt_imported(p: dict[str, Any], words: EventWords, said: Said) -> str:
    document = p.get("receipt") or {}
    receipt = document.get("receipt") if isinstance(document, dict) else None
    receipt = receipt if isinstance(receipt, dict) else {}
    receiver = receipt.get("receiver") or {}
    return words.one("Receipt from {who} for {file}, received {when}").format(
        who=operator_text(
            Operator(str(receiver.get("name", "?")), str(receiver.get("role", ""))), words
        ),
        file=(receipt.get("file") or {}).get("name", ""),
        when=words.when(str(receipt.get("received_at_utc", ""))),
    )


# -- how each action changes the tables (state = the log replayed) ------------------------------


def _apply_case_created(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    p = event.payload
    db.execute(
        "INSERT INTO cases (id, title, owner, description, created_utc, created_local,"
        " origin_id, zone, car, contact, claimant, respondent, party_terms)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            case_id,
            str(p.get("title", "")),
            str(p.get("owner", "")),
            str(p.get("description", "")),
            event.at_utc,
            event.at_local,
            "" if event.case_id == case_id else event.case_id,
            *(str(p.get(key) or "") for key in CASE_DETAILS),
        ),
    )


def _apply_case_edited(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    key = event.payload.get("key")
    if key not in CASE_PROPERTIES:
        raise IntegrityError("Event {seq} edits an unknown case property.", seq=event.seq)
    db.execute(
        f"UPDATE cases SET {key} = ? WHERE id = ?", (event.payload.get("new") or "", case_id)
    )


def _apply_item_added(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    p = event.payload
    number = parse_number(str(p.get("number", "")))
    if number is None:
        raise IntegrityError("Event {seq} adds an item without a number.", seq=event.seq)
    db.execute(
        "INSERT INTO items (case_id, id, number, category, captured_utc, captured_local,"
        " operator_name, operator_role) VALUES (?,?,?,?,?,?,?,?)",
        (
            case_id,
            event.item,
            number,
            p.get("category"),
            p.get("captured_at_utc"),
            p.get("captured_at_local"),
            event.operator.name,
            event.operator.role,
        ),
    )
    db.executemany(
        "INSERT INTO item_fields (case_id, item_id, key, value) VALUES (?,?,?,?)",
        [(case_id, event.item, k, v) for k, v in (p.get("fields") or {}).items()],
    )
    db.execute("UPDATE cases SET last_number = MAX(last_number, ?) WHERE id = ?", (number, case_id))


def _apply_file_stored(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    p = event.payload
    db.execute(
        "INSERT INTO files (case_id, id, item_id, role, name, sha256, size, mime, meta,"
        " added_utc) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            case_id,
            p.get("file"),
            event.item,
            p.get("role"),
            p.get("name"),
            p.get("sha256"),
            p.get("size"),
            p.get("mime"),
            canonical_json(p.get("meta") or {}).decode("utf-8"),
            event.at_utc,
        ),
    )


def _apply_field_edited(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    p = event.payload
    if p.get("new") is None:
        db.execute(
            "DELETE FROM item_fields WHERE case_id = ? AND item_id = ? AND key = ?",
            (case_id, event.item, p.get("key")),
        )
    else:
        db.execute(
            "INSERT INTO item_fields (case_id, item_id, key, value) VALUES (?,?,?,?)"
            " ON CONFLICT (case_id, item_id, key) DO UPDATE SET value = excluded.value",
            (case_id, event.item, p.get("key"), p.get("new")),
        )


def _apply_category_changed(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    new = event.payload.get("new")
    if new not in CATEGORIES:
        raise IntegrityError("Event {seq} gives an item an unknown category.", seq=event.seq)
    changed = db.execute(
        "UPDATE items SET category = ? WHERE case_id = ? AND id = ?", (new, case_id, event.item)
    ).rowcount
    if changed != 1:
        raise IntegrityError(
            "Event {seq} changes the category of an item the case does not have.", seq=event.seq
        )


def _apply_item_withdrawn(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    db.execute(
        "UPDATE items SET withdrawn = 1, withdrawn_reason = ? WHERE case_id = ? AND id = ?",
        (event.payload.get("reason", ""), case_id, event.item),
    )


# -- the catalogue -----------------------------------------------------------------------------

Sentence = Callable[[dict[str, Any], EventWords, Said], str]
Applier = Callable[[sqlite3.Connection, str, Event], None]


@dataclass(frozen=True)
class EventKind:
    """One custody action: the payload keys it writes, how it changes the tables (``None``: it
    records without changing state), how it reads, and its terse form for ``evidence-app log``."""

    action: str
    payload: tuple[str, ...]
    sentence: Sentence
    apply: Applier | None = None
    terse: Callable[[dict[str, Any]], str] | None = None


def _kinds(*kinds: EventKind) -> dict[str, EventKind]:
    return {kind.action: kind for kind in kinds}


CATALOGUE: dict[str, EventKind] = _kinds(
    EventKind(
        "case_created",
        ("title", "owner", "description", *CASE_DETAILS),
        _say_case_created,
        _apply_case_created,
        lambda p: str(p.get("title", "")),
    ),
    EventKind(
        "case_edited",
        ("key", "old", "new"),
        _say_case_edited,
        _apply_case_edited,
        lambda p: f"{p.get('key')}: {p.get('old')!r} → {p.get('new')!r}",
    ),
    EventKind(
        "item_added",
        ("number", "category", "fields", "captured_at_utc", "captured_at_local", "recapture_of"),
        _say_item_added,
        _apply_item_added,
        lambda p: f"{p.get('number')} {p.get('category')}",
    ),
    EventKind(
        "file_stored",
        ("file", "role", "name", "sha256", "size", "mime", "meta"),
        _say_file_stored,
        _apply_file_stored,
        lambda p: f"{p.get('role')} {p.get('name')} sha256 {str(p.get('sha256'))[:16]}…",
    ),
    EventKind(
        "field_edited",
        ("key", "old", "new"),
        _say_field_edited,
        _apply_field_edited,
        lambda p: f"{p.get('key')}: {p.get('old')!r} → {p.get('new')!r}",
    ),
    EventKind(
        "category_changed",
        ("old", "new"),
        _say_category_changed,
        _apply_category_changed,
        lambda p: f"{p.get('old')} → {p.get('new')}",
    ),
    EventKind(
        "item_withdrawn",
        ("reason",),
        _say_item_withdrawn,
        _apply_item_withdrawn,
        lambda p: str(p.get("reason", "")),
    ),
    EventKind("exported", ("bundle", "items", "level", "tsa_url"), _say_exported),
    EventKind("export_abandoned", ("bundle", "reason"), _say_export_abandoned),
    EventKind("verified", ("ok", "problems", "head_checked"), _say_verified),
    EventKind(
        "timestamped",
        ("file", "stamps", "tsa_name", "tsa_url", "gen_time_utc", "gap_seconds"),
        _say_timestamped,
        None,
        lambda p: f"{p.get('file')} genTime {p.get('gen_time_utc')} {p.get('tsa_name')}",
    ),
    EventKind("packed", ("file", "signer_subject"), _say_packed),
    EventKind("received", ("file", "sender_subject", "events_imported"), _say_received),
    EventKind("item_reviewed", ("number", "status", "comment"), _say_item_reviewed),
    EventKind("case_screened", ("verdict", "notes"), _say_case_screened),
    EventKind("receipt_imported", ("receipt",), _say_receipt_imported),
)


def apply_event(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    """Change the tables as *event* says (in the open transaction); an action that records
    without changing state, or one from a newer version, changes nothing."""
    kind = CATALOGUE.get(event.action)
    if kind is not None and kind.apply is not None:
        kind.apply(db, case_id, event)


def event_sentence(
    event: Event,
    words: EventWords | None = None,
    numbers: Mapping[str, str] | None = None,
    *,
    within_item: bool = False,
    categories: Mapping[str, str] | None = None,
) -> str:
    """One short plain sentence saying what the event did (the JSON is in custody-log.json).

    *numbers* maps item ids to their numbers (``E003``), *categories* to their categories;
    *within_item* is for the item's own history, where its number is on screen already.
    """
    words = words or PlainWords()
    kind = CATALOGUE.get(event.action)
    if kind is None:  # an action of a newer version: its payload, without JSON punctuation
        return cut(_plain(event.payload), 300)
    category = (categories or {}).get(event.item or "", "")
    return kind.sentence(event.payload, words, Said(numbers or {}, within_item, category))


def log_summary(event: Event) -> str:
    """The terminal's terse form (``evidence-app log``): payload values as stored, for grep."""
    kind = CATALOGUE.get(event.action)
    if kind is None or kind.terse is None:
        return json.dumps(event.payload, ensure_ascii=False)[:120]
    return kind.terse(event.payload)
