"""Thin item models over plain Python data (napari style): cases, the evidence table, and its filter.

The models hold lists of core dataclasses (Case, Item) and a Completeness; they never query the
store themselves. The evidence table hands rows to the view in batches (fetchMore), so a case of
10,000 items opens at once; thumbnails are decoded off the GUI thread and cached by file hash.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QTableView

from evidence_app.core.evidence_names import evidence_name
from evidence_app.core.guide import Completeness
from evidence_app.core.model import Case, Item, StoredFile
from evidence_app.core.platforms import canonical_platform, platform_label

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
CaseIdRole = Qt.ItemDataRole.UserRole + 3

THUMBNAIL_SIZE = QSize(64, 48)
THUMBNAIL_ROLES = ("visible", "window", "original", "full_page")


CONTEXT = "Models"  # tools/i18n.py extracts _t("…") with this context


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def short_time(iso_local: str) -> str:
    """``2025-10-01T13:02:07.123456+08:00 CST (Asia/Shanghai)`` → ``2025-10-01 13:02``."""
    return iso_local[:16].replace("T", " ")


def readable_time(iso_local: str) -> str:
    """``2025-10-01T13:02:07.123456+08:00 CST (Asia/Shanghai)`` → ``2025-10-01 13:02:07 (UTC+08:00, Asia/Shanghai)``."""
    stamp, _, rest = iso_local.partition(" ")
    offset = stamp[-6:] if len(stamp) > 6 and stamp[-6] in "+-" else ""
    zone = rest[rest.find("(") + 1 : rest.rfind(")")] if "(" in rest else rest
    where = ", ".join(part for part in (f"UTC{offset}" if offset else "", zone) if part)
    return f"{stamp[:10]} {stamp[11:19]}" + (f" ({where})" if where else "")


def thumbnail_file(item: Item) -> StoredFile | None:
    for role in THUMBNAIL_ROLES:
        for stored in item.files:
            if stored.role == role and stored.mime.startswith("image/"):
                return stored
    return None


def latest_marks(review: Any) -> dict[str, Any]:
    """Item id → the latest review mark of that item, from a ``core.review.ReviewState`` or None."""
    return review.latest_by_item() if review is not None else {}


def has_token(item: Item) -> bool:
    return any(f.role == "tsr" for f in item.files)


class CaseListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cases: list[Case] = []

    def set_cases(self, cases: Sequence[Case]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cases):
            return None
        case = self.cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # a copy kept beside a diverged case says so
            return _t("{title} (copy)").format(title=case.title) if case.origin_id else case.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return _t("{title}\n{count} items · created {created}").format(
                title=case.title, count=case.item_count, created=short_time(case.created_local)
            )
        if role == CaseIdRole:
            return case.id
        return None

    def row_of(self, case_id: str) -> int:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                return row
        return -1


class ThumbnailCache(QObject):
    """Small previews by file hash: decoded on the task runner's threads, kept in an LRU cache.

    Requests are served newest first, a small batch per task, and only the most recent
    ``max_wanted`` are kept: when the owner scrolls fast through 10,000 rows, the rows flown past
    are not decoded (they are asked for again if they come back into view), and one batch at a
    time leaves the pool free for imports and captures.
    """

    ready = Signal(str)  # sha256

    def __init__(
        self,
        runner: Any,
        blob_path: Any,
        capacity: int = 2000,
        batch: int = 12,
        max_wanted: int = 256,
    ) -> None:
        super().__init__()
        self.runner = runner
        self.blob_path = blob_path  # sha256 → Path
        self.capacity = capacity
        self.batch = batch
        self.max_wanted = max_wanted
        self.pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self.wanted: OrderedDict[str, None] = OrderedDict()
        self.in_flight: set[str] = set()

    def get(self, sha256: str) -> QPixmap | None:
        pixmap = self.pixmaps.get(sha256)
        if pixmap is not None:
            self.pixmaps.move_to_end(sha256)
            return pixmap
        if sha256 in self.in_flight:
            return None
        self.wanted[sha256] = None
        self.wanted.move_to_end(sha256)
        while len(self.wanted) > self.max_wanted:
            self.wanted.popitem(last=False)
        self._next_batch()
        return None

    def _next_batch(self) -> None:
        if self.in_flight or not self.wanted:
            return
        jobs: list[tuple[str, Path]] = []
        while self.wanted and len(jobs) < self.batch:
            sha256, _ = self.wanted.popitem(last=True)
            jobs.append((sha256, self.blob_path(sha256)))
        self.in_flight = {sha for sha, _ in jobs}
        self.runner.run(
            lambda _task: [(sha, load_thumbnail(path)) for sha, path in jobs],
            self._store_batch,
            self._batch_failed,
            label="thumbnails",
        )

    def _store_batch(self, results: list[tuple[str, QImage | None]]) -> None:
        self.in_flight = set()
        for sha256, image in results:
            # QPixmap may only be made on the GUI thread; the worker hands over a QImage.
            self.pixmaps[sha256] = QPixmap.fromImage(image) if image is not None else QPixmap()
            while len(self.pixmaps) > self.capacity:
                self.pixmaps.popitem(last=False)
            self.ready.emit(sha256)
        self._next_batch()

    def _batch_failed(self, _error: BaseException) -> None:
        self.in_flight = set()  # a preview is not worth an error dialog; the row stays text-only
        self._next_batch()


def load_thumbnail(path: Path, size: QSize = THUMBNAIL_SIZE) -> QImage | None:
    """Decode a small preview (runs on a worker thread: QImage, never QPixmap)."""
    reader = QImageReader(str(path))
    original = reader.size()
    if original.isValid() and original.width() > 0 and original.height() > 0:
        # A very tall full-page capture is previewed by its top, as a person sees it first.
        top_height = min(original.height(), original.width() * size.height() // size.width())
        reader.setClipRect(QRect(0, 0, original.width(), max(1, top_height)))
        reader.setScaledSize(
            QSize(original.width(), max(1, top_height)).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio
            )
        )
    image = reader.read()
    return None if image.isNull() else image


def set_up_row_table(table: Any, proxy: Any) -> None:
    """A sortable table of whole, read-only rows, one selected at a time (evidence, bundles)."""
    from PySide6.QtWidgets import QAbstractItemView

    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move between rows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)


def local_paths(urls: Sequence[Any]) -> list[Path]:
    """The local files among dropped URLs."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


