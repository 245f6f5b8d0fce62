"""Two kinds of error: a UserError is a sentence and the app goes on; a bug writes a crash log first."""

from __future__ import annotations

import sys

from evidence_app.core.errors import UserError
from evidence_app.ui.errors import ErrorPresenter


def test_a_bug_writes_a_crash_log_under_the_data_dir_before_the_dialog(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    presenter = ErrorPresenter(data_dir, dialogs=False)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        presenter.excepthook(*sys.exc_info())
    [log] = presenter.crash_logs
    assert log.parent == data_dir / "logs"
    assert "RuntimeError: boom in a slot" in log.read_text("utf-8")
    assert str(log) in presenter.shown[-1]


def test_a_user_error_is_one_sentence_and_no_crash_log(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    presenter = ErrorPresenter(data_dir, dialogs=False)
    error = UserError("The file {path} is empty (0 bytes); there is nothing to keep.", path="a.png")
    presenter.excepthook(UserError, error, None)
    assert presenter.shown == ["The file a.png is empty (0 bytes); there is nothing to keep."]
    assert presenter.crash_logs == [] and not (data_dir / "logs").exists()


def test_the_dialog_is_opened_without_blocking(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    presenter = ErrorPresenter(data_dir, dialogs=True)
    presenter.user_error(UserError("A case needs a title."))
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [b.text() for b in boxes] == ["A case needs a title."]
    for box in boxes:
        box.close()


def test_run_app_signature_is_kept() -> None:
    import inspect

    from evidence_app.app import run_app

    assert list(inspect.signature(run_app).parameters) == ["data_dir", "operator", "role", "lang"]
