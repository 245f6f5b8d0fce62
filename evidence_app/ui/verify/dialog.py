"""The verify window: drop a bundle or a folder of bundles; three verdicts (valid, untrusted, invalid) in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.errors import UserError
from evidence_app.ui.errors import show_error
from evidence_app.ui.retranslating import RetranslatingDialog
from evidence_app.ui.tasks import Task
from evidence_app.ui.verify.batch_table import BatchTableModel, RowRole, row_checks, sortable
from evidence_app.ui.verify.trust import TrustAuthority, trust_sources
from evidence_app.ui.verify.words import (
    AMBER,
    CANNOT_OPEN,
    GREEN,
    INVALID,
    NOT_A_BUNDLE,
    RED,
    UNTRUSTED,
    _check_words,
    check_parts,
    checks_html,
    common_name,
    group_fingerprint,
    plain_checks,
    untrusted_authorities,
)
from evidence_app.ui.verify.words import escape as _escape


class VerifyDialog(RetranslatingDialog):
    """Drop a bundle to see every check in plain words; drop a folder to see one row per bundle
    (sortable), with the same checks for the bundle selected."""

    verified = Signal(object)
    folderVerified = Signal(list)  # list[bundle.batch.BatchRow]

    def __init__(
        self, runner: Any, parent: QWidget | None = None, data_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.runner = runner
        # Where the settings' trusted TSA roots live; None: only what the bundle proves on its own.
        found = data_dir or getattr(parent, "data_dir", None)
        self.data_dir: Path | None = Path(found) if found is not None else None
        self.trust = TrustAuthority(self, self._trusted_added)
        self.report: Any = None
        self.rows: list[Any] = []
        self.batch_workers: int | None = None  # None: one process per core
        self.task: Task | None = None
        self.start_dir = ""  # where the file chooser opens (the main window sets the bundle folder)
        self.setAcceptDrops(True)
        self.drop = QLabel()
        self.drop.setObjectName("dropArea")
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(90)
        self.drop.setStyleSheet(
            "#dropArea { border: 2px dashed #999; border-radius: 6px; color: #444; }"
        )
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.choose_folder = QPushButton()
        self.choose_folder.setObjectName("chooseFolder")
        self.choose_folder.clicked.connect(self._choose_folder)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        from evidence_app.ui.models import set_up_row_table

        self.batch_model = BatchTableModel(self)
        self.batch_proxy = sortable(self.batch_model, self)
        self.table = QTableView()
        self.table.setObjectName("batchTable")
        set_up_row_table(self.table, self.batch_proxy)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.table.setVisible(False)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        self.checks = QTextBrowser()
        self.checks.setObjectName("checks")
        # The checks in plain words; the technical detail of each (for a lawyer) behind a toggle.
        self.details_button = QToolButton()
        self.details_button.setObjectName("showDetails")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.setVisible(False)
        self.details_button.toggled.connect(self._toggle_details)
        self.shown: tuple[str, list[Any], Any] = ("", [], None)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose)
        choose_row.addWidget(self.choose_folder)
        layout.addLayout(choose_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.trust.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.checks, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(680, 520)
        self.retranslateUi()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.verify_path(Path(url.toLocalFile()))
                return

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a bundle (PDF)"), self.start_dir, "PDF (*.pdf)"
        )
        if name:
            self.verify_path(Path(name))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of bundles"), self.start_dir
        )
        if name:
            self.verify_folder_path(Path(name))

    def verify_folder_path(self, folder: Path) -> Task | None:
        """Verify every bundle under *folder* off the GUI thread (in worker processes)."""
        from evidence_app.bundle import batch

        if self.task is not None:
            self.task.cancel()
        self.path = folder
        self.rows = []
        self.batch_model.set_rows([])
        self.table.setVisible(True)
        self.show_checks([])
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.verdict.setText(self.tr("Checking the bundles in {name}…").format(name=folder.name))
        workers = self.batch_workers
        sources = trust_sources(self.data_dir)

        def work(task: Task) -> list[Any]:
            return list(
                batch.verify_folder(
                    folder,
                    workers=workers,
                    **sources,
                    progress=lambda d, t, label: task.progress(d, t, label),
                    cancel=task.cancelled,
                )
            )

        self.task = self.runner.run(
            work,
            self._show_rows,
            self._failed,
            on_progress=self._progress,
            on_cancelled=self._stopped,
            label="verify-folder",
        )
        return self.task

    def _progress(self, done: int, total: int, label: str) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(f"{done}/{total} {label}")

    def _stopped(self) -> None:
        if shiboken6.isValid(self):
            self.task = None
            self.progress.setVisible(False)

    def _show_rows(self, rows: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.task = None
        self.progress.setVisible(False)
        self.rows = rows
        self.batch_model.set_rows(rows)
        self.table.resizeColumnsToContents()
        bad = sum(1 for r in rows if r.verdict == INVALID)
        untrusted = sum(1 for r in rows if r.verdict == UNTRUSTED)
        if bad or untrusted:
            parts = []
            if bad:
                parts.append(
                    self.tr(
                        "<span style='color:{red}'><b>{bad} of {total} bundles failed the check.</b></span>"
                    ).format(red=RED, bad=bad, total=len(rows))
                )
            if untrusted:
                parts.append(
                    self.tr(
                        "<span style='color:{amber}'><b>{count} of {total} bundles are intact, but their time-stamp authority is not trusted here.</b></span>"
                    ).format(amber=AMBER, count=untrusted, total=len(rows))
                )
            self.verdict.setText(" ".join(parts) + " " + self.tr("Select one to see why."))
        else:
            self.verdict.setText(
                self.tr(
                    "<span style='color:{green}'><b>✓ All {total} bundles are intact.</b></span>"
                ).format(green=GREEN, total=len(rows))
            )
        if rows:
            self.table.selectRow(0)
        self.folderVerified.emit(rows)

    def _row_selected(self, *_args: Any) -> None:
        indexes = self.table.selectionModel().selectedRows()
        row = indexes[0].data(RowRole) if indexes else None
        if row is None:
            self.show_checks([])
            self.trust.offer([])
            return
        self.show_checks(row_checks(row), row.report, heading=str(row.file))
        self.trust.offer(row.untrusted_authorities)

    def verify_path(self, path: Path) -> Task | None:
        if path.is_dir():
            return self.verify_folder_path(path)
        from evidence_app.bundle import verify

        self.verdict.setText(self.tr("Checking {name}…").format(name=path.name))
        self.table.setVisible(False)
        self.show_checks([])
        self.trust.offer([])
        self.path = path
        sources = trust_sources(self.data_dir)
        self.task = self.runner.run(
            lambda _task: verify.verify_bundle(path, **sources),
            self._show,
            self._failed,
            label="verify",
        )
        return self.task

    def _show(self, report: Any) -> None:
        self.task = None
        self.report = report
        checks = [check_parts(c) for c in report.checks]
        name = _escape(self.path.name)
        authorities = untrusted_authorities(report)
        if report.valid:
            self.verdict.setText(
                self.tr(
                    "<span style='color:{green}'><b>✓ {name} is intact:</b> it is signed, and nothing in it was changed since.</span>"
                ).format(green=GREEN, name=name)
            )
        elif report.verdict == UNTRUSTED:
            self.verdict.setText(
                self.tr(
                    "<span style='color:{amber}'><b>! {name} is intact, but its time is not proven:</b></span> the time-stamp comes from {authority}, an authority you do not trust yet. Its root certificate's SHA-256 fingerprint:{fingerprint}Check it with the authority itself (its website, or ask it); if it matches, trust it."
                ).format(
                    amber=AMBER,
                    name=name,
                    authority=_escape(
                        "、".join(
                            common_name(a["tsa_subject"]) or a["tsa_subject"] for a in authorities
                        )
                    ),
                    fingerprint="<br><code>"
                    + "<br><br>".join(
                        group_fingerprint(a["tsa_root_sha256"], per_line=8).replace("\n", "<br>")
                        for a in authorities
                    )
                    + "</code><br>",
                )
            )
        else:
            reason = next((c.explanation for c in plain_checks(checks, report) if not c.ok), "")
            self.verdict.setText(
                self.tr(
                    "<span style='color:{red}'><b>✗ {name} failed the check:</b></span> {reason} Do not rely on it; ask the sender for the original."
                ).format(red=RED, name=name, reason=_escape(reason))
            )
        self.show_checks(checks, report)
        self.trust.offer(authorities if report.verdict == UNTRUSTED else [])
        self.verified.emit(report)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            show_error(error, None)
            return
        self.task = None
        self.progress.setVisible(False)
        if not isinstance(error, UserError):
            show_error(error, self)
            return
        from evidence_app.bundle.verify import NotABundle

        if isinstance(error, NotABundle):
            # The reason (often the PDF library's, in English) goes behind "Details".
            name = error.check if not isinstance(error.__cause__, OSError) else CANNOT_OPEN
            name = name if name in _check_words() else NOT_A_BUNDLE
            self.verdict.setText(
                self.tr("<span style='color:{red}'><b>✗ {name}:</b></span> {reason}").format(
                    red=RED, name=_escape(self.path.name), reason=_escape(_check_words()[name][2])
                )
            )
            self.show_checks([(name, False, error.message())])
        else:
            self.verdict.setText(
                self.tr(
                    "<span style='color:{red}'><b>✗ This file could not be checked:</b></span> {reason}"
                ).format(red=RED, reason=_escape(error.message()))
            )

    def show_checks(self, checks: list[Any], report: Any = None, heading: str = "") -> None:
        """Show *checks* (name, ok, detail) in plain words; *report* (a BundleReport or its dict)
        says whether there was a time-stamp and who signed."""
        self.shown = (heading, list(checks), report)
        self.details_button.setVisible(bool(checks))
        self._render_checks()

    def _toggle_details(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self._retranslate_details()
        self._render_checks()

    def _render_checks(self) -> None:
        heading, checks, report = self.shown
        if not checks:
            self.checks.clear()
            return
        head = f"<h3>{_escape(heading)}</h3>" if heading else ""
        plain = plain_checks(checks, report)
        self.checks.setHtml(head + checks_html(plain, self.details_button.isChecked()))

    def _retranslate_details(self) -> None:
        self.details_button.setText(
            self.tr("Hide the technical details")
            if self.details_button.isChecked()
            else self.tr("Show the technical details (for your lawyer)")
        )

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Verify a bundle"))
        self.drop.setText(self.tr("Drop a bundle (PDF) or a folder of bundles here to check them"))
        self.choose.setText(self.tr("Or choose a file…"))
        self.choose_folder.setText(self.tr("Choose a folder…"))
        self.close_button.setText(self.tr("Close"))
        self._retranslate_details()
        self.batch_model.retranslate()
        self.trust.retranslate()
        self._render_checks()

    def _trusted_added(self) -> None:
        """A root was added to the settings: check again what is shown, now with it trusted."""
        if self.table.isVisible():
            self.verify_folder_path(self.path)
        else:
            self.verify_path(self.path)

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
