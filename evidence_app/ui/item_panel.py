"""The selected item: preview (zoomable image, video, saved page), its fields as a form, files and history."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
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

from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELDS,
    action_label,
    category_label,
    file_role_label,
    role_label,
)
from evidence_app.core.guide import required_fields
from evidence_app.core.model import CATEGORIES, Event, Item, StoredFile
from evidence_app.ui.models import has_token, readable_time

log = logging.getLogger("evidence_app.ui.item_panel")
PREVIEW_ROLES = ("window", "visible", "full_page", "original")
SHOWN_VALUE_CHARS = 80  # a field's old and new value in the history, cut to this length


class ImageView(QGraphicsView):
    """A zoomable image: wheel zooms, drag pans, double click fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # A capture is read from its top (address bar, poster, time), not from its middle.
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.zoom = 1.0

    def set_image(self, path: Path | None) -> bool:
        """Show the picture at *path*; False (and nothing shown) when it cannot be decoded."""
        pixmap = QPixmap(str(path)) if path else QPixmap()
        self.pixmap_item.setPixmap(pixmap)
        self.scene().setSceneRect(self.pixmap_item.boundingRect())
        self.fit_width()
        return not pixmap.isNull()

    def fit_width(self) -> None:
        self.resetTransform()
        width = self.pixmap_item.pixmap().width()
        if width > 0 and self.viewport().width() > 0:
            scale = min(1.0, (self.viewport().width() - 4) / width)
            self.scale(scale, scale)
            self.zoom = scale
        self.centerOn(self.pixmap_item.boundingRect().center().x(), 0)

    def zoom_by(self, factor: float) -> None:
        self.zoom *= factor
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            return
        super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.fit_width()


