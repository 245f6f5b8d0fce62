"""The cover page: case, period, operators, signer, custody head, review verdict."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
)

from evidence_app.bundle.fonts import MONO
from evidence_app.bundle.pages.base import (
    BundleContent,
    Words,
    esc,
    operator_text,
    resolve_posted,
)
from evidence_app.bundle.pages.case import party_rows
from evidence_app.bundle.pages.flow import Mark, _kv_table, _p
from evidence_app.core.model import Item
from evidence_app.core.posted_time import PostedTime
from evidence_app.core.review import VERDICTS

CONTEXT = "Bundle"


def _period(items: list[Item], words: Words) -> str:
    times = sorted((i.captured_utc, i.captured_local) for i in items)
    if not times:
        return "—"
    first, last = (words.when(utc) for utc, _local in (times[0], times[-1]))
    return first if first == last else f"{first} — {last}"


def _posting_period(items: list[Item], words: Words) -> str:
    """First and last posting time of the items, as the owner typed them or the page showed them
    and the app read them; a time worked out from a relative one ("3小时前") is marked."""
    found = []
    for item in items:
        if item.withdrawn:
            continue
        resolved = resolve_posted(item, words.zone)
        if resolved is not None:
            found.append(resolved)
    if not found:
        return words.one("no posting time given")
    found.sort(key=lambda r: r.utc)

    def shown(resolved: PostedTime) -> str:
        text = words.posted(resolved)  # as precise as typed or displayed, no more
        if resolved.derived:
            text += " " + words.one("(worked out from a relative time)")
        return text

    first, last = shown(found[0]), shown(found[-1])
    if first == last:
        return first
    return words.one("{first} to {last}").format(first=first, last=last)


def _cover(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    case = content.case
    operators = sorted({operator_text(e.operator, words) for e in content.events})
    withdrawn = sum(1 for i in content.items if i.withdrawn)
    count = words.one("{count} items").format(count=len(content.items))
    if withdrawn:
        count += words.one(
            " ({count} withdrawn: left out of the catalogue; their record stays in the custody log)"
        ).format(count=withdrawn)
    rows = [
        (words.both("Case"), esc(case.title)),
        (words.both("Case ID"), esc(case.id)),
        (words.both("Owner"), esc(case.owner)),
        *party_rows(case, words),
        (
            words.both("Period covered (capture and import times, by the computer's clock)"),
            esc(_period(content.items, words)),
        ),
        (
            # posting times are typed by the owner or read off the page, never the app's clock
            words.both("Posting period (as typed by the owner or shown on the page)"),
            esc(_posting_period(content.items, words)),
        ),
        (words.both("Number of evidence items"), esc(count)),
        (words.both("Operators"), esc(", ".join(operators))),
        (
            words.both("Exported at (by the exporting computer's clock)"),
            esc(words.when(content.generated.utc)),
        ),
        (words.both("Signer"), esc(content.signer_subject)),
        (
            words.both("Signer certificate SHA-256 fingerprint"),
            f'<font name="{MONO}">{esc(content.signer_fingerprint)}</font>',
        ),
        (
            words.both("Custody log head (event {seq})").format(seq=content.custody_seq),
            f'<font name="{MONO}">{esc(content.custody_head)}</font>',
        ),
        (words.both("Signature level"), esc(f"PAdES {content.level}")),
        *_cover_review_rows(content, words),
    ]
    story: list[Flowable] = [
        Mark("cover", words.both("Cover"), 0, seen),
        Spacer(1, 30),
        _p(esc(words.both("Evidence bundle")), styles["h0"]),
        _p(esc(case.title), styles["h0sub"]),
        _kv_table(rows, styles, 150),
        Spacer(1, 6),
    ]
    if content.level == "B-T":
        authority = content.tsa_subject or words.one("the time-stamping authority at {url}").format(
            url=content.tsa_url
        )
        story.append(
            _p(
                esc(
                    words.one(
                        "Signed with a PAdES signature; a document time-stamp by {tsa} is "
                        "attached. Once that authority's root certificate has been checked and "
                        "trusted, the stamp shows that the bundle existed no later than the "
                        "stamp's time (see the last page)."
                    ).format(tsa=authority)
                ),
                styles["body"],
            )
        )
    else:
        # in both languages: whoever reads the cover must not mistake the signer's clock for proof
        for text in words.each(
            "No time-stamping authority was used for this signature: the signing time "
            "comes from the signer's computer clock and proves nothing by itself."
        ):
            story.append(_p(esc(text), styles["warn"]))
        if content.tsa_unreachable:
            story.append(
                _p(
                    esc(
                        words.one(
                            "These time-stamping authorities could not be reached: {urls}"
                        ).format(urls=", ".join(content.tsa_unreachable))
                    ),
                    styles["small"],
                )
            )
    story += [
        Spacer(1, 10),
        _p(esc(words.both("How to verify, in short")), styles["h2"]),
        _p(
            esc(
                words.one(
                    "Open the signature panel of Adobe Reader, Foxit or WPS: the signature must be "
                    "valid and cover the whole document. Or run: evidence-app verify THIS.pdf. "
                    "Every original file is attached to this PDF; its SHA-256 is listed in the "
                    "item's section and in manifest.json. Details on the last pages."
                )
            ),
            styles["body"],
        ),
    ]
    return story


def _cover_review_rows(content: BundleContent, words: Words) -> list[tuple[str, str]]:
    """The screening verdict and the review counts; nothing when nobody reviewed the case."""
    review = content.review
    if review is None or (review.verdict is None and not review.marks):
        return []
    verdict = review.verdict
    if verdict is None:
        verdict_text = esc(words.one("No screening verdict given."))
    else:
        label = VERDICTS.get(verdict.verdict)
        verdict_text = "<b>{}</b><br/>{}".format(
            esc(words.both(label, "Review") if label else verdict.verdict),
            esc(
                words.one("by {who}, {when}").format(
                    who=operator_text(verdict.by, words),
                    when=words.when(verdict.at_utc),
                )
            ),
        )
        if verdict.notes:
            verdict_text += "<br/>" + esc(verdict.notes)
        verdict_text += "<br/>" + esc(
            words.one(
                "A working decision of the person named on how the case goes on, not a finding "
                "on the facts or the law."
            )
        )
    latest = review.latest_by_item()
    reviewed = sum(1 for m in latest.values() if m.status == "reviewed")
    requests = [m for m in review.marks if m.status == "needs_recapture"]
    still_open = sum(1 for m in requests if m.open)
    counts = words.one(
        "{reviewed} items reviewed; {open} open recapture requests ({done} recaptured)."
    ).format(reviewed=reviewed, open=still_open, done=len(requests) - still_open)
    return [
        (words.both("Screening verdict"), verdict_text),
        (words.both("Review"), esc(counts)),
    ]
