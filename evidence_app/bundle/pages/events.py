"""Custody events in sentences, and the full custody log section."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
)

from evidence_app.bundle.pages.base import (
    SHOWN_VALUE_CHARS,
    USABLE_WIDTH,
    BundleContent,
    Words,
    _cut,
    _tsa_short,
    esc,
    gap_text,
    human_size,
    operator_text,
    short_hash,
    zone_sentence,
)
from evidence_app.bundle.pages.flow import Mark, _cell, _grid, _p, _when_cell
from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELDS,
    action_label,
    category_label,
    file_role_label,
)
from evidence_app.core.i18n import tr
from evidence_app.core.model import CASE_DETAILS, CATEGORIES, Event, Operator
from evidence_app.core.review import VERDICTS, status_label

CONTEXT = "Bundle"


def _value_text(value: Any, words: Words) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if not text:
        return words.one("(empty)")
    return _cut(text, SHOWN_VALUE_CHARS)


def _field_name(key: Any, words: Words) -> str:
    spec = FIELD_BY_KEY.get(str(key))
    return spec.label_in(words.lang) if spec else str(key)


def _category_name(key: Any, words: Words) -> str:
    return category_label(str(key), words.lang) if key in CATEGORIES else str(key)


def _case_property(key: Any, words: Words) -> str:
    if key == "title":
        return words.one("Case")
    if key == "owner":
        return words.one("Owner")
    if key == "description":
        return words.one("What happened")
    labels = {
        "zone": words.one("Time zone of the case"),
        "car": words.one("Car"),
        "contact": words.one("Contact for the lawyer"),
        "claimant": words.one("Claimant"),
        "respondent": words.one("Respondent"),
        "party_terms": words.one("Parties are called"),
    }
    return labels.get(str(key), str(key))


def _party_terms(value: Any, words: Words) -> Any:
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


def event_summary(event: Event, words: Words, numbers: dict[str, str] | None = None) -> str:
    """One short plain sentence saying what the event did (the JSON is in custody-log.json)."""
    p = event.payload
    one = words.one
    action = event.action
    if action == "case_created":
        text = one("Title: {title}").format(title=p.get("title", ""))
        if p.get("owner"):
            text += one("; owner: {owner}").format(owner=p["owner"])
        for key in CASE_DETAILS:  # zone, car, contact, parties, as given at creation
            if p.get(key):
                value = _party_terms(p[key], words) if key == "party_terms" else p[key]
                text += one("; {field}: {value}").format(
                    field=_case_property(key, words), value=value
                )
        return text
    if action == "case_edited":
        old, new = p.get("old"), p.get("new")
        if p.get("key") == "party_terms":
            old, new = _party_terms(old, words), _party_terms(new, words)
        return one("{field}: {old} → {new}").format(
            field=_case_property(p.get("key"), words),
            old=_value_text(old, words),
            new=_value_text(new, words),
        )
    if action == "item_added":
        text = one("{number} as {category}").format(
            number=p.get("number", ""), category=_category_name(p.get("category"), words)
        )
        given_keys = set(p.get("fields") or {})
        given = [spec.label_in(words.lang) for spec in FIELDS if spec.key in given_keys]
        given += [str(k) for k in sorted(given_keys - set(FIELD_BY_KEY))]
        if given:
            text += one("; filled in: {fields}").format(fields=one(", ").join(given))
        if p.get("recapture_of"):
            original = str(p["recapture_of"])
            text += one("; recapture of {number}, as a reviewer asked").format(
                number=(numbers or {}).get(original, original)
            )
        return text
    if action == "file_stored":
        return one("{role}: {name}, {size}, SHA-256 {sha256}…").format(
            role=file_role_label(str(p.get("role", "")), words.lang),
            name=p.get("name", ""),
            size=human_size(int(p.get("size") or 0)),
            sha256=short_hash(str(p.get("sha256", ""))),
        )
    if action == "field_edited":
        return one("{field}: {old} → {new}").format(
            field=_field_name(p.get("key"), words),
            old=_value_text(p.get("old"), words),
            new=_value_text(p.get("new"), words),
        )
    if action == "category_changed":
        return one("Category: {old} → {new}").format(
            old=_category_name(p.get("old"), words), new=_category_name(p.get("new"), words)
        )
    if action == "item_withdrawn":
        return one("Reason: {reason}").format(reason=p.get("reason", ""))
    if action == "timestamped":
        stamps = p.get("stamps") or {}
        return one("{role}: {name}, stamped by {tsa} at {time}, {gap}").format(
            role=file_role_label(str(stamps.get("role", "")), words.lang),
            name=p.get("file") or stamps.get("name", ""),
            tsa=_tsa_short(str(p.get("tsa_name") or p.get("tsa_url") or "?")),
            time=words.when(str(p.get("gen_time_utc", ""))),
            gap=gap_text(p.get("gap_seconds"), words),
        )
    if action == "exported":
        text = one("Bundle {file}: {items} items, signature PAdES {level}").format(
            file=p.get("bundle", ""), items=p.get("items", ""), level=p.get("level", "")
        )
        if p.get("tsa_url"):
            text += one("; time-stamp from {tsa}").format(tsa=p["tsa_url"])
        return text
    if action == "export_abandoned":
        reason = str(p.get("reason", ""))
        return one("Bundle {file} not written: {reason}").format(
            file=p.get("bundle", ""),
            reason=one("cancelled") if reason == "cancelled" else _cut(reason, 200),
        )
    if action == "verified":
        if p.get("ok"):
            return one("Intact (checked up to {hash}…)").format(
                hash=short_hash(str(p.get("head_checked", "")))
            )
        return one("{count} problems found").format(count=p.get("problems", "?"))
    if action == "packed":
        return one("Case package {file}, signed by {subject}").format(
            file=p.get("file", ""), subject=_tsa_short(str(p.get("signer_subject", "")))
        )
    if action == "received":
        return one("Case package {file} from {subject}: {count} events taken over").format(
            file=p.get("file", ""),
            subject=_tsa_short(str(p.get("sender_subject", ""))),
            count=p.get("events_imported", 0),
        )
    if action == "item_reviewed":
        status = status_label(str(p.get("status", "")), words.lang)
        comment = p.get("comment", "")
        return f"{p.get('number', '')} {status}" + (f": “{comment}”" if comment else "")
    if action == "case_screened":
        label = VERDICTS.get(str(p.get("verdict", "")))
        verdict = tr("Review", label, words.lang) if label else str(p.get("verdict", ""))
        return verdict + (f": {p['notes']}" if p.get("notes") else "")
    if action == "receipt_imported":
        document = p.get("receipt") or {}
        receipt = document.get("receipt") if isinstance(document, dict) else None
        receipt = receipt if isinstance(receipt, dict) else {}
        receiver = receipt.get("receiver") or {}
        return one("Receipt from {who} for {file}, received {when}").format(
            who=operator_text(
                Operator(str(receiver.get("name", "?")), str(receiver.get("role", ""))), words
            ),
            file=(receipt.get("file") or {}).get("name", ""),
            when=words.when(str(receipt.get("received_at_utc", ""))),
        )
    return _cut(_plain(p), 300)


def _event_rows(
    events: list[Event],
    numbers: dict[str, str],
    words: Words,
    styles: dict[str, ParagraphStyle],
    with_item: bool,
) -> list[list[Any]]:
    rows = []
    for e in events:
        # the key names of custody-log.json, so that a row can be found there
        chain = f"hash {short_hash(e.hash)} · prev {short_hash(e.prev_hash)}"
        row: list[Any] = [
            str(e.seq),
            _when_cell(e.at_utc, e.at_local, words, styles),
            operator_text(e.operator, words),
            action_label(e.action, words.lang),
        ]
        if with_item:
            row.append(numbers.get(e.item or "", ""))
        # one paragraph per style: a cell mixing fonts costs reportlab far more to break
        row.append(
            [_cell(esc(event_summary(e, words, numbers)), styles), _p(chain, styles["chain"])]
        )
        rows.append(row)
    return rows


def _event_table(
    events: list[Event],
    numbers: dict[str, str],
    words: Words,
    styles: dict[str, ParagraphStyle],
    with_item: bool,
) -> Table:
    header = [
        words.both("No."),
        words.both("Time"),
        words.both("Operator"),
        words.both("Action"),
    ]
    widths = [24, 104, 56, 60]
    if with_item:
        header.append(words.both("Item"))
        widths.append(30)
    header.append(words.both("What happened; hash chain"))
    widths.append(USABLE_WIDTH - sum(widths))
    return _grid(header, _event_rows(events, numbers, words, styles, with_item), widths, styles)


def _log_intro(events: list[Event], words: Words, head: str = "") -> str:
    """How a printed row ties to custody-log.json, and in which zone its times are printed."""
    if head:
        text = words.one(
            "Each row is one event of the attached custody-log.json, where No. is its seq; hash "
            "and prev are the first 16 characters of its hash and prev_hash, and the details are "
            "its payload in words."
        )
    else:
        text = words.one(
            "No. is the event's seq in the attached custody-log.json; hash and prev are the first "
            "16 characters of its hash and prev_hash."
        )
    text += " " + zone_sentence(words)
    if head:
        text += " " + words.one("The last event's full hash (the head): {head}").format(head=head)
    return text


def _custody_log(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    numbers = {i.id: i.number for i in content.items}
    return [
        Mark("custody", words.both("Custody log"), 0, seen),
        _p(esc(words.both("Custody log")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "Every action on this case, in order. Each event's hash covers its content and "
                    "the previous event's hash, from 64 zeros to the head."
                )
            ),
            styles["small"],
        ),
        _p(esc(_log_intro(content.events, words, content.custody_head)), styles["small"]),
        Spacer(1, 4),
        _event_table(content.events, numbers, words, styles, with_item=True),
    ]
