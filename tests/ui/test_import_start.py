"""Importing as a first-time owner meets it: the file chooser opens in their Pictures (else
Documents, else home), and a file that cannot be kept is refused before any question about it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.conftest import png_bytes


def _dialogs(window: Any) -> list[Any]:
    return [d for d in window.dialogs if d.objectName() == "importCategoryDialog"]


def test_the_file_chooser_opens_in_pictures_else_documents_else_home(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    home = Path.home()  # a temporary home in tests
    asked: list[str] = []

    def chooser(_parent: Any, _caption: str, folder: str = "", *_args: Any) -> tuple[list, str]:
        asked.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chooser)
    window.create_case("t", "o", "")
    window.import_dialog()
    assert Path(asked[-1]) == home  # neither folder yet: home, not the program's folder
    (home / "Documents").mkdir(exist_ok=True)
    window.import_dialog()
    assert Path(asked[-1]) == home / "Documents"
    (home / "Pictures").mkdir(exist_ok=True)
    window.import_dialog()
    assert Path(asked[-1]) == home / "Pictures"
    assert Path.cwd() not in {Path(a) for a in asked}


def test_an_empty_file_is_refused_before_the_kind_is_asked(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    window.create_case("t", "o", "")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert window.drop_files([empty]) is None  # no "what kind is this" for a file never kept
    assert _dialogs(window) == []
    assert window.presenter.shown[-1] == (
        f"The file {empty} is empty (0 bytes); there is nothing to keep."
    )
    # Among good ones: the bad are named at once, the question is about the good ones only.
    good = tmp_path / "good.png"
    good.write_bytes(png_bytes())
    folder = tmp_path / "a folder"
    folder.mkdir()
    dialog = window.drop_files([empty, good, folder])
    assert dialog is not None and _dialogs(window) == [dialog]
    message = window.presenter.shown[-1]
    assert message.startswith("2 file(s) cannot be added:")
    assert "empty.png" in message and "a folder" in message
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        dialog.import_button.click()
    assert [i.files[0].name for i in window.store.list_items(window.case.id)] == ["good.png"]
