"""The selected item: preview (zoomable image, video, saved page), its fields as a form, files and history."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
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
    QStyle,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELD_KEYS,
    FIELDS,
    FieldSpec,
    action_label,
    category_label,
    file_role_label,
    parse_count,  # the bundle's grammar of a count
    role_label,
)
from evidence_app.core.guide import required_fields
from evidence_app.core.model import CATEGORIES, Event, Item, StoredFile
from evidence_app.ui.models import has_token, readable_time

log = logging.getLogger("evidence_app.ui.item")
PREVIEW_ROLES = ("window", "visible", "full_page", "original")
SHOWN_VALUE_CHARS = 80  # a field's old and new value in the history, cut to this length
GREY, RED = "#5f6368", "#b3261e"
WARNING_STYLE = "color: #7a4a00; background: #fff4e0; border-radius: 3px; padding: 3px 6px"

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
MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.05, 8.0, 1.25  # of the picture's own pixels; one step of + or −


class ImageView(QGraphicsView):
    """A zoomable image, shown as stored (only the display is scaled): Ctrl+wheel zooms around the
    pointer, drag pans, double click fits the width. ``zoomChanged(float)`` gives the new scale."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # A capture is read from its top (address bar, poster, time), not from its middle; left,
        # because Qt centres against the width without the scroll bar (the picture then overhangs).
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Zooming keeps the point under the pointer (or the middle) where it is: done in set_zoom.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.zoom = 1.0
        self.fitting = True  # the width follows the view (a new picture, "Fit width", resizing)

    def set_image(self, path: Path | None) -> bool:
        """Show the picture at *path*; False (and nothing shown) when it cannot be decoded."""
        pixmap = QPixmap(str(path)) if path else QPixmap()
        self.pixmap_item.setPixmap(pixmap)
        self.scene().setSceneRect(self.pixmap_item.boundingRect())
        self.fit_width(top=True)
        return not pixmap.isNull()

    def fit_scale(self) -> float:
        """The scale that shows the whole width (never enlarged beyond the picture's pixels)."""
        size = self.pixmap_item.pixmap().size()
        if size.width() <= 0:
            return 1.0
        available = self.viewport().width() - 2
        if not self.verticalScrollBar().isVisibleTo(self):  # (also while the tab is not shown)
            scale = min(1.0, available / size.width())
            if size.height() * scale > self.viewport().height():  # the scroll bar will take room
                available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(MIN_ZOOM, min(1.0, available / size.width()))

    def fit_width(self, top: bool = False) -> None:
        """Fit the width; *top*: from the picture's top (a new picture), else where the view is."""
        self.set_zoom(self.fit_scale(), fitting=True)
        if top:
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def actual_size(self) -> None:
        """One pixel of the picture on one pixel of the screen (100%)."""
        self.set_zoom(1.0)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def set_zoom(self, scale: float, anchor: QPoint | None = None, fitting: bool = False) -> None:
        """Show at *scale*, keeping the picture's point at *anchor* (viewport coordinates; default
        the middle of the view) where it is on screen."""
        scale = max(MIN_ZOOM, min(MAX_ZOOM, scale))
        if anchor is None:
            anchor = self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self.setTransform(QTransform.fromScale(scale, scale))
        after = self.mapFromScene(before)
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() + after.x() - anchor.x())
        vertical.setValue(vertical.value() + after.y() - anchor.y())
        self.fitting = fitting
        changed = scale != self.zoom
        self.zoom = scale
        if changed:
            self.zoomChanged.emit(scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                factor = ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP
                self.set_zoom(self.zoom * factor, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        """Fitting the width: fit again to the view's new size, keeping the top where it is."""
        if self.fitting and not self.pixmap_item.pixmap().isNull():
            self.set_zoom(self.fit_scale(), QPoint(self.viewport().width() // 2, 0), fitting=True)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.fit_width()


class ImagePreview(QWidget):
    """The picture with its zoom controls (Fit width, 100%, −, +; Ctrl+0, Ctrl+1, Ctrl++, Ctrl+-)
    and a line saying how to zoom; ``view`` is the ImageView."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(self)
        self.view.setObjectName("imageView")
        self.pixmap_item = self.view.pixmap_item
        self.fit_button = QPushButton()
        self.fit_button.setObjectName("zoomFit")
        self.actual_button = QPushButton("100%")
        self.actual_button.setObjectName("zoomActual")
        self.out_button = QToolButton()
        self.out_button.setObjectName("zoomOut")
        self.out_button.setText("−")
        self.in_button = QToolButton()
        self.in_button.setObjectName("zoomIn")
        self.in_button.setText("+")
        for button in (self.out_button, self.in_button):
            button.setMinimumWidth(self.actual_button.sizeHint().height())
            button.setAutoRepeat(True)
        self.fit_button.clicked.connect(lambda: self.view.fit_width())
        self.actual_button.clicked.connect(self.view.actual_size)
        self.out_button.clicked.connect(self.view.zoom_out)
        self.in_button.clicked.connect(self.view.zoom_in)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setStyleSheet(f"color: {GREY}")
        self.hint = QLabel()
        self.hint.setObjectName("zoomHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {GREY}")
        _smaller(self.hint)
        self.view.zoomChanged.connect(self._show_zoom)
        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot in (
            ("fit", ["Ctrl+0"], lambda: self.view.fit_width()),
            ("actual", ["Ctrl+1"], self.view.actual_size),
            ("in", ["Ctrl++", "Ctrl+="], self.view.zoom_in),
            ("out", ["Ctrl+-"], self.view.zoom_out),
        ):
            shortcut = QShortcut(self)
            shortcut.setKeys([QKeySequence(k) for k in keys])
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while the picture is shown
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fit_button, self.actual_button, self.out_button, self.in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.retranslateUi()

    def set_image(self, path: Path | None) -> bool:
        shown = self.view.set_image(path)
        self._show_zoom()
        return shown

    def _show_zoom(self, _scale: float = 0.0) -> None:
        size = self.pixmap_item.pixmap().size()
        _set_text_of(self.zoom_label, "" if size.isEmpty() else f"{round(self.view.zoom * 100)}%")
        tip = (
            ""
            if size.isEmpty()
            else self.tr("Shown at {percent}% of the picture's {width} × {height} pixels.").format(
                percent=round(self.view.zoom * 100), width=size.width(), height=size.height()
            )
        )
        if self.zoom_label.toolTip() != tip:
            self.zoom_label.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        def keys(name: str) -> str:
            sequence = self.shortcuts[name].keys()[0]
            return sequence.toString(QKeySequence.SequenceFormat.NativeText)

        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(
            self.tr("Show the whole width of the picture ({keys}).").format(keys=keys("fit"))
        )
        self.actual_button.setToolTip(
            self.tr("Show the picture at its real size, pixel for pixel ({keys}).").format(
                keys=keys("actual")
            )
        )
        self.in_button.setToolTip(self.tr("Zoom in ({keys})").format(keys=keys("in")))
        self.out_button.setToolTip(self.tr("Zoom out ({keys})").format(keys=keys("out")))
        self.hint.setText(
            self.tr(
                "Ctrl + mouse wheel to zoom, drag to move. Zooming changes only what you see here; "
                "the file itself is never changed."
            )
        )
        self._show_zoom()


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
        self.image = ImagePreview()
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
        for spec in FIELDS:
            self._build_row(spec)
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
        _smaller(hint)
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
            self._fill_fields({})
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
        self._fill_fields(item.fields)
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

    def _layout_fields(self) -> None:
        """Order and show the fields for the shown item's category: the ones the guide asks for
        (marked *, red while empty), then the others usual for it, then any other field that has a
        value; the rest only after "Show all fields"."""
        category = self.item.category if self.item is not None else "other"
        required = required_fields(category)
        usual = fields_for(category)
        others = [key for key in FIELD_KEYS if key not in usual]
        filled = {key for key, editor in self.editors.items() if _text(editor).strip()}
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
            _set_visible(self.rows[key], True)
        shown_others = 0
        for key in others:
            visible = show_all or key in filled
            _set_visible(self.rows[key], visible)
            shown_others += visible
        _set_visible(self.other_heading, shown_others > 0)
        hidden = sum(1 for key in others if key not in filled)
        _set_visible(self.more_button, hidden > 0)
        _set_text_of(
            self.more_button,
            self.tr("Show fewer fields")
            if show_all
            else self.tr("Show all fields ({count} more)").format(count=hidden),
        )
        _set_text_of(self.other_heading, self.tr("Other fields"))
        for spec in FIELDS:
            text = html.escape(spec.label_in())
            if spec.key in required:
                missing = self.item is not None and spec.key in self.missing_fields
                color = RED if missing else "#000000"
                text = f"<span style='color:{color}'><b>{text} *</b></span>"
            _set_text_of(self.labels[spec.key], text)
            _set_text_of(self.hints[spec.key], spec.hint_in())
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
        text = _text(self.editors[key]).strip()
        warning = ""
        if key in COUNT_FIELDS:
            number = parse_count(text) if text else None
            plain = number is None or text in (str(number), f"{number:,}")
            _set_text_of(self.readings[key], "" if plain else f"≈ {number:,}")
            _set_visible(self.readings[key], not plain)
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
        _set_text_of(label, warning)
        _set_visible(label, bool(warning))

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
                if key in CHECKED_FIELDS:
                    self._check_value(key)
        self._layout_fields()

    def _fill_fields(self, fields: dict[str, str]) -> None:
        """The form with *fields* (the shown item's); "Show all fields" folds up for another item."""
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
            _set_text(editor, fields.get(key, ""))
        for key in CHECKED_FIELDS:
            self._check_value(key)
        self._layout_fields()

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
            self._layout_fields()


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


# Setters below run only when the value changes: besides saving work, PySide6 6.12.0 on Python
# 3.11 loses a reference to None on every call of a method that returns nothing, and the app
# aborts once None has none left; getters cost nothing.
def _set_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
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


def _set_text_of(widget: QLabel | QPushButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def _set_visible(widget: QWidget, visible: bool) -> None:
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


def _smaller(label: QLabel) -> None:
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)


def _text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
