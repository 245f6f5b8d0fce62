"""The case section: the owner's account of what happened in full, the owner, the car, the
contact for the lawyer, and the parties as named for this case."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from evidence_app.bundle.pages.base import BundleContent, Words, esc
from evidence_app.bundle.pages.flow import Mark, _kv_table, _p
from evidence_app.core.model import Case

CONTEXT = "Bundle"


def party_labels(case: Case, words: Words) -> tuple[str, str]:
    """How this case calls its parties: 原告/被告 in a lawsuit, 申请人/被申请人 in an application."""
    if case.party_terms == "application":
        return words.both("Applicant"), words.both("Respondent (application)")
    return words.both("Plaintiff"), words.both("Defendant")


def party_rows(case: Case, words: Words) -> list[tuple[str, str]]:
    """The named parties as table rows ([] when the case names none)."""
    if not case.party_terms or not (case.claimant or case.respondent):
        return []
    claimant, respondent = party_labels(case, words)
    rows = []
    if case.claimant:
        rows.append((claimant, esc(case.claimant)))
    if case.respondent:
        rows.append((respondent, esc(case.respondent)))
    return rows


def _case_section(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    case = content.case
    rows = [(words.both("Owner"), esc(case.owner or "—"))]
    if case.contact:
        rows.append((words.both("Owner's contact (for the lawyer)"), esc(case.contact)))
    if case.car:
        rows.append((words.both("Car"), esc(case.car)))
    rows += party_rows(case, words)
    rows.append((words.both("Time zone of the case"), esc(case.zone_key or "—")))
    story: list[Flowable] = [
        Mark("case", words.both("The case"), 0, seen),
        _p(esc(words.both("The case")), styles["h1"]),
        _kv_table(rows, styles, 150),
    ]
    if party_rows(case, words):
        story.append(
            _p(
                esc(
                    words.one(
                        "Where a purpose (证明目的) in this bundle speaks of a party, it means the "
                        "party named here."
                    )
                ),
                styles["note"],
            )
        )
    story += [
        Spacer(1, 8),
        _p(esc(words.both("What happened, in the owner's words")), styles["h2"]),
    ]
    story.append(
        _p(
            esc(
                words.one(
                    "Written by the owner; printed in full as recorded in the case (its custody "
                    "log holds every change)."
                )
            ),
            styles["note"],
        )
    )
    story.append(Spacer(1, 3))
    if case.description.strip():
        for paragraph in case.description.strip().split("\n"):
            story.append(_p(esc(paragraph) if paragraph.strip() else "&nbsp;", styles["body"]))
    else:
        story.append(
            _p(esc(words.one("The owner has not written an account yet.")), styles["body"])
        )
    return story
