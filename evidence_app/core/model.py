"""The data model: cases, items, files, operators, custody events, and the vocabularies they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES = (
    "post",
    "comment",
    "account_profile",
    "private_message",
    "search_result",
    "harm_evidence",
    "identity_document",
    "other",
)

FILE_ROLES = (
    "original",
    "visible",
    "full_page",
    "window",
    "mhtml",
    "html",
    "provenance",
    "video",
    "navigation_log",
    "tsr",
    "text",  # the post's own text, extracted from a stored page (core.post_text)
)

ROLES = ("owner", "support", "lawyer")

ZERO_HASH = "0" * 64

# Case details beside title, owner and description (schema 3). ``zone`` is the case's IANA time
# zone (every printed time is shown in it); ``party_terms`` names how the parties are called:
# "litigation" (原告/被告) or "application" (申请人/被申请人); "" prints no parties.
CASE_DETAILS = ("zone", "car", "contact", "claimant", "respondent", "party_terms")
CASE_PROPERTIES = ("title", "owner", "description", *CASE_DETAILS)
PARTY_TERMS = ("", "litigation", "application")


@dataclass(frozen=True)
class Operator:
    name: str
    role: str = "owner"

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    owner: str
    description: str
    created_utc: str
    created_local: str
    item_count: int = 0
    origin_id: str = ""  # set when this is a copy of a case made elsewhere (see core.package)
    zone: str = ""  # IANA name, e.g. Asia/Shanghai ("" in a case made before schema 3)
    car: str = ""
    contact: str = ""  # for the lawyer: phone or e-mail
    claimant: str = ""  # 原告 / 申请人
    respondent: str = ""  # 被告 / 被申请人
    party_terms: str = ""  # see PARTY_TERMS

    @property
    def zone_key(self) -> str:
        """The zone the case's times are printed in: its own, else the one it was created in
        (``created_local`` ends in ``(Asia/Shanghai)``), else "" (the PC's)."""
        if self.zone:
            return self.zone
        _, _, named = self.created_local.partition(" (")
        return named.rstrip(")") if named.endswith(")") else ""

    @property
    def log_id(self) -> str:
        """The case id its custody events carry: the original's, for a copy."""
        return self.origin_id or self.id

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "origin_id": self.origin_id or None,
            "title": self.title,
            "owner": self.owner,
            "description": self.description,
            "created_utc": self.created_utc,
            "created_local": self.created_local,
            "item_count": self.item_count,
            "zone": self.zone_key,
            "car": self.car,
            "contact": self.contact,
            "claimant": self.claimant,
            "respondent": self.respondent,
            "party_terms": self.party_terms,
        }


@dataclass(frozen=True)
class StoredFile:
    id: int
    item_id: str
    role: str
    name: str
    sha256: str
    size: int
    mime: str
    meta: dict[str, Any]
    added_utc: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "name": self.name,
            "sha256": self.sha256,
            "size": self.size,
            "mime": self.mime,
            "meta": self.meta,
            "added_utc": self.added_utc,
        }


@dataclass(frozen=True)
class Item:
    id: str
    case_id: str
    seq_number: int
    category: str
    captured_utc: str
    captured_local: str
    operator: Operator
    withdrawn: bool
    withdrawn_reason: str
    fields: dict[str, str] = field(default_factory=dict)
    files: tuple[StoredFile, ...] = ()

    @property
    def number(self) -> str:
        return format_number(self.seq_number)

    def files_with_role(self, role: str) -> list[StoredFile]:
        return [f for f in self.files if f.role == role]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "category": self.category,
            "withdrawn": self.withdrawn,
            "withdrawn_reason": self.withdrawn_reason,
            "fields": dict(self.fields),
            "captured_at_utc": self.captured_utc,
            "captured_at_local": self.captured_local,
            "operator": self.operator.as_dict(),
            "files": [f.as_dict() for f in self.files],
        }


@dataclass(frozen=True)
class Event:
    """One custody-log entry; ``hash`` covers every other field (see core.custody)."""

    seq: int
    case_id: str
    at_utc: str
    at_local: str
    operator: Operator
    action: str
    item: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    def body(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "case_id": self.case_id,
            "at_utc": self.at_utc,
            "at_local": self.at_local,
            "operator": self.operator.as_dict(),
            "action": self.action,
            "item": self.item,
            "payload": self.payload,
            "prev_hash": self.prev_hash,
        }

    def as_dict(self) -> dict[str, Any]:
        return {**self.body(), "hash": self.hash}


def format_number(n: int) -> str:
    return f"E{n:03d}"


def parse_number(text: str) -> int | None:
    """``E003`` (any case, any zero padding) → 3; anything else → None."""
    if len(text) >= 2 and text[0] in "Ee" and text[1:].isdigit():
        return int(text[1:])
    return None
