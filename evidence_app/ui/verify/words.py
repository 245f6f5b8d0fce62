"""The verify screen's plain words: each check's title and sentence by its name and status code, never by its text."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

CONTEXT = "VerifyChecks"  # tools/i18n.py extracts _t("…") with this context
# The file could not be checked at all: shown as one failed "check" of these names.
NOT_A_BUNDLE, CANNOT_OPEN, VERIFIER_ERROR = "not_a_bundle", "cannot_open", "verifier_error"
DAMAGED = "damaged_bundle"
# Status codes of bundle.verify (not imported here: that would load pyHanko with the window).
OK, ABSENT, UNTRUSTED, FAILED = "ok", "absent", "untrusted", "failed"
VALID, INVALID = "valid", "invalid"
GREEN, AMBER, RED, GREY = "#1b7f3b", "#9a6700", "#b3261e", "#777"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _check_words() -> dict[str, tuple[str, str, str]]:
    """Check name (+ ":" status) → (plain title, one sentence if it passed, one if it failed)."""
    return {
        "signature_valid": (
            _t("The signature is valid"),
            _t("The bundle carries its signer's digital signature, and what was signed is exactly as it was."),
            _t("The signature does not match the content: the bundle was changed after it was signed, or it is not signed."),
        ),
        "covers_whole_file": (
            _t("Nothing was changed after signing"),
            _t("The signature covers the whole file; nothing was added or changed afterwards."),
            _t("Something was added to the file or changed in it after it was signed."),
        ),
        "signer_certificate": (
            _t("The signer is the one the bundle names"),
            _t("The bundle was signed with the key it names; to be sure who signed it, compare the fingerprint in the technical details with the one the signer gave you."),
            _t("The key that signed the bundle is not the one the bundle names."),
        ),
        "document_timestamp": (
            _t("The trusted time-stamp is valid"),
            _t("A neutral time-stamp server confirmed when the bundle was signed, and the file is unchanged since."),
            _t("The trusted time-stamp is missing, was removed, or does not match the file."),
        ),
        "document_timestamp:" + ABSENT: (
            _t("No trusted time-stamp"),
            _t("The bundle's time comes from the signer's computer clock, not from a neutral time-stamp server."),
            "",
        ),
        "document_timestamp:" + UNTRUSTED: (
            _t("The time-stamp's authority is not trusted here"),
            "",
            _t("The time-stamp is intact, but the authority that made it is not one you trust, so the time it states is not proven. Check its fingerprint with the authority; if it matches, trust it."),
        ),
        "item_timestamps": (
            _t("Each file's time-stamp is valid"),
            _t("Every time-stamp on a file proves that this very file existed at that time."),
            _t("A file's time-stamp does not match the file, or cannot be checked."),
        ),
        "item_timestamps:" + ABSENT: (
            _t("No file has a time-stamp"),
            _t("No file was time-stamped by a neutral server when it was collected."),
            "",
        ),
        "item_timestamps:" + UNTRUSTED: (
            _t("The files' time-stamps come from an authority not trusted here"),
            "",
            _t("Each file's time-stamp matches its file, but the authority that made them is not one you trust, so their times are not proven yet."),
        ),
        "attachments_match_manifest": (
            _t("Every original file matches its record"),
            _t("Each original file attached to the bundle is exactly as it was when it was collected."),
            _t("An original file is missing, extra, or not the same as when it was collected."),
        ),
        "manifest_matches_catalogue": (
            _t("The printed list matches the attached files"),
            _t("The list of evidence printed in the bundle matches the files attached to it."),
            _t("The list of evidence printed in the bundle does not match the files attached to it."),
        ),
        "custody_chain": (
            _t("The custody log is complete"),
            _t("Every recorded step (who did what, and when) is there, in order, and unchanged."),
            _t("Steps of the custody log are missing, out of order, or were changed."),
        ),
        NOT_A_BUNDLE: (
            _t("Not an evidence bundle"),
            "",
            _t("This file is not a PDF evidence bundle (or it is damaged)."),
        ),
        DAMAGED: (
            _t("The bundle is damaged"),
            "",
            _t("This PDF is damaged or cut short, so it cannot be checked. Ask the sender for the file again."),
        ),
        CANNOT_OPEN: (
            _t("The file cannot be opened"),
            "",
            _t("This file cannot be opened: check that it is still there and that you may read it."),
        ),
        VERIFIER_ERROR: (
            _t("The check could not be finished"),
            "",
            _t("The check stopped on this file; it is probably damaged."),
        ),
    }  # fmt: skip


@dataclass(frozen=True)
class PlainCheck:
    """One check as the verify screen shows it: plain title and sentence, detail behind a toggle."""

    name: str  # as in `verify --json`
    ok: bool
    title: str
    explanation: str
    detail: str  # the technical detail, as bundle.verify words it (or the app's own words)
    status: str = OK

    @property
    def absent(self) -> bool:
        """Passed because there is nothing of its kind (no time-stamp)."""
        return self.status == ABSENT


def check_title(name: str) -> str:
    """A check's plain title in the current language (its name when the app has no words for it)."""
    return _check_words().get(name, (name, "", ""))[0]


