"""The evidence guide (resources/guide/guide.json) and how complete a case is against it (Qt-free).

The guide's prose is translated content in the JSON (Chinese and English side by side); the
completion rules live here, one function per step id, evaluated on the stored case. Where the
narrative lives: the case's ``description`` ("What happened", written in the new-case wizard and
changed with ``CaseStore.edit_case``), so every change of it is a custody event.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence_app.core.fields import FIELD_BY_KEY, N_
from evidence_app.core.guide_content import GUIDE_PATH as GUIDE_PATH
from evidence_app.core.guide_content import TOOLS as TOOLS
from evidence_app.core.guide_content import Guide as Guide
from evidence_app.core.guide_content import Step as Step
from evidence_app.core.i18n import tr
from evidence_app.core.model import Case, Item
from evidence_app.core.settings import Settings

CONTEXT = "Guide"

DONE, MISSING, NOT_APPLICABLE = "done", "missing", "not_applicable"

# Fields the guide asks for, per category. One rule for "required": ``missing_fields`` reads this
# table, the rules below turn what it returns into gaps ("E002: fill in …"), and the item form's
# red * marks, the table's "N missing" and the guide's gap list are all read from those gaps
# (``Completeness.item_missing_fields`` and ``Completeness.missing_count``).
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "post": ("url", "account_id", "posted_at_displayed", "purpose"),
    "comment": ("url", "account_id", "posted_at_displayed", "purpose"),
    "account_profile": ("url", "account_id", "purpose"),
    "private_message": ("account_id", "purpose"),
    "search_result": ("url", "purpose"),
    "harm_evidence": ("harm_type", "purpose"),
    "identity_document": ("purpose",),
    "other": ("purpose",),
}
REACH_FIELDS = ("views", "reposts", "comments", "likes")
# Pictures of a web page. "visible" is also what a screen capture stores, so an item counts as a
# page capture by these only with a page address (a screen capture or a recording has none).
PAGE_PICTURE_ROLES = frozenset({"visible", "full_page", "window"})
RAW_PAGE_ROLES = frozenset({"mhtml", "html"})
SCREENSHOT_ROLES = frozenset({"original", "visible", "full_page", "window"})
POSTING_CATEGORIES = ("post", "comment")
MIN_NARRATIVE_CHARS = 10


def required_fields(category: str) -> tuple[str, ...]:
    return REQUIRED_FIELDS.get(category, ("purpose",))


def missing_fields(item: Item) -> tuple[str, ...]:
    """The fields the guide asks of *item* (by its category) that are still empty."""
    return tuple(k for k in required_fields(item.category) if not item.fields.get(k, "").strip())


# The post fields asked by the post step; every other required field is asked by the purpose step.
POST_STEP_FIELDS = ("url", "account_id", "posted_at_displayed")


# -- the guide's content ---------------------------------------------------------------------


def parse_guide(data: dict[str, Any]) -> Guide:
    steps = []
    for raw in data["steps"]:
        if raw["tool"] not in TOOLS:
            raise ValueError(f"guide step {raw['id']}: unknown tool {raw['tool']}")
        if raw["id"] not in RULES:
            raise ValueError(f"guide step {raw['id']}: no completion rule")
        text = {part: dict(raw[part]) for part in ("title", "what", "why", "basis")}
        steps.append(Step(raw["id"], raw["tool"], bool(raw.get("optional", False)), text))
    return Guide(dict(data["title"]), dict(data.get("narrative_location", {})), tuple(steps))


@functools.lru_cache(maxsize=2)
def load_guide(path: Path = GUIDE_PATH) -> Guide:
    return parse_guide(json.loads(path.read_text("utf-8")))


# -- completeness ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Gap:
    """One thing the guide still asks for: English source with {placeholders}, translated when shown."""

    step: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    item: str | None = None  # the item's number (E003) when the gap is about one item

    def message(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "fields" in params:  # field keys → their translated labels
            params["fields"] = _join(
                [FIELD_BY_KEY[k].label_in(lang) for k in params["fields"]], lang
            )
        return tr(CONTEXT, self.text, lang).format(**params)


@dataclass(frozen=True)
class StepStatus:
    step: Step
    state: str  # done | missing | not_applicable
    gaps: tuple[Gap, ...] = ()
    # Why the step reads as it does, shown next to its title: for a step that does not apply,
    # "do this once the steps before it are done" or "not needed: …"; for an export that is out
    # of date, "exported; changed since". None when the state says it all.
    why: Gap | None = None

    @property
    def tool(self) -> str:
        """The tool that mends what the step lacks first: its own, or the item form when that is
        a field of an item the case already has (a saved home page without its account ID)."""
        first = self.gaps[0] if self.state == MISSING and self.gaps else None
        if first is not None and first.item and first.params.get("fields"):
            return "fields"
        return self.step.tool

    @property
    def waiting(self) -> bool:
        """Not applicable yet because earlier steps come first (rather than not needed at all)."""
        return self.state == NOT_APPLICABLE and self.why is not None and self.why.text in WAITING


@dataclass(frozen=True)
class Completeness:
    case_id: str
    steps: tuple[StepStatus, ...]
    item_gaps: dict[str, tuple[Gap, ...]]  # item number → gaps about that item
    item_missing_fields: dict[str, tuple[str, ...]]  # item number → required field keys not filled

    def status(self, step_id: str) -> StepStatus:
        for status in self.steps:
            if status.step.id == step_id:
                return status
        raise KeyError(step_id)

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.state == DONE)

    @property
    def applicable(self) -> int:
        return sum(1 for s in self.steps if s.state != NOT_APPLICABLE)

    @property
    def total(self) -> int:
        """Every step of the guide: the progress counts over this fixed number, so the total
        never changes as the case grows (steps that wait or are not needed are said as such)."""
        return len(self.steps)

    @property
    def not_needed(self) -> int:
        """Steps this case does not need (no posts: no reach to record), not merely waiting."""
        return sum(1 for s in self.steps if s.state == NOT_APPLICABLE and not s.waiting)

    @property
    def settled(self) -> int:
        """Steps with nothing left to do: done, or not needed for this case."""
        return self.done + self.not_needed

    @property
    def complete(self) -> bool:
        """Every required step that applies is done (optional ones may still be open)."""
        return all(s.state != MISSING or s.step.optional for s in self.steps)

    def gaps(self, include_optional: bool = False) -> list[Gap]:
        return [
            gap
            for s in self.steps
            if s.state == MISSING and (include_optional or not s.step.optional)
            for gap in s.gaps
        ]

    def item_complete(self, number: str) -> bool:
        return not self.item_gaps.get(number)

    def missing_count(self, number: str) -> int:
        """How many things item *number* still lacks: each field gaps name (once, though two
        steps may ask it), and each gap that names no field (a screenshot, the raw page, a
        time-stamp). The table's "N missing"."""
        gaps = self.item_gaps.get(number, ())
        fields = {k for g in gaps for k in g.params.get("fields") or ()}
        return len(fields) + sum(1 for g in gaps if not g.params.get("fields"))


