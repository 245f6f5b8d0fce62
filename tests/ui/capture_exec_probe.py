"""Run in its own process: a screen capture (after its countdown) and a region capture inside a real
``app.exec()`` loop, where Qt quits the app when its last visible window closes. Our windows are
hidden while the countdown box or the region picker is up; closing either must not end the app.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.capture_exec_probe DATA_DIR KIND

KIND: screen (after a countdown), region (no countdown), region-countdown, window (both after a
countdown: the countdown box closes, then the picker comes up, both with our windows hidden).

Prints a JSON line: the exit code the probe chose (7: the capture came back) and the items stored.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main(data_dir: Path, kind: str) -> int:
    app = QApplication([])
    from evidence_app.core.model import Operator
    from evidence_app.core.store import CaseStore
    from evidence_app.ui.main_window import MainWindow

    store = CaseStore(data_dir, Operator("测试车主", "owner"))
    window = MainWindow(store)
    window.show()
    case = window.create_case("t")
    window.caseChanged.connect(lambda *_: QTimer.singleShot(300, lambda: app.exit(7)))
    QTimer.singleShot(20_000, lambda: app.exit(3))  # never came back

    def drag() -> None:
        picker = window.region_picker
        if picker is None or not picker.isVisible():
            QTimer.singleShot(20, drag)
            return
        QTest.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        QTest.mouseMove(picker, QPoint(60, 40))
        QTest.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(60, 40))

    if kind == "screen":
        QTimer.singleShot(0, lambda: window.capture_screen(delay=1, tick_ms=20))
    elif kind == "region":
        QTimer.singleShot(0, lambda: window.capture_region(delay=0))
        QTimer.singleShot(0, drag)
    elif kind == "region-countdown":
        QTimer.singleShot(0, lambda: window.capture_region(delay=1, tick_ms=20))
        QTimer.singleShot(0, drag)
    else:
        QTimer.singleShot(0, lambda: window.capture_window(delay=2, tick_ms=20))
        QTimer.singleShot(0, drag)
    code = app.exec()
    items = len(store.list_items(case.id))
    window.runner.shutdown(30_000)
    print(json.dumps({"code": code, "items": items, "visible": window.isVisible()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
