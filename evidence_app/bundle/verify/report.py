"""What verification found: each check with a status code, the verdict, and the report ``verify --json`` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "Verify"

CHECK_NAMES = (
    "signature_valid",
    "covers_whole_file",
    "signer_certificate",
    "document_timestamp",
    "item_timestamps",
    "attachments_match_manifest",
    "manifest_matches_catalogue",
    "custody_chain",
)

# A check's status: what a program (the app's verify window, a script) reads instead of the
# translated detail.
OK = "ok"  # it holds
ABSENT = "absent"  # nothing of its kind to check (no time-stamp): holds, and says so
UNTRUSTED = "untrusted"  # intact, but the time-stamp's authority is not trusted here
FAILED = "failed"  # broken
STATUSES = (OK, ABSENT, UNTRUSTED, FAILED)

# The verdict: valid (exit 0), untrusted (exit 1: intact, but a time is not proven), invalid (exit 1).
VALID = "valid"
INVALID = "invalid"
VERDICTS = (VALID, UNTRUSTED, INVALID)

NOT_A_BUNDLE = "not_a_bundle"
DAMAGED = "damaged_bundle"


def t(text: str) -> str:
    return tr(CONTEXT, text)


class NotABundle(UserError):
    """The file is unreadable, not a PDF, or a PDF that is not an evidence bundle (exit 2)."""

    exit_code = 2
    check = NOT_A_BUNDLE


class DamagedBundle(NotABundle):
    """A PDF that cannot be read to its end (truncated or damaged): a verification finding (exit 1)."""

    exit_code = 1
    check = DAMAGED


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    status: str = ""  # one of STATUSES; derived from ok when not given

    def __post_init__(self) -> None:
        if not self.status:
            object.__setattr__(self, "status", OK if self.ok else FAILED)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "status": self.status}


@dataclass(frozen=True)
class Authority:
    """A time-stamping authority that is not trusted here: who it is, and the root to check."""

    subject: str
    root_subject: str
    root_sha256: str
    root_pem: str = ""  # the chain's top as the bundle or token carries it, for "trust this"

    def as_dict(self) -> dict[str, str]:
        return {
            "tsa_subject": self.subject,
            "root_subject": self.root_subject,
            "tsa_root_sha256": self.root_sha256,
            "root_pem": self.root_pem,
        }


@dataclass
class BundleReport:
    path: Path
    checks: list[Check] = field(default_factory=list)
    signer: dict[str, str] | None = None
    signed_at: str | None = None
    timestamp: dict[str, Any] | None = None
    items: int = 0
    case: dict[str, Any] | None = None
    custody_head: str | None = None
    untrusted: list[Authority] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        if not self.checks or any(c.status == FAILED for c in self.checks):
            return INVALID
        if any(c.status == UNTRUSTED for c in self.checks):
            return UNTRUSTED
        return VALID

    @property
    def valid(self) -> bool:
        return self.verdict == VALID

    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def note_untrusted(self, authority: Authority) -> None:
        if all(a.root_sha256 != authority.root_sha256 for a in self.untrusted):
            self.untrusted.append(authority)

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "verdict": self.verdict,
            "checks": [c.as_dict() for c in self.checks],
            "signer": self.signer,
            "signed_at": self.signed_at,
            "timestamp": self.timestamp,
            "items": self.items,
            "case": self.case,
            "custody_head": self.custody_head,
            "untrusted_authorities": [a.as_dict() for a in self.untrusted],
            "file": str(self.path),
        }