class CaseFacts:
    """What the rules look at: the case, its live items, and the settings in force.

    *changed_since_export*: the custody log has changes (items, edits, time-stamps) after the
    last ``exported`` event, so the bundle the lawyer has is out of date.
    """

    def __init__(
        self,
        case: Case,
        items: Sequence[Item],
        tsa_urls: Sequence[str],
        exported: bool,
        changed_since_export: bool = False,
    ):
        self.case = case
        self.items = [i for i in items if not i.withdrawn]
        # Item.number formats its number on every call; a 10,000-item case asks ~100,000 times.
        self.numbers = {i.id: i.number for i in self.items}
        self.tsa_urls = tuple(tsa_urls)
        self.exported = exported
        self.changed_since_export = exported and changed_since_export

    def of(self, *categories: str) -> list[Item]:
        return [i for i in self.items if i.category in categories]


Rule = Callable[[CaseFacts], tuple[str, list[Gap]]]


def _result(gaps: list[Gap]) -> tuple[str, list[Gap]]:
    return (MISSING if gaps else DONE), gaps


def rule_capture_first(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if facts.items:
        return DONE, []
    return MISSING, [Gap("capture_first", N_(CONTEXT, "Nothing has been captured yet."))]


def rule_post_details(facts: CaseFacts) -> tuple[str, list[Gap]]:
    posts = facts.of(*POSTING_CATEGORIES)
    if not posts:
        return NOT_APPLICABLE, []
    gaps = []
    for item in posts:
        if not any(f.role in SCREENSHOT_ROLES and f.mime.startswith("image/") for f in item.files):
            gaps.append(
                Gap(
                    "post_details",
                    N_(CONTEXT, "{number}: no screenshot."),
                    {"number": facts.numbers[item.id]},
                    facts.numbers[item.id],
                )
            )
        missing = [k for k in missing_fields(item) if k in POST_STEP_FIELDS]
        if missing:
            gaps.append(
                Gap(
                    "post_details",
                    N_(CONTEXT, "{number}: fill in {fields}."),
                    {"number": facts.numbers[item.id], "fields": missing},
                    facts.numbers[item.id],
                )
            )
    return _result(gaps)


def rule_account_profiles(facts: CaseFacts) -> tuple[str, list[Gap]]:
    """Every poster's home page is saved. A saved home page without an account ID cannot be
    matched to a poster: what is missing then is that ID, on that item (not another capture)."""
    posters: dict[str, str] = {}
    for item in facts.of(*POSTING_CATEGORIES):
        account = item.fields.get("account_id", "").strip()
        if account:
            posters.setdefault(account, facts.numbers[item.id])
    if not posters:
        return NOT_APPLICABLE, []
    profiles = facts.of("account_profile")
    profiled = {i.fields.get("account_id", "").strip() for i in profiles}
    unprofiled = [(a, n) for a, n in posters.items() if a not in profiled]
    if not unprofiled:
        return DONE, []
    gaps = [
        Gap(
            "account_profiles",
            N_(CONTEXT, "{number} is a saved home page without an account ID: fill it in there."),
            {"number": facts.numbers[i.id], "fields": ["account_id"]},
            facts.numbers[i.id],
        )
        for i in profiles
        if not i.fields.get("account_id", "").strip()
    ]
    gaps += [
        Gap(
            "account_profiles",
            N_(CONTEXT, "Account {account} (who posted {number}) has no saved home page."),
            {"account": account, "number": number},
        )
        for account, number in unprofiled
    ]
    return _result(gaps)


def rule_reach(facts: CaseFacts) -> tuple[str, list[Gap]]:
    posts = facts.of("post")
    if not posts:
        return NOT_APPLICABLE, []
    gaps = []
    for item in posts:
        if not any(item.fields.get(k) for k in REACH_FIELDS):
            gaps.append(
                Gap(
                    "reach",
                    N_(CONTEXT, "{number}: no views, reposts, comments or likes recorded."),
                    {"number": facts.numbers[item.id]},
                    facts.numbers[item.id],
                )
            )
        elif not item.fields.get("counts_observed_at"):
            gaps.append(
                Gap(
                    "reach",
                    N_(CONTEXT, "{number}: fill in {fields}."),
                    {"number": facts.numbers[item.id], "fields": ["counts_observed_at"]},
                    facts.numbers[item.id],
                )
            )
    return _result(gaps)


def rule_recording(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if not facts.of(*POSTING_CATEGORIES, "account_profile"):
        return NOT_APPLICABLE, []
    if any(f.role == "video" for item in facts.items for f in item.files):
        return DONE, []
    return MISSING, [
        Gap("recording", N_(CONTEXT, "There is no screen recording of the way to a post."))
    ]


def _page_address(item: Item) -> str:
    return item.fields.get("final_url") or item.fields.get("url") or ""


def rule_raw_page(facts: CaseFacts) -> tuple[str, list[Gap]]:
    """Every page captured as pictures also has its raw page kept, by that item or by another
    capture of the same address (so a gap is fixed by capturing the page once more)."""
    web = [
        i
        for i in facts.items
        if any(f.role in PAGE_PICTURE_ROLES for f in i.files)
        and (_page_address(i) or any(f.role == "full_page" for f in i.files))
    ]
    if not web:
        return NOT_APPLICABLE, []

    def has_raw(item: Item) -> bool:
        return any(f.role in RAW_PAGE_ROLES for f in item.files)

    kept = {_page_address(i) for i in facts.items if has_raw(i)} - {""}
    gaps = [
        Gap(
            "raw_page",
            N_(CONTEXT, "{number}: the raw page (MHTML or HTML) was not kept."),
            {"number": facts.numbers[i.id]},
            facts.numbers[i.id],
        )
        for i in web
        if not has_raw(i) and _page_address(i) not in kept
    ]
    return _result(gaps)


def rule_purpose(facts: CaseFacts) -> tuple[str, list[Gap]]:
    """What each item proves, and the other fields the guide asks of its kind (a private message's
    account ID, a harm item's kind of harm): everything ``missing_fields`` names that the post
    step does not already ask."""
    if not facts.items:
        return NOT_APPLICABLE, []
    gaps = []
    for item in facts.items:
        posting = item.category in POSTING_CATEGORIES
        missing = [k for k in missing_fields(item) if not (posting and k in POST_STEP_FIELDS)]
        if missing:
            gaps.append(
                Gap(
                    "purpose",
                    N_(CONTEXT, "{number}: fill in {fields}."),
                    {"number": facts.numbers[item.id], "fields": missing},
                    facts.numbers[item.id],
                )
            )
    return _result(gaps)


def rule_harm(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if facts.of("harm_evidence"):
        return DONE, []
    return MISSING, [Gap("harm", N_(CONTEXT, "No evidence of the harm done to you yet."))]


def rule_identity(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if facts.of("identity_document"):
        return DONE, []
    return MISSING, [Gap("identity", N_(CONTEXT, "No purchase invoice or registration yet."))]


def rule_reports(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if any(i.fields.get("report_ticket") for i in facts.items):
        return DONE, []
    return MISSING, [Gap("reports", N_(CONTEXT, "No report ticket number recorded yet."))]


def rule_narrative(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if len(facts.case.description.strip()) >= MIN_NARRATIVE_CHARS:
        return DONE, []
    return MISSING, [Gap("narrative", N_(CONTEXT, "The case has no account of what happened yet."))]


def rule_timestamp(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if not facts.tsa_urls or not facts.items:
        return NOT_APPLICABLE, []
    gaps = [
        Gap(
            "timestamp",
            N_(CONTEXT, "{number}: no trusted time-stamp yet."),
            {"number": facts.numbers[i.id]},
            facts.numbers[i.id],
        )
        for i in facts.items
        if not any(f.role == "tsr" for f in i.files)
    ]
    return _result(gaps)


def rule_export(facts: CaseFacts) -> tuple[str, list[Gap]]:
    if not facts.items:
        return NOT_APPLICABLE, []
    if facts.exported and facts.changed_since_export:
        return MISSING, [
            Gap(
                "export",
                N_(
                    CONTEXT,
                    "The case changed after the last export (new items, edits or time-stamps): "
                    "export it again so that your lawyer has everything.",
                ),
            )
        ]
    if facts.exported:
        return DONE, []
    return MISSING, [Gap("export", N_(CONTEXT, "No bundle has been exported yet."))]


RULES: dict[str, Rule] = {
    "capture_first": rule_capture_first,
    "post_details": rule_post_details,
    "account_profiles": rule_account_profiles,
    "reach": rule_reach,
    "recording": rule_recording,
    "raw_page": rule_raw_page,
    "purpose": rule_purpose,
    "harm": rule_harm,
    "identity": rule_identity,
    "reports": rule_reports,
    "narrative": rule_narrative,
    "timestamp": rule_timestamp,
    "export": rule_export,
}

# Steps whose gaps the bundle does not list: exporting is what the bundle itself is.
NOT_IN_BUNDLE = frozenset({"export"})


# Custody actions that change nothing a bundle shows: after the last export they leave it current.
UNCHANGING_ACTIONS = ("exported", "export_abandoned", "verified", "packed")


def _export_state(store: Any, case_id: str) -> tuple[bool, bool]:
    """(exported at least once, changed since the last export) from the custody log."""
    row = store.db.execute(
        # "exported" only: an export that was abandoned (export_abandoned) handed nothing over.
        "SELECT MAX(seq) FROM events WHERE case_id = ? AND action = 'exported'",
        (case_id,),
    ).fetchone()
    if row is None or row[0] is None:
        return False, False
    marks = ", ".join("?" for _ in UNCHANGING_ACTIONS)
    changed = store.db.execute(
        f"SELECT 1 FROM events WHERE case_id = ? AND seq > ? AND action NOT IN ({marks}) LIMIT 1",
        (case_id, row[0], *UNCHANGING_ACTIONS),
    ).fetchone()
    return True, changed is not None


# Why a step does not apply (shown next to its title): it waits for the steps before it, or it is
# not needed for this case. English sources, translated when shown.
WAIT_FOR_EARLIER = N_(CONTEXT, "do this once the steps before it are done")
WAIT_FOR_ACCOUNT_IDS = N_(CONTEXT, "fill in the posters' account IDs in step 2 first")
CHOOSE_TIME_SERVICE = N_(CONTEXT, "choose a trusted time service first")
WAITING = frozenset({WAIT_FOR_EARLIER, WAIT_FOR_ACCOUNT_IDS, CHOOSE_TIME_SERVICE})
NOT_NEEDED: dict[str, str] = {
    "post_details": N_(CONTEXT, "not needed: this case has no posts or comments"),
    "account_profiles": N_(CONTEXT, "not needed: this case has no posts or comments"),
    "reach": N_(CONTEXT, "not needed: this case has no posts"),
    "recording": N_(CONTEXT, "not needed: this case has no posts or account pages"),
    "raw_page": N_(CONTEXT, "not needed: no web page was captured, only files imported"),
}
EXPORTED_CHANGED = N_(CONTEXT, "exported, changed since")


def why_of(step_id: str, state: str, facts: CaseFacts) -> Gap | None:
    """The short reason shown next to a step's title (see ``StepStatus.why``)."""
    if step_id == "export" and state == MISSING and facts.changed_since_export:
        return Gap(step_id, EXPORTED_CHANGED)
    if state != NOT_APPLICABLE:
        return None
    if step_id == "timestamp" and facts.items and not facts.tsa_urls:
        return Gap(step_id, CHOOSE_TIME_SERVICE)
    if not facts.items:
        return Gap(step_id, WAIT_FOR_EARLIER)
    if step_id == "account_profiles" and facts.of(*POSTING_CATEGORIES):
        return Gap(step_id, WAIT_FOR_ACCOUNT_IDS)
    return Gap(step_id, NOT_NEEDED.get(step_id, WAIT_FOR_EARLIER))


def evaluate(
    store: Any,
    case: Case | str,
    *,
    items: Sequence[Item] | None = None,
    tsa_urls: Sequence[str] | None = None,
    guide: Guide | None = None,
) -> Completeness:
    """Evaluate the guide on a stored case (``store`` is a core.store.CaseStore).

    *items* may be passed when the caller already loaded them; *tsa_urls* default to the settings
    of the store's data directory (the time-stamp step applies only when a TSA is configured).
    """
    case = store.get_case(case) if isinstance(case, str) else case
    if items is None:
        items = store.list_items(case.id)
    if tsa_urls is None:
        tsa_urls = Settings.load(store.data_dir).tsa_urls
    exported, changed = _export_state(store, case.id)
    return evaluate_facts(CaseFacts(case, items, tsa_urls, exported, changed), guide)


def evaluate_facts(facts: CaseFacts, guide: Guide | None = None) -> Completeness:
    guide = guide or load_guide()
    statuses = []
    item_gaps: dict[str, list[Gap]] = {}
    for step in guide.steps:
        state, gaps = RULES[step.id](facts)
        statuses.append(StepStatus(step, state, tuple(gaps), why_of(step.id, state, facts)))
        if step.optional:
            continue
        for gap in gaps:
            if gap.item:
                item_gaps.setdefault(gap.item, []).append(gap)
    # The form marks red exactly the fields the gaps name: the same words as the table and guide.
    missing: dict[str, tuple[str, ...]] = {}
    for number, gaps in item_gaps.items():
        keys: list[str] = []
        for gap in gaps:
            keys += [k for k in gap.params.get("fields") or () if k not in keys]
        if keys:
            missing[number] = tuple(keys)
    return Completeness(
        facts.case.id,
        tuple(statuses),
        {number: tuple(gaps) for number, gaps in item_gaps.items()},
        missing,
    )


def _join(parts: Iterable[str], lang: str | None) -> str:
    separator = tr(CONTEXT, ", ", lang)
    return separator.join(parts)


def gap_lines(completeness: Completeness, lang: str | None = None) -> list[str]:
    """The lines the bundle prints under "missing evidence": one per gap, step title first."""
    line = tr(CONTEXT, "{title}: {gap}", lang)  # the separator is the language's ("标题：…")
    lines = []
    for status in completeness.steps:
        if status.state != MISSING or status.step.id in NOT_IN_BUNDLE:
            continue
        title = status.step.title(lang)
        if status.step.optional:
            title = tr(CONTEXT, "{title} (recommended)", lang).format(title=title)
        lines += [line.format(title=title, gap=gap.message(lang)) for gap in status.gaps]
    return lines
