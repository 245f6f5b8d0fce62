"""批量取证: paste a list or open a .txt/.csv, then watch the queue capture it page by page.

The queue is the case's own (``core.capture_queue``): closing the window or a crash leaves what
is left in it, and the next time this window opens on the case it shows it and carries on.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.capture_queue import CaptureQueue, read_url_list
from evidence_app.core.errors import UserError

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore


class BatchCaptureDialog(QDialog):
    """The list, the queue with a state per address, progress, ETA, pause/resume/cancel, retry."""

    finished_batch = Signal()

    def __init__(
        self,
        store: CaseStore,
        case_id: str,
        settings: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.settings = settings
        self.queue = CaptureQueue(store, case_id)
        self.batch: Any = None
        self.urls: list[str] = []
        self.started_at = 0.0
        self.opened_table = False  # the list came from a .csv file
        self.done_now = 0
        self.setWindowTitle(self.tr("Capture a list of pages"))
        self.resize(900, 600)

        self.input = QPlainTextEdit()
        self.input.setPlaceholderText(
            self.tr("Paste the addresses here, one per line (lines starting with # are skipped).")
        )
        self.input.setMaximumHeight(120)
        self.open_button = QPushButton(self.tr("Open a .txt or .csv list…"))
        self.open_button.clicked.connect(self.open_list)
        self.start_button = QPushButton(self.tr("Start capturing"))
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Retry failed pages"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.eta = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Address"), self.tr("State"), self.tr("Item")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 340)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        top = QHBoxLayout()
        for button in (self.open_button, self.start_button):
            top.addWidget(button)
        top.addStretch(1)
        controls = QHBoxLayout()
        for widget in (
            self.progress,
            self.eta,
            self.pause_button,
            self.cancel_button,
            self.retry_button,
        ):
            controls.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(controls)
        self.show_queue()
        left = self.queue.remaining()
        if left:
            self.message.setText(
                self.tr(
                    "{count} pages of an earlier list are still waiting; "
                    "press “Start capturing” to go on with them."
                ).format(count=left)
            )
        self._update_controls()

    # -- the list ---------------------------------------------------------------------------

    def open_list(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a list of addresses"), "", self.tr("Lists (*.txt *.csv)")
            )
        if path:
            data = Path(path).read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("gb18030", "replace")
            self.input.setPlainText(text)
            self.opened_table = path.lower().endswith(".csv")

    def show_queue(self) -> None:
        """Fill the table from the case's queue (also what a crashed run left)."""
        numbers = {item.id: item.number for item in self.store.list_items(self.case_id)}
        entries = self.queue.entries(self.urls or None)
        self.table.setRowCount(len(entries))
        self.rows = {}
        for row, entry in enumerate(entries):
            self.rows[entry.url] = row
            self.table.setItem(row, 0, QTableWidgetItem(entry.url))
            self._set_state(entry.url, entry.state, entry.reason, numbers.get(entry.item_id, ""))
        done = sum(1 for e in entries if e.state == "done")
        self.progress.setRange(0, max(1, len(entries)))
        self.progress.setValue(done)

    def state_text(self, state: str) -> str:
        return {
            "pending": self.tr("waiting"),
            "running": self.tr("capturing…"),
            "done": self.tr("captured"),
            "failed": self.tr("failed"),
            "login_wall": self.tr("needs a login"),
        }.get(state, state)

    def _set_state(self, url: str, state: str, reason: str = "", number: str = "") -> None:
        row = self.rows.get(url)
        if row is None:
            return
        cell = QTableWidgetItem(self.state_text(state))
        cell.setData(0x0100, state)  # Qt.UserRole: the state key, for tests and sorting
        if reason:
            cell.setToolTip(reason)
            if state == "failed":  # a login wall's state already says what the reason says
                cell.setText(self.tr("failed: {reason}").format(reason=reason))
        self.table.setItem(row, 1, cell)
        self.table.setItem(row, 2, QTableWidgetItem(number))

    def state_of(self, url: str) -> str:
        item = self.table.item(self.rows[url], 1)
        return str(item.data(0x0100)) if item is not None else ""

    # -- running ----------------------------------------------------------------------------

    def start(self) -> None:
        text = self.input.toPlainText()
        try:
            if text.strip():
                listing = read_url_list(text, table=self.opened_table)
                self.urls = listing.urls
                self.queue.add(self.urls)
                if listing.duplicates:
                    self.message.setText(
                        self.tr("{count} repeated addresses are captured once.").format(
                            count=len(listing.duplicates)
                        )
                    )
            else:
                self.urls = [
                    e.url for e in self.queue.entries() if e.state in ("pending", "running")
                ]
                self.queue.add(self.urls)
        except UserError as error:
            self.message.setText(error.message())
            return
        self.show_queue()
        self._run()

    def _run(self) -> None:
        from evidence_app.capture.batch import BatchCapture, BatchSettings

        if not self.queue.remaining():
            self.message.setText(self.tr("Nothing left to capture in this list."))
            self._update_controls()
            return
        self.batch = BatchCapture(
            self.store, self.case_id, self.urls, self.settings or BatchSettings(), self
        )
        self.batch.started.connect(lambda url: self._set_state(url, "running"))
        self.batch.captured.connect(self._captured)
        self.batch.failed.connect(lambda url, state, reason: self._set_state(url, state, reason))
        self.batch.finished.connect(self._finished)
        self.started_at = time.monotonic()
        self.done_now = 0
        self.batch.start()
        self._update_controls()

    def _captured(self, url: str, number: str) -> None:
        self._set_state(url, "done", "", number)
        self.done_now += 1
        self.progress.setValue(self.progress.value() + 1)
        left = self.queue.remaining()
        per_page = (time.monotonic() - self.started_at) / self.done_now
        self.eta.setText(self.tr("about {seconds} s left").format(seconds=int(per_page * left)))

    def _finished(self) -> None:
        batch, self.batch = self.batch, None
        if batch is not None:
            batch.close()
            batch.deleteLater()
        failed = sum(
            1 for e in self.queue.entries(self.urls) if e.state in ("failed", "login_wall")
        )
        self.eta.setText("")
        self.message.setText(
            self.tr("Done. Pages not captured: {failed} (the state says why).").format(
                failed=failed
            )
            if failed
            else self.tr("Done: every page was captured.")
        )
        self._update_controls()
        self.finished_batch.emit()

    def toggle_pause(self) -> None:
        if self.batch is None:
            return
        if self.batch.paused:
            self.batch.resume()
        else:
            self.batch.pause()
        self._update_controls()

    def cancel(self) -> None:
        if self.batch is not None:
            self.batch.cancel()  # emits finished; what was not captured stays queued
        self.show_queue()

    def retry_failed(self) -> None:
        for entry in self.queue.entries(self.urls or None):
            if entry.state in ("failed", "login_wall"):
                self.queue.retry(entry.url)
        self.urls = self.urls or [e.url for e in self.queue.entries()]
        self.show_queue()
        self._run()

    def _update_controls(self) -> None:
        running = self.batch is not None
        self.start_button.setEnabled(not running)
        self.open_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.pause_button.setText(
            self.tr("Resume") if running and self.batch.paused else self.tr("Pause")
        )
        self.retry_button.setEnabled(
            not running
            and any(
                e.state in ("failed", "login_wall") for e in self.queue.entries(self.urls or None)
            )
        )

    def closeEvent(self, event: Any) -> None:
        if self.batch is not None:
            self.batch.cancel()
        super().closeEvent(event)
