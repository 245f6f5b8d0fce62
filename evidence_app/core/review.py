"""Review by support staff and lawyers: item marks, recapture requests, and the case's screening verdict.

Nothing here has state of its own: marks and verdicts are custody events (``item_reviewed``,
``case_screened``), and an open request is read back from the log. A request for a recapture of
item X is closed by a later item whose ``item_added`` payload says ``recapture_of: X``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from evidence_app.core.errors import UserError
from evidence_app.core.i18n import N_, tr
from evidence_app.core.model import Event, Operator

if TYPE_CHECKING:  # only in annotations: the store words its events through core.events → here
    from evidence_app.core.store import CaseStore

CONTEXT = "Review"
STATUSES = {"reviewed": N_(CONTEXT, "Reviewed"), "needs_recapture": N_(CONTEXT, "Needs recapture")}
VERDICTS = {
    # The screening decision on how the case goes on, worded as a working decision of the person
    # named, never as a finding on the facts or the law (it may print on a bundle's cover).
    "usable": N_(CONTEXT, "For a lawyer to assess"),
    "not_yet": N_(CONTEXT, "More evidence needed"),
    "not_usable": N_(CONTEXT, "Not taken forward"),
}
REVIEWER_ROLES = ("support", "lawyer")


def status_label(status: str, lang: str | None = None) -> str:
    return tr(CONTEXT, STATUSES.get(status, status), lang)


def mark_summary(mark: ReviewMark, lang: str | None = None) -> str:
    """A review mark in one line: who (with the role), when, and the comment."""
    from evidence_app.core.fields import role_label
    from evidence_app.core.timefmt import MINUTE, local_time

    text = tr(CONTEXT, "{name} ({role}), {when}: {comment}", lang)
    return text.format(
        name=mark.by.name,
        role=role_label(mark.by.role, lang),
        when=local_time(mark.at_utc, precision=MINUTE),
        comment=mark.comment or status_label(mark.status, lang),
    )


def verdict_label(verdict: str, lang: str | None = None) -> str:
    return tr(CONTEXT, VERDICTS.get(verdict, verdict), lang)


@dataclass(frozen=True)
class ReviewMark:
    item_id: str
    number: str
    status: str
    comment: str
    by: Operator
    at_utc: str
    at_local: str
    seq: int
    closed_by: str | None = None  # number of the item that recaptured it

    @property
    def open(self) -> bool:
        return self.status == "needs_recapture" and self.closed_by is None


@dataclass(frozen=True)
class Verdict:
    verdict: str
    notes: str
    by: Operator
    at_utc: str
    at_local: str
    seq: int


@dataclass(frozen=True)
class ReviewState:
    marks: tuple[ReviewMark, ...]  # every mark, oldest first
    verdict: Verdict | None  # the latest

    def latest_for(self, item_id: str) -> ReviewMark | None:
        found = [m for m in self.marks if m.item_id == item_id]
        return found[-1] if found else None

    def latest_by_item(self) -> dict[str, ReviewMark]:
        """Item id → that item's latest mark, in one pass (every row of a large case at once)."""
        return {mark.item_id: mark for mark in self.marks}  # oldest first: later ones win

    @property
    def open_requests(self) -> list[ReviewMark]:
        return [m for m in self.marks if m.open]


def _require_reviewer(store: CaseStore) -> None:
    if store.operator.role not in REVIEWER_ROLES:
        raise UserError(
            "Only support staff and lawyers review evidence; choose the role in the settings "
            "(or --role support)."
        )


def mark_item(
    store: CaseStore, case_ref: str, item_ref: str, status: str, comment: str = ""
) -> Event:
    """Mark an item ``reviewed`` or ``needs_recapture`` (a request the owner sees)."""
    _require_reviewer(store)
    if status not in STATUSES:
        raise UserError(
            "Unknown review status “{status}”. Use reviewed or needs_recapture.", status=status
        )
    if status == "needs_recapture" and not comment.strip():
        raise UserError(
            "Say what to capture again (a comment is required for a recapture request)."
        )
    case = store.get_case(case_ref)
    item = store.get_item(case.id, item_ref)
    return store.record_event(
        case.id,
        "item_reviewed",
        {"status": status, "comment": comment.strip(), "number": item.number},
        item.id,
    )


def give_verdict(store: CaseStore, case_ref: str, verdict: str, notes: str = "") -> Event:
    """The screening verdict on the case: usable grounds, not yet, or not usable."""
    _require_reviewer(store)
    if verdict not in VERDICTS:
        raise UserError(
            "Unknown verdict “{verdict}”. Use usable, not_yet or not_usable.", verdict=verdict
        )
    case = store.get_case(case_ref)
    return store.record_event(
        case.id, "case_screened", {"verdict": verdict, "notes": notes.strip()}
    )


def review_state(store: CaseStore, case_ref: str, events: list[Event] | None = None) -> ReviewState:
    case = store.get_case(case_ref)
    events = events if events is not None else store.events(case.id)
    numbers: dict[str, str] = {}
    recaptures: dict[str, list[tuple[int, str]]] = {}
    marks: list[ReviewMark] = []
    verdict: Verdict | None = None
    for event in events:
        p = event.payload
        if event.action == "item_added" and event.item:
            numbers[event.item] = str(p.get("number", ""))
            original = p.get("recapture_of")
            if original:
                recaptures.setdefault(str(original), []).append((event.seq, numbers[event.item]))
        elif event.action == "item_reviewed" and event.item:
            marks.append(
                ReviewMark(
                    event.item,
                    numbers.get(event.item, ""),
                    str(p.get("status", "")),
                    str(p.get("comment", "")),
                    event.operator,
                    event.at_utc,
                    event.at_local,
                    event.seq,
                )
            )
        elif event.action == "case_screened":
            verdict = Verdict(
                str(p.get("verdict", "")),
                str(p.get("notes", "")),
                event.operator,
                event.at_utc,
                event.at_local,
                event.seq,
            )
    closed = []
    for mark in marks:
        later = [number for seq, number in recaptures.get(mark.item_id, []) if seq > mark.seq]
        if mark.status == "needs_recapture" and later:
            mark = ReviewMark(**{**mark.__dict__, "closed_by": later[0]})
        closed.append(mark)
    return ReviewState(tuple(closed), verdict)


def recapture_extra(store: CaseStore, case_ref: str, item_ref: str | None) -> dict[str, str]:
    """The ``extra`` for ``add_item`` that links a new capture to the item it recaptures."""
    if not item_ref:
        return {}
    return {"recapture_of": store.get_item(case_ref, item_ref).id}
