"""The Qt binding keeps Python's reference counts right: a release that drops a reference on every
call (PySide6 6.12.0 with Python < 3.12 does it to None) makes the app abort after enough clicks."""

from __future__ import annotations

import sys
from typing import Any

CALLS = 2_000


def test_calls_into_qt_keep_the_reference_counts_of_none_true_and_false(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = {name: sys.getrefcount(value) for name, value in _singletons().items()}
    for n in range(CALLS):
        label.setText(str(n % 7))  # returns None
        label.setVisible(False)  # returns None
        label.isVisible()  # returns False
        label.isEnabled()  # returns True
    after = {name: sys.getrefcount(value) for name, value in _singletons().items()}
    # A few references may come and go with the interpreter's own work; thousands may not.
    assert all(abs(after[name] - before[name]) < CALLS // 10 for name in before), (before, after)


def _singletons() -> dict[str, Any]:
    return {"None": None, "True": True, "False": False}
