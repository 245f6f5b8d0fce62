"""Case hand-off in the app: pack a case for support, open a package (or a diverged one as a copy),
write a signed receipt for the sender, and import a receipt that came back."""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from evidence_app.core.errors import UserError
from evidence_app.core.model import Case
from evidence_app.ui.background import run_in_background
from evidence_app.ui.dialogs import (
    NEW_KEY,
    PASSPHRASE_ENV,
    UNLOCK,
    PassphraseDialog,
    _documents_dir,
    ask_passphrase,
    key_exists,
)
from evidence_app.ui.errors import show_error
from evidence_app.ui.retranslating import RetranslatingDialog
from evidence_app.ui.review import review_summary_html
from evidence_app.ui.tasks import Task

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

PACKAGE_SUFFIX = ".evcase"
OK_STYLE = "<span style='color:#1b7f3b'><b>{}</b></span>"
BAD_STYLE = "<span style='color:#b3261e'><b>{}</b></span>"


def default_package_path(case: Case) -> Path:
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", case.title).strip(" ._")[:60] or "case"
    return _documents_dir() / f"{stem}-{date.today().isoformat()}{PACKAGE_SUFFIX}"


def _secret(passphrase: str | None) -> bytes:
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV, "")
    return passphrase.encode("utf-8")


def _permille(task: Task, done: int, total: int, label: str) -> None:
    """Progress in thousandths: byte counts of a big case do not fit the signal's 32-bit ints."""
    task.progress(done * 1000 // max(total, 1), 1000, label)


def _show_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class _ProgressDialog(RetranslatingDialog):
    """A hand-off dialog whose long work reports bytes done into its ``progress`` bar."""

    progress: QProgressBar

    def _progress(self, done: int, total: int, _label: str) -> None:
        if shiboken6.isValid(self):  # the dialog may be gone when a late report arrives
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)


class PackDialog(_ProgressDialog):
    """Writes the open case as a signed ``.evcase`` off the GUI thread, then offers "show in folder"."""

    packFinished = Signal(object)  # PackResult

    def __init__(self, window: Any, case: Case) -> None:
        super().__init__(window)
        self.setObjectName("packDialog")
        self.window_ = window
        self.case = case
        from evidence_app.core.review import REVIEWER_ROLES

        # Support staff and lawyers send the case back to the owner: the words say so.
        self.reviewer = window.store.operator.role in REVIEWER_ROLES
        self.task: Task | None = None
        self.result: Any = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.out = QLineEdit(str(default_package_path(case)))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_out)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pack_button = QPushButton()
        self.pack_button.setObjectName("packButton")
        self.pack_button.setDefault(True)
        self.pack_button.clicked.connect(self.request_pack)
        self.show_folder = QPushButton()
        self.show_folder.setVisible(False)
        self.show_folder.clicked.connect(lambda: _show_folder(self.out_path))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        out_row = QHBoxLayout()
        self.out_label = QLabel()
        out_row.addWidget(self.out_label)
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_folder)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.pack_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(out_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome, 1)
        layout.addLayout(buttons)
        self.resize(640, 280)
        self.retranslateUi()

    def _choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the case package as"), self.out.text(), "*.evcase"
        )
        if name:
            self.out.setText(name)

    def request_pack(self) -> None:
        """The Pack button: the key's passphrase (environment or dialog), then pack."""
        mode = UNLOCK if key_exists(self.window_.data_dir) else NEW_KEY
        self.passphrase_dialog = ask_passphrase(
            self, mode, lambda current, new: self.start_pack(passphrase=current or new)
        )

    def start_pack(self, out: Path | None = None, passphrase: str | None = None) -> Task:
        from evidence_app.core import identity
        from evidence_app.core.package import pack_case

        out = Path(out or self.out.text()).expanduser()
        if out.suffix.lower() != PACKAGE_SUFFIX:
            out = out.with_name(out.name + PACKAGE_SUFFIX)
        secret = _secret(passphrase)
        store = self.window_.store
        case_id = self.case.id
        owner = store.operator.name

        def work(own: CaseStore, task: Task) -> Any:
            signer = identity.load_signer(own.data_dir, secret, owner)
            return pack_case(
                own, case_id, out, signer, progress=lambda d, t: _permille(task, d, t, out.name)
            )

        self.out_path = out
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.pack_button.setEnabled(False)
        self.outcome.setText(self.tr("Packing…"))
        self.task = run_in_background(
            self.window_, "pack", work, self._done, failed=self._failed, progress=self._progress
        )
        return self.task

    def _done(self, result: Any) -> None:
        if shiboken6.isValid(self.window_):
            self.window_.reload_case()  # the hand-off is an event in the case's log
        if not shiboken6.isValid(self):
            return
        self.task = None
        self.result = result
        self.progress.setVisible(False)
        self.show_folder.setVisible(True)
        self.outcome.setText(
            OK_STYLE.format(html.escape(self.tr("The case package was written.")))
            + "<br>"
            + html.escape(
                self._written_text().format(
                    path=result.path, events=result.events, files=result.blobs
                )
            )
            + "<br><span style='font-family:monospace'>SHA-256 "
            + result.sha256
            + "</span>"
        )
        self.packFinished.emit(result)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            show_error(error, None)
            return
        self.task = None
        self.progress.setVisible(False)
        self.pack_button.setEnabled(True)
        if isinstance(error, UserError):
            self.outcome.setText(BAD_STYLE.format(html.escape(error.message())))
        else:
            self.outcome.setText(self.tr("The case package was not written."))
            show_error(error, self)

    def _written_text(self) -> str:
        if self.reviewer:
            return self.tr(
                "{path}: {events} custody events and {files} files, signed with your key. Send "
                "this file back to the owner: their app shows each recapture you asked for as a "
                "to-do, with your comment."
            )
        return self.tr(
            "{path}: {events} custody events and {files} files, signed with your key. "
            "Send this file to the support worker; whatever they add comes back in the same chain."
        )

    def retranslateUi(self) -> None:
        if self.reviewer:
            self.setWindowTitle(self.tr("Send the case back to the owner"))
            self.intro.setText(
                self.tr(
                    "The whole case, with your review marks, recapture requests and verdict, is "
                    "written to one signed file. The owner opens it in their copy of the app."
                )
            )
        else:
            self.setWindowTitle(self.tr("Send the case to support"))
            self.intro.setText(
                self.tr(
                    "The whole case (every file, every field and the full custody log) is written "
                    "to one signed file. The support worker opens it in their copy of the app."
                )
            )
        self.out_label.setText(self.tr("Save as"))
        self.browse.setText(self.tr("Choose…"))
        self.pack_button.setText(self.tr("Pack case"))
        self.show_folder.setText(self.tr("Show in folder"))
        self.close_button.setText(self.tr("Close"))


