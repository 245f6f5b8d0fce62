"""Import files as evidence: choose them, say what they are (a small dialog, preselected from the
guide step that asked, remembering nothing across imports), and store them off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.errors import StorageError, UserError
from evidence_app.ui.background import run_in_background
from evidence_app.ui.errors import show_error
from evidence_app.ui.tasks import Task
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportCategoryDialog(QDialog):
    """ "What are these files?": the category for the files chosen, preselected, changeable.

    ``categoryChosen(str)`` when the owner presses Import; nothing when they cancel."""

    categoryChosen = Signal(str)

    def __init__(self, count: int, category: str, parent: QWidget | None = None) -> None:
        # Loaded when first asked: the window's first frame does not wait for the domain words.
        from evidence_app.core.fields import category_label
        from evidence_app.core.model import CATEGORIES

        super().__init__(parent)
        self.setObjectName("importCategoryDialog")
        self.setWindowTitle(self.tr("Import files"))
        self.question = QLabel(
            self.tr(
                "What are these {count} file(s)? You can change it later for each item."
            ).format(count=count)
        )
        self.question.setWordWrap(True)
        self.category = QComboBox()
        self.category.setObjectName("importCategory")
        for key in CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.category)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.category.currentData())

    def accept(self) -> None:
        super().accept()
        self.categoryChosen.emit(self.chosen())


def choose_and_import(window: Any, category: str = "other") -> ImportCategoryDialog | None:
    """The Import action: the file chooser, then the category dialog (returned, open)."""
    from evidence_app.ui.file_chooser import open_file_names

    if window.case is None:
        return None
    names = open_file_names(window, _t("Choose the files to keep as evidence"), str(start_folder()))
    if not names:
        return None
    return ask_and_import(window, [Path(n) for n in names], category)


def start_folder() -> Path:
    """Where the file chooser opens: the owner's Pictures (screenshots from the phone are there),
    else Documents, else home (never the program's own folder)."""
    from PySide6.QtCore import QStandardPaths

    kinds = (
        QStandardPaths.StandardLocation.PicturesLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    )
    for kind in kinds:
        folder = QStandardPaths.writableLocation(kind)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def refuse_unreadable(window: Any, paths: Sequence[Path]) -> list[Path]:
    """Files that cannot be kept (empty, a folder, gone) are refused at once, before any question
    about what they are; the ones that can be kept are returned."""
    from evidence_app.core.store import check_source

    good: list[Path] = []
    refused: list[UserError] = []
    for path in paths:
        try:
            check_source(path)
        except UserError as error:
            refused.append(error)
        else:
            good.append(path)
    if len(refused) == 1:
        show_error(refused[0], window)
    elif refused:
        reasons = " ".join(error.message() for error in refused)
        show_error(
            UserError(
                "{count} file(s) cannot be added: {reasons}", count=len(refused), reasons=reasons
            ),
            window,
        )
    return good


def ask_and_import(
    window: Any, paths: Sequence[Path], category: str = "other"
) -> ImportCategoryDialog | None:
    """Files chosen or dropped: ask what they are (the dialog, returned open), then import them.
    Case packages among them open as packages at once; they need no question."""
    paths = list(paths)
    packages = [p for p in paths if is_package(p)]
    for package in packages:
        window.open_package(package)
    paths = [p for p in paths if p not in packages]
    if not paths:
        return None
    if window.case is None:
        show_error(UserError("Create or open a case first; then add files to it."), window)
        return None
    paths = refuse_unreadable(window, paths)
    if not paths:
        return None
    dialog: ImportCategoryDialog = window._keep(ImportCategoryDialog(len(paths), category, window))
    dialog.categoryChosen.connect(lambda chosen: import_paths(window, paths, chosen))
    dialog.open()
    return dialog


def import_paths(
    window: Any,
    paths: Sequence[Path],
    category: str = "other",
    extra: dict[str, Any] | None = None,
) -> Task | None:
    """Import *paths* (one item each) off the GUI thread; the table follows as they land.

    Case packages (``.evcase``) among them are opened as packages instead. *extra* goes into
    each item's ``item_added`` event (a recapture's link to the item it answers).
    """
    from evidence_app.core.store import NewFile

    paths = list(paths)
    packages = [p for p in paths if is_package(p)]
    if packages:
        for package in packages:
            window.open_package(package)
        paths = [p for p in paths if p not in packages]
        if not paths:
            return None
    if window.case is None:
        show_error(UserError("Create or open a case first; then add files to it."), window)
        return None
    case_id = window.case.id

    def work(store: CaseStore, task: Task) -> tuple[list[str], list[UserError]]:
        ids: list[str] = []
        refused: list[UserError] = []
        for done, path in enumerate(paths):
            task.check_cancelled()
            task.progress(done, len(paths), path.name)
            try:
                item = store.add_item(case_id, category, {}, [NewFile.from_path(path)], extra=extra)
            except StorageError:
                raise  # the disk or the data folder refused: the next files would too
            except UserError as error:  # this file only (empty, a folder, unreadable)
                refused.append(error)
                continue
            ids.append(item.id)
        return ids, refused

    def done(result: tuple[list[str], list[UserError]]) -> None:
        ids, refused = result
        window.statusBar().showMessage(
            _t("{count} file(s) added as evidence.").format(count=len(ids)), 5000
        )
        window.reload_case(ids[-1] if ids else None)
        if len(paths) == 1 and refused:  # the one file given: its own sentence says it all
            show_error(refused[0], window)
        elif refused:
            show_error(
                UserError(
                    "{added} file(s) added; {count} could not be added: {reasons}",
                    added=len(ids),
                    count=len(refused),
                    reasons=" ".join(error.message() for error in refused),
                ),
                window,
            )

    return run_in_background(window, "import", work, done)


def is_package(path: Path) -> bool:
    """A case package (``.evcase``): opened as a package, never imported as an evidence file."""
    return path.suffix.lower() == ".evcase" and path.is_file()


class ImportActions(WindowState):
    """The import actions of MainWindow (mixed in): the chooser, a drop, a list of paths."""

    def import_dialog(self, category: str = "other") -> ImportCategoryDialog | None:
        """Choose files, then say what they are (preselected *category*), then import them."""
        return choose_and_import(self, category)

    def drop_files(self, paths: Sequence[Path]) -> ImportCategoryDialog | None:
        """Files dropped on the window or table: asked what they are, like every import."""
        return ask_and_import(self, paths)

    def import_paths(
        self,
        paths: Sequence[Path],
        category: str = "other",
        extra: dict[str, Any] | None = None,
    ) -> Task | None:
        """Import *paths* (one item each) off the GUI thread."""
        return import_paths(self, paths, category, extra)
