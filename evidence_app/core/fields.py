"""The field catalogue: stable snake_case keys, translatable labels and hints, and value checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence_app.core.errors import UserError
from evidence_app.core.i18n import N_ as N_  # re-exported for guide and ui
from evidence_app.core.i18n import tr
from evidence_app.core.model import CATEGORIES


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # English source; translate with tr("Fields", label)
    hint: str  # English source; translate with tr("Fields", hint)
    kind: str = "text"  # text | url | count | datetime | multiline

    def label_in(self, lang: str | None = None) -> str:
        return tr("Fields", self.label, lang)

    def hint_in(self, lang: str | None = None) -> str:
        return tr("Fields", self.hint, lang)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "platform",
        N_("Fields", "Platform"),
        N_("Fields", "Where it was published, e.g. Weibo or Douyin."),
    ),
    FieldSpec(
        "url", N_("Fields", "URL"), N_("Fields", "The full address of the page, as text."), "url"
    ),
    FieldSpec(
        "final_url", N_("Fields", "Final URL"), N_("Fields", "The address after redirects."), "url"
    ),
    FieldSpec("page_title", N_("Fields", "Page title"), N_("Fields", "The title the page shows.")),
    FieldSpec(
        "account_name",
        N_("Fields", "Account name"),
        N_("Fields", "The poster's nickname as shown."),
    ),
    FieldSpec(
        "account_id",
        N_("Fields", "Account ID"),
        N_("Fields", "The platform ID or UID; a nickname alone identifies nobody."),
    ),
    FieldSpec(
        "account_url",
        N_("Fields", "Account URL"),
        N_("Fields", "The address of the poster's home page."),
        "url",
    ),
    FieldSpec(
        "ip_location",
        N_("Fields", "IP location"),
        N_("Fields", "The IP location (IP属地) the platform shows."),
    ),
    FieldSpec(
        "followers", N_("Fields", "Followers"), N_("Fields", "Follower count as shown."), "count"
    ),
    FieldSpec(
        "post_id",
        N_("Fields", "Post ID"),
        N_("Fields", "The post's own ID, if the platform shows one."),
    ),
    FieldSpec(
        "posted_at_displayed",
        N_("Fields", "Posting time shown"),
        N_(
            "Fields",
            "Fill this one first: copy the time exactly as the page shows it, even “3 hours "
            "ago”. The guide asks for it.",
        ),
    ),
    FieldSpec(
        "posted_at",
        N_("Fields", "Posting time"),
        N_(
            "Fields",
            "Only if you know the full date and time (2025-01-05 21:14): it places the post on "
            "the timeline. Leave it empty otherwise.",
        ),
        "datetime",
    ),
    FieldSpec(
        "content_text",
        N_("Fields", "Content text"),
        N_("Fields", "The text of the post, copied word for word."),
        "multiline",
    ),
    FieldSpec(
        "views",
        N_("Fields", "Views"),
        N_("Fields", "View count when observed (5,000 or more matters in law)."),
        "count",
    ),
    FieldSpec(
        "reposts",
        N_("Fields", "Reposts"),
        N_("Fields", "Repost count when observed (500 or more matters in law)."),
        "count",
    ),
    FieldSpec(
        "comments", N_("Fields", "Comments"), N_("Fields", "Comment count when observed."), "count"
    ),
    FieldSpec("likes", N_("Fields", "Likes"), N_("Fields", "Like count when observed."), "count"),
    FieldSpec(
        "counts_observed_at",
        N_("Fields", "Counts observed at"),
        N_("Fields", "When you read the counts; capture them again later."),
        "datetime",
    ),
    FieldSpec(
        "harm_type",
        N_("Fields", "Kind of harm"),
        N_("Fields", "Defamation, insult, doxxing, threats, lost income…"),
    ),
    FieldSpec(
        "purpose",
        N_("Fields", "Purpose (证明目的)"),
        N_("Fields", "What this item proves."),
        "multiline",
    ),
    FieldSpec(
        "report_ticket",
        N_("Fields", "Report ticket"),
        N_("Fields", "The ticket number of your report to the platform."),
    ),
    FieldSpec(
        "notes",
        N_("Fields", "Notes"),
        N_("Fields", "Anything else a lawyer should know."),
        "multiline",
    ),
)

FIELD_KEYS = tuple(spec.key for spec in FIELDS)
FIELD_BY_KEY = {spec.key: spec for spec in FIELDS}

CATEGORY_LABELS = {
    "post": N_("Categories", "Post"),
    "comment": N_("Categories", "Comment"),
    "account_profile": N_("Categories", "Account profile"),
    "private_message": N_("Categories", "Private message"),
    "search_result": N_("Categories", "Search result"),
    "harm_evidence": N_("Categories", "Evidence of harm"),
    "identity_document": N_("Categories", "Identity document"),
    "other": N_("Categories", "Other"),
}

ROLE_LABELS = {
    "owner": N_("Roles", "Owner"),
    "support": N_("Roles", "Support staff"),
    "lawyer": N_("Roles", "Lawyer"),
}

# What each file of an item is, in plain words (keys: core.model.FILE_ROLES).
FILE_ROLE_LABELS = {
    "original": N_("FileRoles", "Original file"),
    "visible": N_("FileRoles", "Visible part"),
    "full_page": N_("FileRoles", "Whole page"),
    "window": N_("FileRoles", "Window with address bar and clock"),
    "mhtml": N_("FileRoles", "Saved page (MHTML)"),
    "html": N_("FileRoles", "Page source (HTML)"),
    "provenance": N_("FileRoles", "Capture record (JSON)"),
    "video": N_("FileRoles", "Recording"),
    "navigation_log": N_("FileRoles", "Navigation log"),
    "tsr": N_("FileRoles", "Time-stamp token"),
    "text": N_("FileRoles", "Post text (extracted from the page)"),
}

# What each custody-log action did, in plain words (keys: core.custody.ACTIONS).
ACTION_LABELS = {
    "case_created": N_("Actions", "Case created"),
    "case_edited": N_("Actions", "Case details changed"),
    "item_added": N_("Actions", "Item added"),
    "file_stored": N_("Actions", "File stored"),
    "field_edited": N_("Actions", "Detail changed"),
    "category_changed": N_("Actions", "Category changed"),
    "item_withdrawn": N_("Actions", "Item withdrawn"),
    "exported": N_("Actions", "Bundle exported"),
    "export_abandoned": N_("Actions", "Export stopped"),
    "verified": N_("Actions", "Case checked"),
    "timestamped": N_("Actions", "Trusted time-stamp added"),
    "packed": N_("Actions", "Case package made"),
    "received": N_("Actions", "Case package received"),
    "item_reviewed": N_("Actions", "Item reviewed"),
    "case_screened": N_("Actions", "Case screened"),
    "receipt_imported": N_("Actions", "Receipt recorded"),
}

# The most characters a field holds: far beyond any post (a whole article pasted is ~20,000), and
# still a bundle of about 60 pages for that one field. The refusal says the limit and the count.
MAX_FIELD_LENGTH = 200_000


# A private message is sent, not posted: its two time fields say so wherever they print.
MESSAGE_TIME_LABELS = {
    "posted_at_displayed": N_("Fields", "Time sent, as shown"),
    "posted_at": N_("Fields", "Time sent"),
}


def field_label(key: str, category: str = "", lang: str | None = None) -> str:
    """The label of field *key* on an item of *category* (a key not in the catalogue: itself)."""
    if category == "private_message" and key in MESSAGE_TIME_LABELS:
        return tr("Fields", MESSAGE_TIME_LABELS[key], lang)
    spec = FIELD_BY_KEY.get(key)
    return spec.label_in(lang) if spec else key


def category_label(category: str, lang: str | None = None) -> str:
    return tr("Categories", CATEGORY_LABELS[category], lang)


def role_label(role: str, lang: str | None = None) -> str:
    """An operator's role (owner, support, lawyer) in words; an unknown role as it is."""
    return tr("Roles", ROLE_LABELS[role], lang) if role in ROLE_LABELS else role