@dataclass(frozen=True)
class UnpackOutcome:
    result: Any  # core.package.UnpackResult
    case: Case
    head: tuple[int, str]
    review: Any = None  # core.review.ReviewState of the case as it is now
    to_review: tuple[str, ...] = ()  # numbers of the items no reviewer has marked yet


class UnpackDialog(_ProgressDialog):
    """Checks and imports a ``.evcase`` off the GUI thread. A diverged case can be imported as a
    separate copy; after an import the receiver can write a signed receipt for the sender."""

    unpackFinished = Signal(object)  # UnpackOutcome
    unpackFailed = Signal(str)  # the sentence shown
    receiptWritten = Signal(object)  # Path

    def __init__(self, window: Any, path: Path) -> None:
        super().__init__(window)
        self.setObjectName("unpackDialog")
        self.window_ = window
        self.path = Path(path)
        self.task: Task | None = None
        self.outcome_: UnpackOutcome | None = None
        self.diverged = False
        self.receipt_path: Path | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.message = QLabel()
        self.message.setObjectName("unpackMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("importAsCopy")
        self.copy_button.setVisible(False)
        self.copy_button.clicked.connect(lambda: self.start(as_copy=True))
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("writeReceipt")
        self.receipt_button.setVisible(False)
        self.receipt_button.clicked.connect(self.request_receipt)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self.resize(640, 300)
        self.retranslateUi()

    # -- importing -----------------------------------------------------------------------------

    def start(self, as_copy: bool = False) -> Task:
        from evidence_app.core.package import unpack_package

        path = self.path

        def work(own: CaseStore, task: Task) -> UnpackOutcome:
            result = unpack_package(
                own,
                path,
                as_copy=as_copy,
                progress=lambda d, t: _permille(task, d, t, path.name),
            )
            case = own.get_case(result.case_id)
            from evidence_app.core.review import review_state

            review = review_state(own, case.id)
            marked = review.latest_by_item()
            to_review = tuple(
                item.number
                for item in own.list_items(case.id)
                if not item.withdrawn and item.id not in marked
            )
            return UnpackOutcome(result, case, own.head(case.id), review, to_review)

        self.diverged = False
        self.copy_button.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Checking every file, the custody log and the signature…"))
        self.task = run_in_background(
            self.window_, "unpack", work, self._done, failed=self._failed, progress=self._progress
        )
        return self.task

    def _done(self, outcome: UnpackOutcome) -> None:
        if shiboken6.isValid(self.window_):
            self.window_.refresh_cases()
            self.window_.open_case(outcome.case.id)
        if not shiboken6.isValid(self):
            return
        self.task = None
        self.outcome_ = outcome
        self.progress.setVisible(False)
        if outcome.result.mode == "already":  # nothing new, nothing recorded: no receipt either
            from evidence_app.core.package_words import already_text

            self.message.setText(
                OK_STYLE.format(html.escape(already_text(outcome.result, outcome.case)))
            )
            self.unpackFinished.emit(outcome)
            return
        self.message.setText(
            OK_STYLE.format(html.escape(self.mode_text(outcome)))
            + "<br>"
            + html.escape(
                self.tr(
                    "Every file, the custody log and the sender's signature were checked. "
                    "You can write a signed receipt for the sender."
                )
            )
            + review_summary_html(outcome, self.window_.store.operator.role)
            + unknown_html(outcome.result)
        )
        self.receipt_button.setVisible(True)
        self.unpackFinished.emit(outcome)

    def mode_text(self, outcome: UnpackOutcome) -> str:
        title = outcome.case.title
        count = outcome.result.imported_events
        mode = outcome.result.mode
        if mode == "new":
            return self.tr("“{title}” was imported as a new case ({count} custody events).").format(
                title=title, count=count
            )
        if mode == "extended":
            return self.tr("“{title}” was brought up to date: {count} new custody events.").format(
                title=title, count=count
            )
        if mode == "unchanged":
            return self.tr(
                "“{title}” is already up to date; nothing new was in the package."
            ).format(title=title)
        return self.tr(
            "“{title}” was imported as a separate copy ({count} custody events); your own copy is unchanged."
        ).format(title=title, count=count)

    def _failed(self, error: BaseException) -> None:
        from evidence_app.core.package import DivergedError

        if not shiboken6.isValid(self):
            show_error(error, None)
            return
        self.task = None
        self.progress.setVisible(False)
        if not isinstance(error, UserError):
            self.message.setText(self.tr("The package was not imported."))
            show_error(error, self)
            return
        sentence = error.message()
        self.diverged = isinstance(error, DivergedError)
        self.copy_button.setVisible(self.diverged)
        text = BAD_STYLE.format(html.escape(sentence))
        if self.diverged:
            text += "<br>" + html.escape(
                self.tr(
                    "Nothing is merged silently: you can import the package as a separate copy "
                    "and keep both."
                )
            )
        self.message.setText(text)
        self.unpackFailed.emit(sentence)

    # -- the receipt for the sender ------------------------------------------------------------

    def default_receipt_path(self) -> Path:
        return self.path.with_name(f"{self.path.stem}-receipt.json")

    def request_receipt(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the receipt as"),
            str(self.default_receipt_path()),
            self.tr("Receipt (*.json)"),
        )
        if not name:
            return
        mode = UNLOCK if key_exists(self.window_.data_dir) else NEW_KEY
        self.passphrase_dialog = ask_passphrase(
            self,
            mode,
            lambda current, new: self.write_receipt_to(Path(name), passphrase=current or new),
        )

    def write_receipt_to(self, out: Path, passphrase: str | None = None) -> Task | None:
        from evidence_app.core import identity
        from evidence_app.core.receipts import write_package_receipt

        outcome = self.outcome_
        if outcome is None:
            return None
        secret = _secret(passphrase)
        store = self.window_.store
        result, case, head = outcome.result, outcome.case, outcome.head

        def work(_task: Task) -> Path:
            signer = identity.load_signer(store.data_dir, secret, store.operator.name)
            write_package_receipt(out, result, case, head[1], store.operator, signer)
            return out

        def done(written: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self.receipt_path = written
            self.receipt_button.setEnabled(True)
            self.message.setText(
                self.message.text()
                + "<br>"
                + OK_STYLE.format(
                    html.escape(
                        self.tr("Receipt written to {path}. Send it back to the sender.").format(
                            path=written
                        )
                    )
                )
            )
            self.receiptWritten.emit(written)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.receipt_button.setEnabled(True)
            show_error(error, self if shiboken6.isValid(self) else None)

        self.receipt_button.setEnabled(False)
        self.task = self.window_.runner.run(work, done, failed, label="receipt")
        return self.task

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Open a case package"))
        self.heading.setText(self.tr("Case package: {name}").format(name=self.path.name))
        self.copy_button.setText(self.tr("Import as a separate copy"))
        self.receipt_button.setText(self.tr("Write a receipt for the sender…"))
        self.close_button.setText(self.tr("Close"))


def unknown_html(result: Any) -> str:
    """Events of a newer version, kept but not understood here: said in orange, with what to do."""
    from evidence_app.core.package_words import unknown_text

    text = unknown_text(result)
    return f"<br><span style='color:#9a5b00'>{html.escape(text)}</span>" if text else ""


def find_receipt_case(store: CaseStore, receipt: Any, preferred: Case | None) -> str | None:
    """The local case a receipt belongs to: the open one if it matches, else any whose log id does."""
    wanted = str(receipt.content.get("case", {}).get("id", ""))
    if preferred is not None and preferred.log_id == wanted:
        return preferred.id
    for case in store.list_cases():
        if case.log_id == wanted:
            return str(case.id)
    return None


def receipt_summary(receipt: Any) -> dict[str, str]:
    content = receipt.content
    receiver = content.get("receiver", {})
    return {
        "who": f"{receiver.get('name', '?')} ({receiver.get('role', '?')})",
        "file": str(content.get("file", {}).get("name", "?")),
        "when": str(content.get("received_at_local", ""))[:19].replace("T", " "),
    }
