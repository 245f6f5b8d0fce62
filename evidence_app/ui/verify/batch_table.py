"""The verify screen's folder table: one row per bundle (``bundle.batch.BatchRow``), sortable, with its verdict."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from evidence_app.core.timefmt import MINUTE, local_time
from evidence_app.ui.models import HeaderedTableModel
from evidence_app.ui.verify.words import AMBER, GREEN, RED, UNTRUSTED, VALID, check_title

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
CONTEXT = "BatchVerify"  # tools/i18n.py extracts _t("…") with this context


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _short_time(value: str | None) -> str:
    """A JSON time (UTC) in this computer's zone with its offset: ``2026-12-07 03:23 +08:00``."""
    return local_time(value, precision=MINUTE) if value else ""


class BatchTableModel(HeaderedTableModel):
    """Thin model over a list of BatchRow; the rows come from ``bundle.batch.verify_folder``."""

    COLUMNS = (
        "file",
        "valid",
        "signer",
        "case",
        "items",
        "signed_at",
        "timestamp",
        "failed",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def header_labels(self) -> tuple[str, ...]:
        return (
            _t("File"),
            _t("Verdict"),
            _t("Signer fingerprint"),
            _t("Case"),
            _t("Items"),
            _t("Signed at"),
            _t("Time-stamp"),
            _t("First failed check"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == "valid":
                return {VALID: 2, UNTRUSTED: 1}.get(row.verdict, 0)
            if column == "items":
                return row.items if row.items is not None else -1
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "signer":
                return row.signer_fingerprint
            if column == "failed":
                return row.detail or None
            if column == "file":
                return str(row.path)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "valid":
            return QBrush(QColor({VALID: GREEN, UNTRUSTED: AMBER}.get(row.verdict, RED)))
        return None

    def _display(self, row: Any, column: str) -> str:
        if column == "file":
            return str(row.file)
        if column == "valid":
            if row.verdict == VALID:
                return _t("✓ valid")
            return _t("! untrusted time-stamp") if row.verdict == UNTRUSTED else _t("✗ invalid")
        if column == "signer":
            fingerprint = row.signer_fingerprint or ""
            return fingerprint[:16] + ("…" if len(fingerprint) > 16 else "")
        if column == "case":
            return row.case_title or ""
        if column == "items":
            return "" if row.items is None else str(row.items)
        if column == "signed_at":
            return _short_time(row.signed_at)
        if column == "timestamp":
            return _short_time(row.timestamp_time) or _t("none")
        if column == "failed":
            return check_title(row.first_failed_check) if row.first_failed_check else ""
        return ""


def sortable(model: BatchTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy


def row_checks(row: Any) -> list[tuple[str, bool, str, str]]:
    """A row's checks as (name, ok, detail, status), from its full report or, for a file that is
    not a bundle, the one reason it failed."""
    report = row.report or {}
    checks = [
        (str(c["name"]), bool(c["ok"]), str(c["detail"]), str(c.get("status") or ""))
        for c in report.get("checks", [])
    ]
    if not checks and row.first_failed_check:
        checks = [(str(row.first_failed_check), False, str(row.detail), "failed")]
    return checks
