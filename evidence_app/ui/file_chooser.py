"""Choosing files to import: the platform's file chooser, and Qt's own one made to fit when there is
no native chooser (some Linux desktops): wide enough at 1366×768 that no column ("Type": "plain
text document") is cut to "pla…ent".

``open_file_names`` calls ``QFileDialog.getOpenFileNames`` as before (tests replace that one
call); a zero timer set just before it fits Qt's own chooser once it is on the screen, and does
nothing for a native one.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QSplitter,
    QTreeView,
    QWidget,
)

WIDTH, HEIGHT = 980, 600  # roomy for four columns; less on a smaller screen


def open_file_names(parent: QWidget | None, caption: str, folder: str = "") -> list[str]:
    """The files the owner chose (none when cancelled)."""
    QTimer.singleShot(0, fit_open_file_dialog)
    names, _ = QFileDialog.getOpenFileNames(parent, caption, folder)
    return list(names)


def fit_open_file_dialog() -> QFileDialog | None:
    """Fit the file chooser open now (Qt's own one; a native chooser is no QWidget)."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QFileDialog):
        fit_file_dialog(dialog)
        return dialog
    return None


def fit_file_dialog(dialog: QFileDialog) -> None:
    """As wide as the screen allows up to ``WIDTH``; the detail columns as wide as what they show
    (the name takes the rest), now and as the folder's files arrive."""
    from evidence_app.ui.geometry import available_area

    area = available_area(dialog)
    width = min(WIDTH, area.width() - 60)
    height = min(HEIGHT, area.height() - 60)
    if dialog.width() < width or dialog.height() < height:
        dialog.resize(max(dialog.width(), width), max(dialog.height(), height))
        frame = dialog.frameGeometry()
        frame.moveCenter(area.center())
        dialog.move(frame.topLeft())
    for splitter in dialog.findChildren(QSplitter):  # the places on the left: "计算机", whole
        sizes = splitter.sizes()
        if len(sizes) == 2 and sizes[0] < 150:
            splitter.setSizes([150, max(sum(sizes) - 150, 1)])
    for tree in dialog.findChildren(QTreeView):
        header = tree.header()
        if header.count() < 2:
            continue
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