class VideoView(QWidget):
    """A recording with play/pause; QtMultimedia is loaded only when a video is first shown.

    A file the player cannot open (damaged, cut short, a codec this computer lacks) gives a
    sentence in place of the picture; ``release()`` stops and closes the file (another item shown).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: Any = None
        self.video: Any = None
        self.path: Path | None = None
        self.failed = False
        self.layout_ = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("videoMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.hide()
        self.play = QPushButton()
        self.play.clicked.connect(self.toggle)
        self.layout_.addWidget(self.message, 1)
        self.layout_.addWidget(self.play)
        self.retranslateUi()

    def set_video(self, path: Path) -> None:
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget(self)
            self.layout_.insertWidget(0, self.video, 1)
            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.player.setVideoOutput(self.video)
            self.player.errorOccurred.connect(self._error)
            self.player.mediaStatusChanged.connect(self._status)
        self.release()
        self._set_failed(False)
        self.path = path
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def toggle(self) -> None:
        if self.player is None or self.failed or self.path is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    def release(self) -> None:
        """Stop and let go of the file (a stopped player still holds it open)."""
        self.path = None
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())

    def _error(self, _error: object, message: str) -> None:
        if self.path is not None:
            log.warning("cannot play %s: %s", self.path, message)
            self._set_failed(True)

    def _status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.InvalidMedia and self.path is not None:
            self._set_failed(True)

    def _set_failed(self, failed: bool) -> None:
        self.failed = failed
        self.message.setVisible(failed)
        if self.video is not None:
            self.video.setVisible(not failed)
        self.play.setEnabled(not failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.play.setText(self.tr("Play / pause"))
        self.message.setText(
            self.tr(
                "This video cannot be played on this computer: the file is damaged or in a "
                "format that cannot be decoded here. The stored file is kept unchanged."
            )
        )


class CategoryBox(QComboBox):
    """The item's category: chosen by click or keyboard, never by a wheel turned over it while
    scrolling (each choice is a custody event)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class ItemPanel(QWidget):
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
        self.image = ImageView()
        self.video = VideoView()
        self.page_box = QWidget()
        page_layout = QVBoxLayout(self.page_box)
        self.page_label = QLabel()
        self.page_label.setWordWrap(True)
        self.page_button = QPushButton()
        self.page_button.clicked.connect(self._open_page)
        page_layout.addWidget(self.page_label)
        page_layout.addWidget(self.page_button)
        page_layout.addStretch(1)
        for widget in (self.no_preview, self.image, self.video, self.page_box):
            self.preview.addWidget(widget)

        # Category (recorded as soon as it is chosen) and fields
        self.category_label = QLabel()
        self.category = CategoryBox()
        self.category.setObjectName("category")
        for key in CATEGORIES:
            self.category.addItem("", key)
        self.category.activated.connect(self._category_chosen)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for spec in FIELDS:
            editor: QLineEdit | QPlainTextEdit
            if spec.kind == "multiline":
                editor = QPlainTextEdit()
                editor.setFixedHeight(60)
            else:
                editor = QLineEdit()
            editor.setObjectName(f"field_{spec.key}")
            label = QLabel()
            self.editors[spec.key] = editor
            self.labels[spec.key] = label
            self.form.addRow(label, editor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveFields")
        self.save_button.clicked.connect(self.save_fields)
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
        buttons.addStretch(1)
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
        self.retranslateUi()
        self.show_item(None)

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
            self.review_label.setText(self._review_html(mark))
        self.review_bar.setVisible(shown and (reviewer or mark is not None))

    def _review_html(self, mark: Any) -> str:
        from evidence_app.core.review import status_label

        if mark.status == "needs_recapture" and mark.open:
            color, state = "#b3261e", self.tr("open")
        elif mark.status == "needs_recapture":
            color = "#1b7f3b"
            state = self.tr("done: recaptured as {number}").format(number=mark.closed_by)
        else:
            color, state = "#1b7f3b", ""
        head = status_label(mark.status) + (f" — {state}" if state else "")
        who = self.tr("{name} ({role}), {when}").format(
            name=mark.by.name, role=role_label(mark.by.role), when=readable_time(mark.at_local)
        )
        comment = f"<br>“{html.escape(mark.comment)}”" if mark.comment else ""
        return (
            f"<span style='color:{color}'><b>{html.escape(head)}</b></span> · "
            f"<span style='color:#555'>{html.escape(who)}</span>{comment}"
        )

    # -- showing an item ---------------------------------------------------------------------

    def show_item(
        self, item: Item | None, events: Sequence[Event] = (), missing_fields: Sequence[str] = ()
    ) -> None:
        self.item = item
        self.events = tuple(events)
        self.missing_fields = tuple(missing_fields)
        self.video.release()
        enabled = item is not None
        self.tabs.setEnabled(enabled)
        if item is None:
            self.set_review(None, self.reviewer)
            self.title.setText(self.tr("Choose an item in the table to see it here."))
            self.preview.setCurrentWidget(self.no_preview)
            self.no_preview.setText("")
            for editor in self.editors.values():
                _set_text(editor, "")
            self.category.setCurrentIndex(-1)
            self.files.clear()
            self.history.clear()
            return
        withdrawn = (
            " — " + self.tr("withdrawn: {reason}").format(reason=item.withdrawn_reason)
            if item.withdrawn
            else ""
        )
        self.title.setText(
            f"<b>{html.escape(item.number)}</b> · {html.escape(category_label(item.category))}"
            f"{html.escape(withdrawn)}<br><span style='color:#555'>"
            + html.escape(
                self.tr("Captured {when} by {who}").format(
                    when=readable_time(item.captured_local), who=item.operator.name
                )
            )
            + "</span>"
        )
        self._show_preview(item)
        self.show_category()
        for key, editor in self.editors.items():
            _set_text(editor, item.fields.get(key, ""))
        self._mark_required(item)
        self._show_files(item)
        self._show_history(events)

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
        self.image.set_image(None)
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

    def _mark_required(self, item: Item) -> None:
        required = set(required_fields(item.category))
        for spec in FIELDS:
            label = self.labels[spec.key]
            text = spec.label_in()
            if spec.key in required:
                missing = spec.key in self.missing_fields
                color = "#b3261e" if missing else "#000000"
                label.setText(f"<span style='color:{color}'><b>{html.escape(text)} *</b></span>")
            else:
                label.setText(html.escape(text))
            hint = spec.hint_in()
            label.setToolTip(hint)
            self.editors[spec.key].setToolTip(hint)
            if isinstance(self.editors[spec.key], QLineEdit):
                self.editors[spec.key].setPlaceholderText(hint)  # type: ignore[union-attr]

    def _show_files(self, item: Item) -> None:
        rows = []
        for stored in item.files:
            role = file_role_label(stored.role)
            stamps = stored.meta.get("stamps") or {}
            if stored.role == "tsr" and stamps.get("name"):
                role = self.tr("{role} for “{name}”").format(role=role, name=stamps["name"])
            details = self.tr("Type: {mime} · stored {when}").format(
                mime=stored.mime, when=_local_time(stored.added_utc)
            )
            warning = self._not_shown(stored)
            if warning:
                warning = f"<br><span style='color:#b3261e'>{html.escape(warning)}</span>"
            rows.append(
                f"<p><b>{html.escape(role)}</b><br>"
                f"{_tip(stored.name, details)} · "
                f"{_tip(self._size(stored.size), self._exact_size(stored.size))}{warning}<br>"
                f"SHA-256: <span style='font-family:monospace'>{stored.sha256}</span></p>"
            )
        stamp = (
            self.tr("Trusted time-stamp: yes")
            if has_token(item)
            else self.tr("Trusted time-stamp: not yet")
        )
        self.files.setHtml(f"<p><b>{html.escape(stamp)}</b></p>" + "".join(rows))

    def _not_shown(self, stored: StoredFile) -> str:
        """Why a file that claims to be a picture is not shown ("" when it is, or is no picture)."""
        image = stored.meta.get("image") or {}
        if image.get("undecodable"):
            return self.tr("This file is not a picture that can be shown; it is kept unchanged.")
        if image.get("too_large_to_decode"):
            return self.tr("This picture is too large to show here; it is kept unchanged.")
        return ""

    def _size(self, size: int) -> str:
        """``34401`` → ``33.6 KB`` (1 KB = 1,024 bytes, as file managers count)."""
        if size < 1024:
            return self._exact_size(size)
        value = size / 1024
        for unit in ("KB", "MB", "GB"):
            if value < 1024 or unit == "GB":
                return f"{value:.1f} {unit}"
            value /= 1024
        return self._exact_size(size)  # not reached

    def _exact_size(self, size: int) -> str:
        return self.tr("{count} bytes").format(count=f"{size:,}")

    def _show_history(self, events: Sequence[Event]) -> None:
        rows = []
        for e in events:
            exact = self.tr("Event {seq} of the custody log\nLocal: {local}\nUTC: {utc}").format(
                seq=e.seq, local=e.at_local, utc=e.at_utc
            )
            who = self.tr("{name} ({role})").format(
                name=e.operator.name, role=role_label(e.operator.role)
            )
            sentence = self._event_sentence(e)
            if sentence:
                sentence = f"<br><span style='color:#555'>{html.escape(sentence)}</span>"
            rows.append(
                f"<p><b>{html.escape(action_label(e.action))}</b> · "
                f"{_tip(_local_time(e.at_local), exact)} · {html.escape(who)}{sentence}</p>"
            )
        self.history.setHtml("".join(rows))

    def _event_sentence(self, event: Event) -> str:
        """One short line saying what the event did, in the owner's words (may be empty)."""
        p = event.payload
        if event.action == "item_added":
            text = self.tr("Added as {category}").format(category=_category(p.get("category")))
            if p.get("recapture_of"):
                text += " · " + self.tr("captured again, as a reviewer asked")
            return text
        if event.action == "file_stored":
            return self.tr("{role}: {name}, {size}").format(
                role=file_role_label(str(p.get("role", ""))),
                name=p.get("name", ""),
                size=self._size(int(p.get("size") or 0)),
            )
        if event.action == "field_edited":
            key = str(p.get("key", ""))
            spec = FIELD_BY_KEY.get(key)
            return self.tr("{field}: {old} → {new}").format(
                field=spec.label_in() if spec else key,
                old=self._value(p.get("old")),
                new=self._value(p.get("new")),
            )
        if event.action == "category_changed":
            return self.tr("Category: {old} → {new}").format(
                old=_category(p.get("old")), new=_category(p.get("new"))
            )
        if event.action == "item_withdrawn":
            return self.tr("Reason: {reason}").format(reason=p.get("reason", ""))
        if event.action == "timestamped":
            return self.tr("“{name}” stamped by {tsa} at {when}").format(
                name=p.get("file", ""),
                tsa=p.get("tsa_name") or p.get("tsa_url") or "?",
                when=_local_time(str(p.get("gen_time_utc", ""))),
            )
        if event.action == "item_reviewed":
            from evidence_app.core.review import status_label

            status = status_label(str(p.get("status", "")))
            return f"{status}: “{p['comment']}”" if p.get("comment") else status
        return ""

    def _value(self, value: Any) -> str:
        text = "" if value is None else " ".join(str(value).split())
        if not text:
            return self.tr("(empty)")
        return text if len(text) <= SHOWN_VALUE_CHARS else text[: SHOWN_VALUE_CHARS - 1] + "…"

    # -- the category ------------------------------------------------------------------------

    def show_category(self) -> None:
        """Show the shown item's stored category in the combo (after a refused change, too)."""
        if self.item is None:
            return
        self.category.setCurrentIndex(self.category.findData(self.item.category))
        self.category.setEnabled(not self.item.withdrawn)
        self.category.setToolTip(
            self.tr("A withdrawn item keeps its category.")
            if self.item.withdrawn
            else self.tr("What this item is; a change is recorded in the custody log at once.")
        )

    def _category_chosen(self, index: int) -> None:
        key = self.category.itemData(index)
        if self.item is not None and key and key != self.item.category:
            self.categoryChanged.emit(key)

    def restore_edits(self, changes: dict[str, str]) -> None:
        """Put back field values typed but not saved yet (the item was shown again meanwhile)."""
        for key, value in changes.items():
            if key in self.editors:
                _set_text(self.editors[key], value)

    # -- editing -----------------------------------------------------------------------------

    def changed_fields(self) -> dict[str, str]:
        if self.item is None:
            return {}
        changes = {}
        for key, editor in self.editors.items():
            value = _text(editor).strip()
            if value != self.item.fields.get(key, ""):
                changes[key] = value
        return changes

    def save_fields(self) -> None:
        changes = self.changed_fields()
        if changes:
            self.fieldsEdited.emit(changes)

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
        self.save_button.setText(self.tr("Save changes"))
        self.category_label.setText(self.tr("Category:"))
        for row, key in enumerate(CATEGORIES):
            self.category.setItemText(row, category_label(key))
        self.page_button.setText(self.tr("Open the saved page in the browser"))
        self.mark_button.setText(self.tr("Mark reviewed"))
        self.recapture_button.setText(self.tr("Ask for recapture…"))
        self.again_button.setText(self.tr("Capture again…"))
        if self.review_mark is not None:
            self.review_label.setText(self._review_html(self.review_mark))
        self.required_note.setText(
            self.tr("Fields marked * are what the guide asks for; red ones are still empty.")
        )
        if self.item is not None:
            self.show_item(self.item, self.events, self.missing_fields)
        else:
            self.title.setText(self.tr("Choose an item in the table to see it here."))
            for spec in FIELDS:
                self.labels[spec.key].setText(html.escape(spec.label_in()))


def _tip(text: str, tooltip: str) -> str:
    """*text* as HTML that shows *tooltip* when the pointer rests on it."""
    return f"<span title='{html.escape(tooltip, quote=True)}'>{html.escape(text)}</span>"


def _category(key: Any) -> str:
    return category_label(key) if key in CATEGORIES else str(key)


def _local_time(iso: str) -> str:
    """An ISO time (``at_local`` with its zone name, or UTC) → ``2025-10-01 13:02:07`` on this
    computer's clock; the exact value is shown beside it as a tooltip."""
    stamp = iso.partition(" ")[0]
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return iso
    if moment.tzinfo is not None and not iso.partition(" ")[2]:
        moment = moment.astimezone()  # UTC → local; an at_local keeps the offset it was made in
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _set_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(editor, QLineEdit):
        editor.setText(text)
    else:
        editor.setPlainText(text)


def _text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
