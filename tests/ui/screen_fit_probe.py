"""Run in its own process (a screen size is fixed per process): opens the main window and every
dialog on a virtual screen and prints, as JSON, where each lies against the available area.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.screen_fit_probe DATA_DIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt


def rect(r: Any) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def evidence_table(window: Any) -> dict[str, Any]:
    """The evidence table with the item panel open: its sideways scroll range, and each header
    as [label, section width, width its label needs]."""
    table = window.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    headers = []
    for index in range(header.count()):
        if not header.isSectionHidden(index):
            label = str(model.headerData(index, Qt.Orientation.Horizontal))
            headers.append([label, header.sectionSize(index), metrics.horizontalAdvance(label) + 8])
    return {
        "panel_width": window.item_panel.width(),
        "table_width": table.width(),
        "scroll_max": table.horizontalScrollBar().maximum(),
        "headers": headers,
    }


def settings_sections(app: Any, dialog: Any) -> dict[str, list[int]]:
    """Each settings section as shown on its tab: [height, minimum hint, height for its width]."""
    sections = {}
    tabs = getattr(dialog, "tabs", None)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        for name in ("time_services", "trusted_roots", "key_group", "tsa_help"):
            widget = getattr(dialog, name)
            if widget.isVisible():
                needed = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0
                sections[name] = [widget.height(), widget.minimumSizeHint().height(), needed]
    return sections


def main(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from evidence_app.app import create_main_window
    from evidence_app.core import identity
    from evidence_app.core.store import NewFile
    from evidence_app.ui.dialogs import CHANGE, NEW_KEY, UNLOCK, PassphraseDialog

    identity.create_identity(data_dir, "车主", b"probe")  # the settings show the key's fingerprint
    window, presenter = create_main_window(data_dir, lang=os.environ.get("PROBE_LANG", "zh_CN"))
    presenter.dialogs = False
    app = QApplication.instance()
    assert app is not None
    window.show()
    while not window.panes_ready:
        app.processEvents()
    case = window.store.create_case("一个名字相当长的案件：有人在多个平台上造谣我的车自燃")
    png = (Path(__file__).parent.parent / "data").glob("*.png")
    data = next(iter(png), None)
    from tests.ui.conftest import png_bytes

    item = window.store.add_item(
        case.id,
        "post",
        {},
        [NewFile("window", "a.png", data=data.read_bytes() if data else png_bytes())],
    )
    window.refresh_cases()
    window.open_case(case.id)
    window.select_item(item.id)
    window.item_panel.tabs.setCurrentIndex(1)
    for _ in range(5):
        app.processEvents()
    area = window.screen().availableGeometry()
    shown: dict[str, Any] = {}

    def note(name: str, widget: Any) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        shown[name] = {
            "frame": rect(widget.frameGeometry()),
            "minimum": [widget.minimumSizeHint().width(), widget.minimumSizeHint().height()],
        }

    note("main", window)
    shown["evidence_table"] = evidence_table(window)
    save = window.item_panel.save_button
    top_left = save.mapTo(window, save.rect().topLeft())
    shown["save_button"] = {
        "frame": [
            window.geometry().x() + top_left.x(),
            window.geometry().y() + top_left.y(),
            save.width(),
            save.height(),
        ],
        "visible": save.isVisible() and not save.visibleRegion().isEmpty(),
    }
    dialogs = {
        "wizard": window.new_case_wizard,
        "narrative": window.edit_narrative_dialog,
        "export": window.export_dialog,
        "verify": window.verify_dialog,
        "settings": window.settings_dialog,
        "log": window.show_log,
        "pack": window.pack_dialog,
    }
    for name, open_it in dialogs.items():
        dialog = open_it()
        note(name, dialog)
        if name == "settings":
            shown["settings_sections"] = settings_sections(app, dialog)
        if name == "wizard":
            for page in range(1, len(dialog.pageIds())):
                dialog.next()
                note(f"wizard_{page + 1}", dialog)
        dialog.close()
    from evidence_app.ui.geometry import keep_on_screen
    from evidence_app.ui.operations.import_files import ImportCategoryDialog
    from evidence_app.ui.review import RecaptureDialog, VerdictDialog

    for name, dialog in {
        "passphrase_new": PassphraseDialog(NEW_KEY, window, had_key=True),
        "passphrase_unlock": PassphraseDialog(UNLOCK, window),
        "passphrase_change": PassphraseDialog(CHANGE, window),
        "import_category": ImportCategoryDialog(3, "harm_evidence", window),
        "recapture": RecaptureDialog("E001", window),
        "verdict": VerdictDialog(None, window),
    }.items():
        keep_on_screen(dialog)
        note(name, dialog)
        dialog.close()
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    window.close()
    print(json.dumps({"area": rect(area), "windows": shown}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
