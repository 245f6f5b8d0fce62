"""The selected item: preview (zoomable image, video, saved page), its fields as a form, files and history."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.evidence_names import category_name, evidence_name
from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELD_KEYS,
    FIELDS,
    FieldSpec,
    parse_count,  # the bundle's grammar of a count
)
from evidence_app.core.guide import required_fields
from evidence_app.core.model import CATEGORIES, Event, Item, StoredFile
from evidence_app.ui.item.autosave import AutoSaver
from evidence_app.ui.item.form_parts import (
    CATEGORY_FIELDS,
    CHECKED_FIELDS,
    COUNT_FIELDS,
    CategoryBox,
    editor_text,
    fields_for,
    readable_time_text,
    set_text,
    set_text_of,
    set_visible,
    smaller,
)
from evidence_app.ui.item.preview_views import PreviewViews
from evidence_app.ui.item.review_bar import review_html
from evidence_app.ui.models import readable_time

__all__ = ["CATEGORY_FIELDS", "ItemPanel", "fields_for", "readable_time_text"]

log = logging.getLogger("evidence_app.ui.item")
PREVIEW_ROLES = ("window", "visible", "full_page", "original")
GREY, RED = "#5f6368", "#b3261e"
WARNING_STYLE = "color: #7a4a00; background: #fff4e0; border-radius: 3px; padding: 3px 6px"


class ItemPanel(PreviewViews, QWidget):
    """Signals: ``fieldsEdited(dict)`` with the changed fields; ``categoryChanged(str)`` the
    category the user chose (a key of core.model.CATEGORIES); ``openPage(str)`` a saved page's path.
    """

    fieldsEdited = Signal(dict)
    categoryChanged = Signal(str)
    openPage = Signal(str)
    markReviewed = Signal()  # a reviewer marks the shown item reviewed
    askRecapture = Signal()  # a reviewer asks the owner to capture the shown item again
    captureAgain = Signal()  # the owner answers an open recapture request of the shown item

    def __init__(self, blob_path: Callable[[str], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blob_path = blob_path
        self.item: Item | None = None
        self.events: tuple[Event, ...] = ()
        self.missing_fields: tuple[str, ...] = ()
        self.review_mark: Any = None  # core.review.ReviewMark, the latest of the shown item
        self.reviewer = False  # the operator is support staff or a lawyer
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()

        # Preview
        self.preview = QStackedWidget()
        self.no_preview = QLabel()
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_preview.setWordWrap(True)
        self.page_box = QWidget()
        page_layout = QVBoxLayout(self.page_box)
        self.page_label = QLabel()
        self.page_label.setWordWrap(True)
        self.page_button = QPushButton()
        self.page_button.clicked.connect(self._open_page)
        page_layout.addWidget(self.page_label)
        page_layout.addWidget(self.page_button)
        page_layout.addStretch(1)
        for widget in (self.no_preview, self.page_box):
            self.preview.addWidget(widget)

        # Category (recorded as soon as it is chosen) and fields
        self.category_label = QLabel()
        self.category = CategoryBox()
        self.category.setObjectName("category")
        for key in CATEGORIES:
            self.category.addItem("", key)
        self.category.activated.connect(self._category_chosen)
        self.form_host = QWidget()
        self.form_host.setObjectName("fieldsForm")
        outer = QVBoxLayout(self.form_host)
        self.form = QVBoxLayout()  # the rows, in the order _layout_fields puts them
        self.form.setSpacing(12)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.rows: dict[str, QWidget] = {}
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.warnings: dict[str, QLabel] = {}
        self.readings: dict[str, QLabel] = {}  # "≈ 12,000" under a count
        # The rows are built when the first item is shown (``_ensure_rows``), not at start-up.
        self.other_heading = QLabel(self.form_host)
        self.other_heading.setObjectName("otherFieldsHeading")
        self.other_heading.setStyleSheet(f"color: {GREY}; font-weight: bold")
        self.more_button = QPushButton(self.form_host)
        self.more_button.setObjectName("showAllFields")
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(lambda _on: self._layout_fields())
        self.shown_item_id: str | None = None
        self.laid_out_for: str | None = None  # the category the form's order is for
        self.fields_scroll = scroll = QScrollArea()
        scroll.setObjectName("fieldsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveFields")
        self.save_button.clicked.connect(lambda: self.commit(explicit=True))
        self.refused: dict[str, str] | None = None
        self.saved_note = QLabel()  # how the form saves, or that it just did
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setWordWrap(True)
        smaller(self.saved_note)
        self.saved_note.setStyleSheet(f"color: {GREY}")
        self.required_note = QLabel()
        self.required_note.setWordWrap(True)
        fields_page = QWidget()
        fields_layout = QVBoxLayout(fields_page)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category_label)
        category_row.addWidget(self.category, 1)
        fields_layout.addLayout(category_row)
        fields_layout.addWidget(self.required_note)
        fields_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.save_button)
        fields_layout.addLayout(buttons)

        self.files = QTextBrowser()
        self.history = QTextBrowser()
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(fields_page, "")
        self.tabs.addTab(self.files, "")
        self.tabs.addTab(self.history, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self._build_review_bar())
        layout.addWidget(self.tabs, 1)
        self.autosave = AutoSaver((), self.commit, self)
        self.retranslateUi()
        self.show_item(None)

    def _ensure_rows(self) -> None:
        """Build the form's rows once, the first time an item is shown."""
        if self.rows:
            return
        for spec in FIELDS:
            self._build_row(spec)
        self.autosave.watch(self.editors.values())

    def _build_row(self, spec: FieldSpec) -> None:
        """One field: its label, the editor, for a count the number it reads as ("≈ 12,000"), a
        soft warning (hidden until a value needs one) and the guide's hint in full, small and grey."""
        key = spec.key
        row = QWidget(self.form_host)
        row.setObjectName(f"row_{key}")
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        label = QLabel()
        label.setObjectName(f"label_{key}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        editor: QLineEdit | QPlainTextEdit
        if spec.kind == "multiline":
            editor = QPlainTextEdit()
            editor.setFixedHeight(64)
            editor.setTabChangesFocus(True)
        else:
            editor = QLineEdit()
        editor.setObjectName(f"field_{key}")
        warning = QLabel()
        warning.setObjectName(f"warning_{key}")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        warning.hide()
        hint = QLabel()
        hint.setObjectName(f"hint_{key}")
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {GREY}")
        smaller(hint)
        box.addWidget(label)
        box.addWidget(editor)
        if key in CHECKED_FIELDS:
            if spec.kind == "count":
                reading = QLabel()
                reading.setObjectName(f"reading_{key}")
                reading.setStyleSheet(f"color: {GREY}")
                reading.hide()
                box.addWidget(reading)
                self.readings[key] = reading
            assert isinstance(editor, QLineEdit)
            editor.textChanged.connect(lambda _text, k=key: self._check_value(k, typing=True))
            editor.editingFinished.connect(lambda k=key: self._check_value(k))
        box.addWidget(warning)
        box.addWidget(hint)
        self.rows[key] = row
        self.labels[key] = label
        self.editors[key] = editor
        self.warnings[key] = warning
        self.hints[key] = hint

    def _build_review_bar(self) -> QWidget:
        self.review_bar = QWidget()
        self.review_bar.setObjectName("reviewBar")
        bar = QVBoxLayout(self.review_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewStatus")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markReviewed")
        self.recapture_button = QPushButton()
        self.recapture_button.setObjectName("askRecapture")
        self.again_button = QPushButton()
        self.again_button.setObjectName("captureAgain")
        self.mark_button.clicked.connect(self.markReviewed)
        self.recapture_button.clicked.connect(self.askRecapture)
        self.again_button.clicked.connect(self.captureAgain)
        for button in (self.mark_button, self.recapture_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bar.addWidget(self.review_label)
        bar.addLayout(buttons)
        return self.review_bar

    def set_review(self, mark: Any, reviewer: bool) -> None:
        """Show the item's latest review mark; reviewers get the review buttons, the owner
        "Capture again" while a recapture request is open."""
        self.review_mark = mark
        self.reviewer = reviewer
        shown = self.item is not None
        self.mark_button.setVisible(shown and reviewer)
        self.recapture_button.setVisible(shown and reviewer)
        self.again_button.setVisible(shown and mark is not None and mark.open and not reviewer)
        self.review_label.setVisible(shown and mark is not None)
        if mark is not None:
            self.review_label.setText(review_html(mark))
        self.review_bar.setVisible(shown and (reviewer or mark is not None))

    # -- showing an item ---------------------------------------------------------------------

    def show_item(
        self, item: Item | None, events: Sequence[Event] = (), missing_fields: Sequence[str] = ()
    ) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.refused = None
        if item is not None:
            self._ensure_rows()
        self.item = item
        self.events = tuple(events)
        self.missing_fields = tuple(missing_fields)
        if self._video is not None:
            self._video.release()
        enabled = item is not None
        self.tabs.setEnabled(enabled)
        if item is None:
            self.set_review(None, self.reviewer)
            self.title.setText(self.tr("Choose an item in the table to see it here."))
            self.preview.setCurrentWidget(self.no_preview)
            self.no_preview.setText("")
            self._fill_fields({})
            self.category.setCurrentIndex(-1)
            self.files.clear()
            self.history.clear()
            return
        # The header's and the Files and History tabs' wording load with the first item shown.
        from evidence_app.core.posted_time import is_imported
        from evidence_app.ui.item.history import files_html, history_html

        withdrawn = item.withdrawn and " — " + self.tr("withdrawn: {reason}").format(
            reason=item.withdrawn_reason
        )
        when = (
            self.tr("Imported {when} by {who} · time from this computer's clock")
            if is_imported(item)
            else self.tr("Captured {when} by {who} · time from this computer's clock")
        ).format(when=readable_time(item.captured_local), who=item.operator.name)
        self.title.setText(
            f"<b>{html.escape(item.number)}</b> · {html.escape(evidence_name(item))}"
            f"{html.escape(withdrawn or '')}<br><span style='color:#555'>{html.escape(when)}</span>"
        )
        self._show_preview(item)
        self.show_category()
        self._fill_fields(item.fields)
        self.files.setHtml(files_html(item))
        self.history.setHtml(history_html(events, item))

    def _show_preview(self, item: Item) -> None:
        undecodable = too_large = False
        for role in PREVIEW_ROLES:
            for stored in item.files:
                if stored.role == role and stored.mime.startswith("image/"):
                    if (stored.meta.get("image") or {}).get("too_large_to_decode"):
                        too_large = True  # never decoded: it could exhaust the memory
                        continue
                    if self.image.set_image(self.blob_path(stored.sha256)):
                        self.preview.setCurrentWidget(self.image)
                        return
                    undecodable = True  # a text file named .png, a damaged picture
        if self._image is not None:
            self._image.set_image(None)
        for stored in item.files:
            if stored.role == "video" or stored.mime.startswith("video/"):
                self.preview.setCurrentWidget(self.video)
                self.video.set_video(self.blob_path(stored.sha256))
                return
        for stored in item.files:
            if stored.role in ("mhtml", "html"):
                self.preview.setCurrentWidget(self.page_box)
                self.page_file = stored
                self.page_label.setText(
                    self.tr("A saved web page: {name}").format(name=stored.name)
                )
                return
        self.preview.setCurrentWidget(self.no_preview)
        if undecodable:
            text = self.tr("This file is not a picture that can be shown; it is kept unchanged.")
        elif too_large:
            text = self.tr("This picture is too large to show here; it is kept unchanged.")
        else:
            text = self.tr("This item has no picture, video or saved page to show.")
        self.no_preview.setText(text)

    def _open_page(self) -> None:
        stored: StoredFile | None = getattr(self, "page_file", None)
        if stored is not None:
            self.openPage.emit(str(self.blob_path(stored.sha256)))

    def _layout_fields(self) -> None:
        """Order and show the fields for the shown item's category: the ones the guide asks for
        (marked *, red while empty), then the others usual for it, then any other field that has a
        value; the rest only after "Show all fields"."""
        if not self.rows:  # no item shown yet
            return
        category = self.item.category if self.item is not None else "other"
        required = required_fields(category)
        usual = fields_for(category)
        others = [key for key in FIELD_KEYS if key not in usual]
        filled = {key for key, editor in self.editors.items() if editor_text(editor).strip()}
        show_all = self.more_button.isChecked()
        if category != self.laid_out_for:  # the order depends on the category alone
            self.laid_out_for = category
            order = [
                *(self.rows[key] for key in usual),
                self.other_heading,
                *(self.rows[key] for key in others),
                self.more_button,
            ]
            for widget in order:  # (re)placed in this order; no layout item is taken out by hand
                self.form.removeWidget(widget)
                self.form.addWidget(widget)
            self.form.setAlignment(self.more_button, Qt.AlignmentFlag.AlignLeft)
            # Tab moves down the form in the order it is shown.
            chain = [self.category, *(self.editors[k] for k in (*usual, *others)), self.more_button]
            for first, second in zip(chain, [*chain[1:], self.save_button], strict=True):
                QWidget.setTabOrder(first, second)
        for key in usual:
            set_visible(self.rows[key], True)
        shown_others = 0
        for key in others:
            visible = show_all or key in filled
            set_visible(self.rows[key], visible)
            shown_others += visible
        set_visible(self.other_heading, shown_others > 0)
        hidden = sum(1 for key in others if key not in filled)
        set_visible(self.more_button, hidden > 0)
        set_text_of(
            self.more_button,
            self.tr("Show fewer fields")
            if show_all
            else self.tr("Show all fields ({count} more)").format(count=hidden),
        )
        set_text_of(self.other_heading, self.tr("Other fields"))
        for spec in FIELDS:
            text = html.escape(spec.label_in())
            # The guide's gaps name the red ones (the same the table counts and the guide lists).
            if spec.key in required or spec.key in self.missing_fields:
                missing = self.item is not None and spec.key in self.missing_fields
                color = RED if missing else "#000000"
                text = f"<span style='color:{color}'><b>{text} *</b></span>"
            set_text_of(self.labels[spec.key], text)
            set_text_of(self.hints[spec.key], spec.hint_in())
            editor = self.editors[spec.key]
            example = self._example(spec.key)
            if isinstance(editor, QLineEdit) and editor.placeholderText() != example:
                editor.setPlaceholderText(example)

    def _example(self, key: str) -> str:
        """An example value shown in an empty field (the hint under the field says what it is)."""
        if key in ("url", "final_url", "account_url"):
            return "https://…"
        if key in COUNT_FIELDS:
            return self.tr("e.g. 3,456 or 1.2万")
        examples = {
            "platform": self.tr("e.g. Weibo, Douyin"),
            "account_id": self.tr("e.g. 7788990011"),
            "ip_location": self.tr("e.g. Guangdong"),
            "posted_at_displayed": self.tr("e.g. 3 hours ago, or 01-05 21:14"),
            "posted_at": self.tr("e.g. 2025-01-05 21:14"),
            "counts_observed_at": self.tr("e.g. 2025-01-06 09:30"),
        }
        return examples.get(key, "")

    def _check_value(self, key: str, typing: bool = False) -> None:
        """A soft warning under a count that is no number, or a posting time the app cannot read:
        the value is saved all the same. While *typing*, a warning only goes, it does not come
        (it comes when the field is left)."""
        text = editor_text(self.editors[key]).strip()
        warning = ""
        if key in COUNT_FIELDS:
            number = parse_count(text) if text else None
            plain = number is None or text in (str(number), f"{number:,}")
            set_text_of(self.readings[key], "" if plain else f"≈ {number:,}")
            set_visible(self.readings[key], not plain)
            if text and number is None:
                warning = self.tr(
                    "The bundle cannot count this as a number (write it like 3,456 or 1.2万). "
                    "It is saved as you wrote it."
                )
        elif key == "posted_at" and text and not readable_time_text(text):
            warning = self.tr(
                "The app cannot read this as a date and time, so the timeline cannot place it. "
                "Write it like 2025-01-05 21:14; the time exactly as the page shows it goes in "
                "“{field}”. It is saved as you wrote it."
            ).format(field=FIELD_BY_KEY["posted_at_displayed"].label_in())
        label = self.warnings[key]
        if typing and warning and label.isHidden():
            return
        set_text_of(label, warning)
        set_visible(label, bool(warning))

    # -- the category ------------------------------------------------------------------------

    def show_category(self) -> None:
        """Show the shown item's stored category in the combo (after a refused change, too)."""
        if self.item is None:
            return
        self._name_categories()
        self.category.setCurrentIndex(self.category.findData(self.item.category))
        self.category.setEnabled(not self.item.withdrawn)
        self.category.setToolTip(
            self.tr("A withdrawn item keeps its category.")
            if self.item.withdrawn
            else self.tr("What this item is; a change is recorded in the custody log at once.")
        )

    def _name_categories(self) -> None:
        """The box's names: the table's (a recording of the visit is named so, not "Other")."""
        for row, key in enumerate(CATEGORIES):
            self.category.setItemText(row, category_name(key, self.item))

    def _category_chosen(self, index: int) -> None:
        key = self.category.itemData(index)
        if self.item is not None and key and key != self.item.category:
            self.categoryChanged.emit(key)

    def restore_edits(self, changes: dict[str, str]) -> None:
        """Put back field values typed but not saved yet (the item was shown again meanwhile)."""
        self._ensure_rows()
        for key, value in changes.items():
            if key in self.editors:
                set_text(self.editors[key], value)
                if key in CHECKED_FIELDS:
                    self._check_value(key)
        self._layout_fields()

    def _fill_fields(self, fields: dict[str, str]) -> None:
        """The form with *fields* (the shown item's); "Show all fields" folds up for another item."""
        if not self.rows:  # no item shown yet
            return
        item_id = self.item.id if self.item is not None else None
        if item_id != self.shown_item_id:
            self.shown_item_id = item_id
            top = self.fields_scroll.verticalScrollBar()
            if top.value() != top.minimum():
                top.setValue(top.minimum())
            if self.more_button.isChecked():
                self.more_button.blockSignals(True)
                self.more_button.setChecked(False)
                self.more_button.blockSignals(False)
        for key, editor in self.editors.items():
            set_text(editor, fields.get(key, ""))
        for key in CHECKED_FIELDS:
            self._check_value(key)
        self._layout_fields()

    # -- editing -----------------------------------------------------------------------------

    def changed_fields(self) -> dict[str, str]:
        if self.item is None:
            return {}
        changes = {}
        for key, editor in self.editors.items():
            value = editor_text(editor).strip()
            if value != self.item.fields.get(key, ""):
                changes[key] = value
        return changes

    def save_fields(self) -> None:
        changes = self.changed_fields()
        if changes:
            self.fieldsEdited.emit(changes)

    def commit(self, explicit: bool = False) -> None:
        """Record what was typed and not yet saved (nothing when nothing changed). Called when a
        field is left, after a pause in typing, on Ctrl+S (*explicit*), and by the window before
        it shows anything else or closes. Changes the store refused (said in a dialog) are not
        sent again by themselves: the dialog taking the focus would refuse them again."""
        self.autosave.stop()
        if self.item is None:
            return
        changes = self.changed_fields()
        if changes and (explicit or changes != self.refused):
            self.refused = None
            self.fieldsEdited.emit(changes)

    def refuse(self, changes: dict[str, str]) -> None:
        """The window could not save *changes* (it said why)."""
        self.refused = dict(changes)

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Preview"))
        self.tabs.setTabText(1, self.tr("Details"))
        self.tabs.setTabText(2, self.tr("Files and hashes"))
        self.tabs.setTabText(3, self.tr("History"))
        self.save_button.setText(self.tr("Save now (Ctrl+S)"))
        self.saved_note.setText(
            self.tr(
                "What you type is saved by itself when you leave a field, stop typing, choose "
                "another item or close the app; each change is recorded in the custody log."
            )
        )
        self.category_label.setText(self.tr("Category:"))
        self._name_categories()
        self.page_button.setText(self.tr("Open the saved page in the browser"))
        self.mark_button.setText(self.tr("Mark reviewed"))
        self.recapture_button.setText(self.tr("Ask for recapture…"))
        self.again_button.setText(self.tr("Capture again…"))
        if self.review_mark is not None:
            self.review_label.setText(review_html(self.review_mark))
        self.required_note.setText(
            self.tr(
                "What you fill in here is printed with this item in the bundle for your lawyer. "
                "Fields marked * are what the guide asks for; the red ones are still empty, and "
                "they are what the table counts as missing and the guide lists."
            )
        )
        if self.item is not None:
            self.show_item(self.item, self.events, self.missing_fields)
        else:
            self.title.setText(self.tr("Choose an item in the table to see it here."))
            self._layout_fields()
