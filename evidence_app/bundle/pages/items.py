"""One section per item: pictures, fields, files with their hashes, trusted time, review, events."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
)

from evidence_app.bundle.fonts import MONO
from evidence_app.bundle.images import ImagePlan
from evidence_app.bundle.pages.base import (
    CAPTION_HEIGHT,
    FRAME_HEIGHT,
    IMAGE_GAP,
    PAD,
    SHOWN_IMAGE_ROLES,
    USABLE_WIDTH,
    BundleContent,
    ImageSlot,
    Words,
    esc,
    evidence_name,
    exact_size,
    gap_text,
    human_size,
    lacks_glyphs,
    operator_text,
    posted_text,
    typed_time_text,
)
from evidence_app.bundle.pages.events import _event_table, _log_intro
from evidence_app.bundle.pages.flow import (
    ImageBox,
    Mark,
    _cell,
    _grid,
    _kv_table,
    _label_cell,
    _p,
    _when_cell,
    image_slices,
)
from evidence_app.bundle.pages.method import (
    capture_kind,
    file_time_text,
    imported_original,
    method_sentences,
)
from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELDS,
    MESSAGE_TIME_LABELS,
    category_label,
    file_role_label,
)
from evidence_app.core.guide import required_fields
from evidence_app.core.model import Item, StoredFile
from evidence_app.core.posted_time import item_posted
from evidence_app.core.review import STATUSES, ReviewMark

CONTEXT = "Bundle"


def mark_status_text(mark: ReviewMark, words: Words) -> str:
    label = STATUSES.get(mark.status)
    text = words.both(label, "Review") if label else mark.status
    if mark.status == "needs_recapture":
        if mark.closed_by:
            text += "\n" + words.one("recaptured as {number}").format(number=mark.closed_by)
        else:
            text += "\n" + words.one("open: not yet recaptured")
    return text


def _item_review(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Every review mark of the item, oldest first, and which request this item answers."""
    review = content.review
    marks = [m for m in review.marks if m.item_id == item.id] if review else []
    answers = _recaptured_from(item, content)
    if not marks and not answers:
        return []
    story: list[Flowable] = [_p(esc(words.both("Review")), styles["h2"])]
    if answers:
        story.append(
            _p(
                esc(
                    words.one(
                        "This item is the recapture of {number}, as a reviewer asked."
                    ).format(number=answers)
                ),
                styles["body"],
            )
        )
    if marks:
        rows: list[list[Any]] = [
            [
                mark_status_text(mark, words),
                mark.comment or "—",
                operator_text(mark.by, words),
                _when_cell(mark.at_utc, mark.at_local, words, styles),
            ]
            for mark in marks
        ]
        story.append(
            _grid(
                [
                    words.both("Status"),
                    words.both("Comment"),
                    words.both("By"),
                    words.both("When"),
                ],
                rows,
                [72, 160, 78, 115],
                styles,
            )
        )
    return story


def _recaptured_from(item: Item, content: BundleContent) -> str:
    """The number of the item this one recaptures (its ``item_added`` says so), or ""."""
    for event in content.events:
        if event.action == "item_added" and event.item == item.id:
            original = event.payload.get("recapture_of")
            if original:
                numbers = {i.id: i.number for i in content.items}
                return numbers.get(str(original), str(original))
            break
    return ""


_POSTED_KEYS = ("posted_at", "posted_at_displayed")


def _field_rows(item: Item, words: Words) -> list[tuple[str, str]]:
    """The fields that hold a value, in the catalogue's order (empty ones are listed apart)."""
    rows = []
    for spec in FIELDS:
        value = item.fields.get(spec.key, "")
        if not value.strip():
            continue
        posting = item_posted(item, words.zone) if spec.key in _POSTED_KEYS else None
        used = posting is not None and posting.text == value.strip()
        if spec.key == "posted_at" and used:  # counted back from the right base for an import
            value = posted_text(item, words)
        elif spec.kind == "datetime":
            value = typed_time_text(value, item.captured_utc, words)
        elif (
            used
            and posting is not None
            and (
                posting.unresolvable or (posting.resolved is not None and posting.resolved.derived)
            )
        ):  # "3小时前": the instant it stands for, or that it cannot be worked out
            value += "\n" + posted_text(item, words)
        if spec.kind == "datetime":  # a time someone typed: never to be taken for a clock's
            value += "\n" + words.one("(typed in by hand, not read from a clock)")
        rows.append((_field_label(item, spec.key, words), esc(value)))
    return rows


def _field_label(item: Item, key: str, words: Words) -> str:
    # a message is sent, not posted: its times say so (as the catalogue's name and the log do)
    if item.category == "private_message" and key in MESSAGE_TIME_LABELS:
        return words.both(MESSAGE_TIME_LABELS[key], "Fields")
    return words.both(FIELD_BY_KEY[key].label, "Fields")


