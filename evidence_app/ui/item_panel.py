"""The selected item: preview (zoomable image, video, saved page), its fields as a form, files and history."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPixmap, QWheelEvent
from PySide6.QtWidgets import (
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

from evidence_app.core.fields import FIELDS, category_label
from evidence_app.core.guide import required_fields
from evidence_app.core.model import Event, Item, StoredFile
from evidence_app.ui.models import has_token, readable_time

log = logging.getLogger("evidence_app.ui.item_panel")
PREVIEW_ROLES = ("window", "visible", "full_page", "original")


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

    def set_image(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path else QPixmap()
        self.pixmap_item.setPixmap(pixmap)
        self.scene().setSceneRect(self.pixmap_item.boundingRect())
        self.fit_width()

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


class ItemPanel(QWidget):
    """Signals: ``fieldsEdited(dict)`` with the changed fields; ``openPage(str)`` a saved page's path."""

    fieldsEdited = Signal(dict)
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

        # Fields
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
            name=mark.by.name, role=mark.by.role, when=readable_time(mark.at_local)
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
        for key, editor in self.editors.items():
            _set_text(editor, item.fields.get(key, ""))
        self._mark_required(item)
        self._show_files(item)
        self._show_history(events)

    def _show_preview(self, item: Item) -> None:
        for role in PREVIEW_ROLES:
            for stored in item.files:
                if stored.role == role and stored.mime.startswith("image/"):
                    self.preview.setCurrentWidget(self.image)
                    self.image.set_image(self.blob_path(stored.sha256))
                    return
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
        self.no_preview.setText(self.tr("This item has no picture, video or saved page to show."))

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
            rows.append(
                f"<p><b>{html.escape(stored.role)}</b> · {html.escape(stored.name)} · "
                f"{stored.size:,} B · {html.escape(stored.mime)}<br>"
                f"<span style='font-family:monospace'>SHA-256 {stored.sha256}</span></p>"
            )
        stamp = (
            self.tr("Trusted time-stamp: yes")
            if has_token(item)
            else self.tr("Trusted time-stamp: not yet")
        )
        self.files.setHtml(f"<p><b>{html.escape(stamp)}</b></p>" + "".join(rows))

    def _show_history(self, events: Sequence[Event]) -> None:
        rows = [
            f"<p><b>#{e.seq}</b> {html.escape(e.at_local[:19].replace('T', ' '))} · {html.escape(e.operator.name)}"
            f" ({html.escape(e.operator.role)}) · <b>{html.escape(e.action)}</b><br>"
            f"<span style='color:#555'>{html.escape(_payload_text(e))}</span></p>"
            for e in events
        ]
        self.history.setHtml("".join(rows))

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


def _payload_text(event: Event) -> str:
    payload = event.payload
    if event.action == "field_edited":
        return f"{payload.get('key')}: {payload.get('old')!s} → {payload.get('new')!s}"
    if event.action == "file_stored":
        return f"{payload.get('role')} {payload.get('name')} {str(payload.get('sha256', ''))[:16]}…"
    return ", ".join(f"{k}={v}" for k, v in payload.items() if not isinstance(v, dict))[:300]


def _set_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(editor, QLineEdit):
        editor.setText(text)
    else:
        editor.setPlainText(text)


def _text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