def file_role_label(role: str, lang: str | None = None) -> str:
    """A file's role (window, full_page, …) in words; an unknown role as it is."""
    return tr("FileRoles", FILE_ROLE_LABELS[role], lang) if role in FILE_ROLE_LABELS else role


def action_label(action: str, lang: str | None = None) -> str:
    """A custody-log action in words; an unknown action (from a newer version) as it is."""
    return tr("Actions", ACTION_LABELS[action], lang) if action in ACTION_LABELS else action


def check_category(category: str) -> str:
    if category not in CATEGORIES:
        raise UserError(
            "Unknown category “{category}”. Use one of: {known}.",
            category=category,
            known=", ".join(CATEGORIES),
        )
    return category


def check_field(key: str, value: str) -> str:
    """Return *value* cleaned for storage, or raise a UserError naming what is wrong."""
    if key not in FIELD_BY_KEY:
        raise UserError(
            "Unknown field “{key}”. Known fields: {known}.", key=key, known=", ".join(FIELD_KEYS)
        )
    if "\x00" in value:
        raise UserError(
            "“{field}” contains a NUL character, which cannot be stored. Delete it and try again.",
            field=FIELD_BY_KEY[key].label_in,
        )
    if len(value) > MAX_FIELD_LENGTH:
        raise UserError(
            "“{field}” can hold at most {limit} characters; it now has {count}. "
            "Please delete what goes beyond.",
            field=FIELD_BY_KEY[key].label_in,
            limit=f"{MAX_FIELD_LENGTH:,}",
            count=f"{len(value):,}",
        )
    return value


def check_fields(fields: dict[str, str]) -> dict[str, str]:
    return {key: check_field(key, value) for key, value in fields.items()}


def parse_field_assignment(text: str) -> tuple[str, str]:
    """``key=value`` from the command line → (key, value); the value may contain '='."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise UserError("“{text}” is not KEY=VALUE.", text=text)
    return key.strip(), value


_COUNT = re.compile(r"^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万|w|W|k|K|千|亿)?\+?\s*$")
_MULTIPLIERS = {
    "万": 10_000,
    "w": 10_000,
    "W": 10_000,
    "k": 1_000,
    "K": 1_000,
    "千": 1_000,
    "亿": 100_000_000,
}


def parse_count(text: str) -> int | None:
    """Read a count as platforms show it (``12,345``, ``1.2万``, ``3k+``); None if it is not one."""
    match = _COUNT.match(text or "")
    if not match:
        return None
    # Exact decimals: a float product reads "0.57万" as 5,699.
    from decimal import Decimal  # rarely needed: not loaded at start-up (issue 14)

    number = Decimal(match.group(1).replace(",", ""))
    return int(number * _MULTIPLIERS.get(match.group(2) or "", 1))


def with_platform(fields: dict[str, str]) -> dict[str, str]:
    """*fields* with ``platform`` filled in from ``url`` when the user gave a URL but no platform."""
    if fields.get("url") and not fields.get("platform"):
        from evidence_app.core.platforms import platform_for_url

        platform = platform_for_url(fields["url"])
        if platform:
            return {**fields, "platform": platform}
    return fields