def _time_rows(item: Item, words: Words) -> list[tuple[str, str]]:
    """One capture time; for an import, the time of import and the file's own times beside it."""
    if capture_kind(item) != "import":
        return [(words.both("Captured"), esc(words.when(item.captured_utc)))]
    original = imported_original(item)
    rows = [(words.both("Imported"), esc(words.when(item.captured_utc)))]
    if original is not None:
        rows.insert(0, (words.both("File time / time taken"), esc(file_time_text(original, words))))
    return rows


def _not_filled_in(item: Item, words: Words) -> str:
    """The fields the guide asks for with this category that are empty, in words ("" if none)."""
    # one of the two posting-time fields is enough: the time typed, or as the page showed it
    posted = any(item.fields.get(key, "").strip() for key in _POSTED_KEYS)
    empty = [
        FIELD_BY_KEY[key].label_in(words.lang)
        for key in required_fields(item.category)
        if key in FIELD_BY_KEY
        and not item.fields.get(key, "").strip()
        and not (posted and key in _POSTED_KEYS)
    ]
    if not empty:
        return ""
    return words.one("Not filled in: {fields}").format(fields=words.one(", ").join(empty))


def _item_section(
    item: Item,
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    placed: list[ImageSlot],
) -> list[Flowable]:
    name = evidence_name(item, content.lang)
    story: list[Flowable] = [
        Mark(f"item-{item.number}", f"{item.number} {name}", 1, seen),
        _p(esc(f"{item.number} · {name}"), styles["h1"]),
    ]
    if item.withdrawn:
        story.append(
            _p(
                esc(words.one("Withdrawn: {reason}").format(reason=item.withdrawn_reason)),
                styles["warn"],
            )
        )
    story.append(
        _kv_table(
            [
                (words.both("Category"), esc(category_label(item.category, content.lang))),
                *_time_rows(item, words),
                (
                    # who brought an outside file in did not necessarily make it
                    words.both("Imported by")
                    if capture_kind(item) == "import"
                    else words.both("Captured by"),
                    esc(operator_text(item.operator, words)),
                ),
                (words.both("Item ID"), esc(item.id)),
                *_field_rows(item, words),
            ],
            styles,
        )
    )
    missing = _not_filled_in(item, words)
    if missing:
        story.append(Spacer(1, 3))
        story.append(_p(esc(missing), styles["body"]))
    story.append(_p(esc(words.both("How this item was captured (取证说明)")), styles["h2"]))
    for sentence in method_sentences(item, content, words):
        story.append(_p(esc(sentence), styles["body"]))
    story.append(_p(esc(words.both("Files (attached to this PDF)")), styles["h2"]))
    story.append(_file_table(item, content, words, styles))
    if any(lacks_glyphs(content.attachment_names[f.id]) for f in item.files):
        story.append(Spacer(1, 3))
        story.append(
            _p(
                esc(
                    words.one(
                        "A character the bundle's font cannot show is printed as [U+…], its "
                        "Unicode code point; the attachment's name holds the character itself."
                    )
                ),
                styles["note"],
            )
        )
    story += _trusted_time(item, content, words, styles)
    story += _item_review(item, content, words, styles)
    story += _item_events(item, content, words, styles)
    shown = [
        (SHOWN_IMAGE_ROLES.index(stored.role), index, stored)
        for index, stored in enumerate(item.files)
        if stored.role in SHOWN_IMAGE_ROLES and stored.id in content.image_plans
    ]
    pictures = [stored for _order, _index, stored in sorted(shown, key=lambda entry: entry[:2])]
    together = _height_together([content.image_plans[stored.id] for stored in pictures])
    if together is not None:  # pictures that fit one page together start on one page
        story.append(CondPageBreak(together))
    for stored in pictures:
        plan = content.image_plans[stored.id]
        story += _image_flowables(stored, plan, content, words, styles, placed)
    return story


def _height_together(plans: list[ImagePlan]) -> float | None:
    """The height of several pictures, each on one slice, when they fit one page; else None."""
    if len(plans) < 2:
        return None
    total = 0.0
    for plan in plans:
        scale, slices = image_slices(plan)
        if len(slices) != 1:
            return None
        total += slices[0][1] * scale + CAPTION_HEIGHT + IMAGE_GAP
    return total if total <= FRAME_HEIGHT - 2 * PAD else None


def _file_role_text(stored: StoredFile, words: Words) -> str:
    role = file_role_label(stored.role, words.lang)
    stamps = stored.meta.get("stamps") or {}
    if stored.role == "tsr" and stamps.get("name"):
        return words.one("{role} for “{name}”").format(role=role, name=stamps["name"])
    return role