def check_parts(check: Any) -> tuple[str, bool, str, str]:
    """A check as (name, ok, detail, status): a Check, its dict, or a tuple of three or four."""
    if isinstance(check, dict):
        name, ok, detail, status = (
            check.get("name"), check.get("ok"), check.get("detail"), check.get("status")
        )  # fmt: skip
    elif hasattr(check, "name"):
        name, ok, detail, status = check.name, check.ok, check.detail, getattr(check, "status", "")
    else:
        name, ok, detail = check[0], check[1], check[2]
        status = check[3] if len(check) > 3 else ""
    status = str(status or (OK if ok else FAILED))
    return str(name), bool(ok), str(detail), status


def report_field(report: Any, key: str) -> Any:
    if report is None:
        return None
    return report.get(key) if isinstance(report, dict) else getattr(report, key, None)


def untrusted_authorities(report: Any) -> list[dict[str, str]]:
    """The report's untrusted time-stamp authorities as dicts (tsa_subject, tsa_root_sha256, …)."""
    found = report_field(report, "untrusted_authorities")
    if found is None:
        found = report_field(report, "untrusted") or []
    return [a if isinstance(a, dict) else a.as_dict() for a in found]


def plain_checks(checks: Sequence[Any], report: Any = None) -> list[PlainCheck]:
    """*checks* (Check objects, dicts or tuples) in plain words, in the current language."""
    words = _check_words()
    signer = report_field(report, "signer")
    authorities = untrusted_authorities(report)
    found = []
    for check in checks:
        name, ok, detail, status = check_parts(check)
        key = f"{name}:{status}" if f"{name}:{status}" in words else name
        title, passed, failed = words.get(key, (name, "", ""))
        explanation = passed if ok else failed
        if name == "signer_certificate" and ok and isinstance(signer, dict):
            detail = _signer_detail(signer)
            person = common_name(str(signer.get("subject", "")))
            if person:
                explanation = _t(
                    "Signed by {name}; to be sure it was them, compare the fingerprint in the technical details with the one they gave you."
                ).format(name=person)
        if status == UNTRUSTED and authorities:
            detail = " ".join(_authority_detail(a) for a in authorities)
        found.append(PlainCheck(name, ok, title, explanation, detail, status))
    return found


def _signer_detail(signer: dict[str, Any]) -> str:
    return _t(
        "Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; the same certificate is attached to the bundle)."
    ).format(
        subject=signer.get("subject", ""),
        fingerprint=group_fingerprint(str(signer.get("sha256_fingerprint", ""))),
    )


def _authority_detail(authority: dict[str, str]) -> str:
    return _t(
        "Time-stamp authority {tsa}; its root certificate {root} has the SHA-256 fingerprint {fingerprint}."
    ).format(
        tsa=authority.get("tsa_subject", ""),
        root=authority.get("root_subject", ""),
        fingerprint=group_fingerprint(str(authority.get("tsa_root_sha256", ""))),
    )


def common_name(subject: str) -> str:
    """The CN of an RFC 4514 subject (``CN=王小明,O=…`` → 王小明), or ""."""
    import re

    for part in re.split(r"(?<!\\),", subject):
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN":
            return re.sub(r"\\(.)", r"\1", value.strip())
    return ""


def group_fingerprint(fingerprint: str, per_line: int = 0) -> str:
    """A hex fingerprint in blocks of four (``1a2b 3c4d …``), *per_line* blocks a line if given."""
    blocks = [fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)]
    if not per_line:
        return " ".join(blocks)
    return "\n".join(" ".join(blocks[i : i + per_line]) for i in range(0, len(blocks), per_line))


def checks_html(checks: list[PlainCheck], details: bool = False) -> str:
    rows = []
    for check in checks:
        if check.status == ABSENT:
            mark = f"<span style='color:{GREY}'>–</span>"
        elif check.status == UNTRUSTED:
            mark = f"<span style='color:{AMBER}'>!</span>"
        elif check.ok:
            mark = f"<span style='color:{GREEN}'>✓</span>"
        else:
            mark = f"<span style='color:{RED}'>✗</span>"
        row = f"<p style='margin-bottom:2px'>{mark} <b>{escape(check.title)}</b>"
        if check.explanation:
            row += f"<br>{escape(check.explanation)}"
        row += "</p>"
        if details:
            row += (
                "<p style='margin-top:0; margin-left:18px; color:#555'><small>"
                f"<code>{escape(check.name)}</code> — {escape(check.detail)}</small></p>"
            )
        rows.append(row)
    return "".join(rows)


def escape(text: str) -> str:
    return html.escape(text)
