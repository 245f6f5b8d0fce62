"""The item form's parts: which fields each category shows, the category box, and small setters
that touch a widget only when its value changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from evidence_app.core.fields import FIELDS
from evidence_app.core.guide import required_fields

# The fields usual for each category (after the ones the guide requires, which come first, see
# fields_for); any other field shows when it has a value, or after "Show all fields".
_POSTING = (
    "platform", "url", "account_name", "account_id", "account_url", "ip_location", "post_id",
    "posted_at_displayed", "posted_at", "content_text", "views", "reposts", "comments", "likes",
    "counts_observed_at", "purpose", "report_ticket", "notes",
)  # fmt: skip
CATEGORY_FIELDS: dict[str, tuple[str, ...]] = {
    "post": _POSTING,
    "comment": _POSTING,
    "account_profile": (
        "platform", "url", "account_name", "account_id", "ip_location", "followers", "purpose",
        "report_ticket", "notes",
    ),
    "private_message": (
        "platform", "account_name", "account_id", "account_url", "ip_location",
        "posted_at_displayed", "posted_at", "content_text", "harm_type", "purpose",
        "report_ticket", "notes",
    ),
    "search_result": ("platform", "url", "page_title", "content_text", "purpose", "notes"),
    "harm_evidence": (
        "harm_type", "platform", "account_name", "account_id", "content_text", "purpose",
        "report_ticket", "notes",
    ),
    "identity_document": ("purpose", "notes"),
    "other": ("platform", "url", "account_name", "account_id", "content_text", "purpose", "notes"),
}  # fmt: skip
COUNT_FIELDS = tuple(spec.key for spec in FIELDS if spec.kind == "count")
CHECKED_FIELDS = (*COUNT_FIELDS, "posted_at")  # a soft warning when the app cannot read them


class CategoryBox(QComboBox):
    """The item's category: chosen by click or keyboard, never by a wheel turned over it while
    scrolling (each choice is a custody event)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


# Setters below run only when the value changes: besides saving work, PySide6 6.12.0 on Python
# 3.11 loses a reference to None on every call of a method that returns nothing, and the app
# aborts once None has none left; getters cost nothing.
def set_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(editor, QLineEdit):
        changed = editor.text() != text
        if changed:
            editor.setText(text)
        # A long address shows its start (https://weibo.com/…), not its end; a field being typed
        # in keeps its cursor.
        if (changed or not editor.hasFocus()) and editor.cursorPosition() != 0:
            editor.setCursorPosition(0)
    elif editor.toPlainText() != text:
        editor.setPlainText(text)


def set_text_of(widget: QLabel | QPushButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_visible(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def readable_time_text(text: str) -> bool:
    """Whether the bundle can read *text* as a time (``2025-01-05 21:14``, ``2025年1月5日``,
    ``3小时前``), as it does to place ``posted_at`` on the timeline (core.posted_time)."""
    from evidence_app.core.posted_time import posted_time_problem

    return posted_time_problem(text) is None


def fields_for(category: str) -> tuple[str, ...]:
    """The fields shown for *category*: the guide's required ones first, then the usual others."""
    required = required_fields(category)
    usual = CATEGORY_FIELDS.get(category, CATEGORY_FIELDS["other"])
    return (*required, *(key for key in usual if key not in required))


def editor_text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def smaller(label: QLabel) -> None:
    """*label* in a slightly smaller font (hints under a field or a picture)."""
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