def _file_table(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> Table:
    rows: list[list[Any]] = []
    widths: list[float] = [78, 150, 58, 160]
    # "“page.png”的时间戳令牌" breaks after 的, never inside 令牌
    role_width = widths[0] * USABLE_WIDTH / sum(widths)
    for stored in item.files:
        rows.append(
            [
                _label_cell(_file_role_text(stored, words), role_width, styles),
                [
                    _cell(esc(content.attachment_names[stored.id]), styles),
                    _p(esc(stored.mime), styles["fine"]),
                ],
                _size_lines(stored.size, words, styles),
                _p(f'<font name="{MONO}">{esc(stored.sha256)}</font>', styles["cell"]),
            ]
        )
    return _grid(
        [words.both("What it is"), words.both("Attachment, type"), words.both("Size"), "SHA-256"],
        rows,
        widths,
        styles,
    )


def _size_lines(size: int, words: Words, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """``303.0 KB`` over the exact count of bytes (only the count, below 1 KB)."""
    exact = esc(exact_size(size, words))
    if size < 1024:
        return [_cell(exact, styles)]
    return [_cell(esc(human_size(size)), styles), _p(exact, styles["fine"])]


def _trusted_time(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = [_p(esc(words.both("Trusted time")), styles["h2"])]
    tokens = item.files_with_role("tsr")
    if not tokens:
        if capture_kind(item) == "import":
            text = words.one(
                "No trusted time-stamp: the import time above comes from this computer's clock."
            )
        else:
            text = words.one(
                "No trusted time-stamp: the capture time above comes from the capturing "
                "computer's clock."
            )
        story.append(_p(esc(text), styles["body"]))
        return story
    rows: list[list[Any]] = []
    for token in tokens:
        meta = token.meta
        stamps = meta.get("stamps") or {}
        stamped = words.one("{role}: {name}").format(
            role=file_role_label(str(stamps.get("role", "")), words.lang),
            name=stamps.get("name", ""),
        )
        details = [
            stamped,
            words.one("serial number {serial}").format(serial=meta.get("serial", "")),
            words.one("policy {policy}").format(policy=meta.get("policy", "")),
        ]
        rows.append(
            [
                "\n".join(details),
                f"{meta.get('tsa_name') or ''}\n{meta.get('tsa_url') or ''}".strip(),
                _when_cell(str(meta.get("gen_time_utc", "")), "", words, styles),
                gap_text(meta.get("gap_seconds"), words, capture_kind(item) == "import"),
                content.attachment_names[token.id],
            ]
        )
    story.append(
        _p(
            esc(
                words.one(
                    "Each token is an RFC 3161 time-stamp: the authority certifies that the file "
                    "with this SHA-256 existed no later than the stamp time."
                )
            ),
            styles["note"],
        )
    )
    story.append(Spacer(1, 2))
    story.append(
        _grid(
            [
                words.both("Stamped file"),
                words.both("Time-stamping authority"),
                words.both("Stamp time"),
                words.both("Gap import → stamp")
                if capture_kind(item) == "import"
                else words.both("Gap capture → stamp"),
                words.both("Token (attachment)"),
            ],
            rows,
            [118, 110, 72, 62, 100],
            styles,
        )
    )
    return story


def _item_events(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    events = [e for e in content.events if e.item == item.id]
    numbers = {i.id: i.number for i in content.items}
    return [
        _p(esc(words.both("Custody events of this item")), styles["h2"]),
        _p(esc(_log_intro(events, words)), styles["note"]),
        Spacer(1, 2),
        _event_table(
            events, numbers, words, styles, with_item=False, categories={item.id: item.category}
        ),
    ]


def _image_flowables(
    stored: StoredFile,
    plan: ImagePlan,
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    placed: list[ImageSlot],
) -> list[Flowable]:
    scale, slices = image_slices(plan)
    name = content.attachment_names[stored.id]
    role = file_role_label(stored.role, words.lang)
    how = {
        "png": words.one("PNG data placed unchanged"),
        "jpeg": words.one("JPEG data placed unchanged"),
        "reencoded": words.one("re-encoded without loss (identical pixels)"),
    }[plan.method]
    story: list[Flowable] = []
    for index, (first, rows) in enumerate(slices, start=1):
        if len(slices) == 1:
            where = ""
        else:
            where = " · " + words.one("part {part} of {parts}, pixel rows {first}–{last}").format(
                part=index, parts=len(slices), first=first, last=first + rows - 1
            )
        caption = _p(
            f"<b>{esc(role)}</b> · "
            + esc(
                f"{name} · {plan.width}×{plan.height} px · {how} · ≈{round(72 / scale)} dpi{where}"
            ),
            styles["caption"],
        )
        slot = ImageSlot(stored.id, plan, scale, first, rows)
        story.append(CondPageBreak(rows * scale + CAPTION_HEIGHT + IMAGE_GAP))
        story.append(KeepTogether([caption, Spacer(1, 3), ImageBox(slot, placed)]))
    return story