class EvidenceTable(QTableView):
    """The evidence table; files dropped on it are imported into the open case."""

    filesDropped = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def updateGeometries(self) -> None:
        # An empty table has nothing to scroll to: no horizontal scroll bar under its headers.
        model = self.model()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if model is not None and model.rowCount() > 0
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
        super().updateGeometries()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        from evidence_app.ui.table_fit import fit_columns

        fit_columns(self)  # every header readable, no sideways scrolling

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: Any) -> None:
        paths = local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        else:
            super().dropEvent(event)


class HeaderedTableModel(QAbstractTableModel):
    """A read-only table over plain Python rows: columns keyed by ``COLUMNS``, translated headers
    from ``header_labels()``, and a ``retranslate()`` for a language switch."""

    COLUMNS: tuple[str, ...] = ()

    def header_labels(self) -> tuple[str, ...]:
        raise NotImplementedError

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.header_labels()[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.row_total():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.row_total() - 1, len(self.COLUMNS) - 1)
            )


class ItemTableModel(HeaderedTableModel):
    """The evidence of one case, one row per item, handed to the view in batches."""

    COLUMNS = (
        "number",
        "thumbnail",
        "category",
        "platform",
        "account",
        "captured",
        "time",
        "complete",
        "review",
    )
    BATCH = 256

    def __init__(
        self, thumbnails: ThumbnailCache | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.loaded = 0
        self._inserting = False
        self.completeness: Completeness | None = None
        self.tsa_configured = False
        self.reviews: dict[str, Any] = {}  # item id → its latest review mark (core.review)
        self.thumbnails = thumbnails
        self._rows_by_sha: dict[str, list[int]] = {}
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    def set_items(
        self,
        items: Sequence[Item],
        completeness: Completeness | None = None,
        tsa_configured: bool = False,
        review: Any = None,
    ) -> None:
        """*review* is the case's ``core.review.ReviewState`` (None: nothing reviewed yet)."""
        self.beginResetModel()
        self.reviews = latest_marks(review)
        self.items = list(items)
        self.loaded = min(len(self.items), self.BATCH)
        self.completeness = completeness
        self.tsa_configured = tsa_configured
        self._rows_by_sha = {}  # filled as the view asks for previews (only rows it shows)
        self.endResetModel()

    def update_item(self, item: Item, completeness: Completeness | None = None) -> None:
        """One item changed (a field edit, a new token); refresh its row and the completeness."""
        for row, old in enumerate(self.items):
            if old.id == item.id:
                self.items[row] = item
                if row < self.loaded:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, self.columnCount() - 1)
                    )
                break
        if completeness is not None:
            self.set_completeness(completeness)

    def set_completeness(self, completeness: Completeness) -> None:
        self.completeness = completeness
        if self.loaded:
            column = self.COLUMNS.index("complete")
            self.dataChanged.emit(self.index(0, column), self.index(self.loaded - 1, column))

    def item_at(self, row: int) -> Item:
        return self.items[row]

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return -1

    # -- lazy loading ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._inserting and self.loaded < len(self.items)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._load_up_to(self.loaded + self.BATCH)

    def fetch_all(self) -> None:
        """Hand every row to the view (before sorting or searching the whole case)."""
        self._load_up_to(len(self.items))

    def _load_up_to(self, count: int) -> None:
        # Views and proxies may ask for more while rows are being inserted: never nest inserts.
        count = min(count, len(self.items))
        if self._inserting or count <= self.loaded:
            return
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), self.loaded, count - 1)
            self.loaded = count
            self.endInsertRows()
        finally:
            self._inserting = False

    # -- the table ---------------------------------------------------------------------------

    def row_total(self) -> int:
        return self.loaded

    def header_labels(self) -> tuple[str, ...]:
        return (
            _t("No."),
            _t("Preview"),
            _t("Kind"),
            _t("Platform"),
            _t("Account"),
            _t("Captured"),
            _t("Trusted time"),
            _t("Complete?"),
            _t("Review"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.loaded:
            return None
        item = self.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SortRole:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "thumbnail":
            return self._thumbnail(item, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.withdrawn:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.SizeHintRole and column == "thumbnail":
            return THUMBNAIL_SIZE
        return None

    def _display(self, item: Item, column: str) -> str | None:
        if column == "number":
            return item.number
        if column == "category":
            label = evidence_name(item)  # a recording: "recording of the visit"
            return _t("{label} (withdrawn)").format(label=label) if item.withdrawn else label
        if column == "platform":
            return platform_label(item.fields.get("platform", ""))
        if column == "account":
            return item.fields.get("account_name") or item.fields.get("account_id", "")
        if column == "captured":
            return short_time(item.captured_local)
        if column == "time":
            if has_token(item):
                return _t("✓ stamped")
            return _t("waiting") if self.tsa_configured else "—"
        if column == "complete":
            return self._complete_text(item)
        if column == "review":
            return self._review_text(item)
        return None

    def _review_text(self, item: Item) -> str:
        mark = self.reviews.get(item.id)
        if mark is None:
            return ""
        if mark.status == "reviewed":
            return _t("✓ reviewed")
        if mark.closed_by:
            return _t("recaptured as {number}").format(number=mark.closed_by)
        return _t("⟲ capture again")

    def _complete_text(self, item: Item) -> str:
        if self.completeness is None or item.withdrawn:
            return ""
        count = self.completeness.missing_count(item.number)
        if not count:
            return _t("✓ complete")
        return _t("{count} missing").format(count=count)

    def _sort_key(self, item: Item, column: str) -> Any:
        if column in ("number", "thumbnail"):
            return item.seq_number
        if column == "captured":
            return item.captured_utc
        if column == "complete":
            return self.completeness.missing_count(item.number) if self.completeness else 0
        return self._display(item, column) or ""

    def _tooltip(self, item: Item, column: str) -> str | None:
        if column == "complete" and self.completeness is not None:
            gaps = self.completeness.item_gaps.get(item.number, ())
            return "\n".join(g.message() for g in gaps) or None
        if column == "captured":  # the full time with its zone, never an abbreviation ("CST")
            return readable_time(item.captured_local)
        if column == "platform" and item.fields.get("url"):
            return item.fields["url"]
        if column == "review" and item.id in self.reviews:
            from evidence_app.core.review import mark_summary

            return mark_summary(self.reviews[item.id])
        return None

    def _thumbnail(self, item: Item, row: int) -> QPixmap | None:
        stored = thumbnail_file(item)
        if stored is None or self.thumbnails is None:
            return None
        pixmap = self.thumbnails.get(stored.sha256)
        if pixmap is None:
            rows = self._rows_by_sha.setdefault(stored.sha256, [])
            if row not in rows:
                rows.append(row)
        return pixmap if pixmap is not None and not pixmap.isNull() else None

    def _thumbnail_ready(self, sha256: str) -> None:
        column = self.COLUMNS.index("thumbnail")
        for row in self._rows_by_sha.pop(sha256, ()):
            if row < self.loaded:
                index = self.index(row, column)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ItemFilterProxy(QSortFilterProxyModel):
    """Filter by category and platform, search text in the number and every field."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category = ""
        self.platform = ""
        self.text = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    def set_filter(
        self, category: str | None = None, platform: str | None = None, text: str | None = None
    ) -> None:
        self.beginFilterChange()
        if category is not None:
            self.category = category
        if platform is not None:
            self.platform = canonical_platform(platform) if platform else ""
        if text is not None:
            self.text = text.strip().lower()
        source = self.sourceModel()
        if (self.category or self.platform or self.text) and isinstance(source, ItemTableModel):
            source.fetch_all()  # a search looks at the whole case, not the rows shown so far
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ItemTableModel) and column >= 0:
            source.fetch_all()
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, ItemTableModel):
            return True
        item = source.items[source_row]
        if self.category and item.category != self.category:
            return False
        if self.platform and canonical_platform(item.fields.get("platform", "")) != self.platform:
            return False
        if self.text:
            haystack = " ".join([item.number, *item.fields.values()]).lower()
            if self.text not in haystack:
                return False
        return True

    def platforms(self) -> list[str]:
        source = self.sourceModel()
        if not isinstance(source, ItemTableModel):
            return []
        return sorted(
            {
                canonical_platform(i.fields["platform"])
                for i in source.items
                if i.fields.get("platform")
            }
        )
