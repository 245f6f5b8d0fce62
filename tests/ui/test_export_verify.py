"""Export from the dialog gives a bundle that verifies; the verify screen says valid, and for a
tampered copy, invalid with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import case_with_gaps

pytest.importorskip("evidence_app.bundle.export")
pytest.importorskip("evidence_app.bundle.verify")


@pytest.mark.slow
def test_export_from_the_dialog_verifies_and_a_tampered_copy_does_not(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_with_gaps(window)
    dialog = window.export_dialog()
    assert dialog.gaps.count() > 0 and dialog.fix_button.isVisible()  # gaps offered to fix
    # Issue 12: the list of what is missing goes, by default, into an unsigned note for the
    # lawyer beside the bundle, never under the signature unless the owner chooses so.
    assert dialog.export_button.text() == "Export anyway"
    assert dialog.missing_place.currentData() == "note" and dialog.gap_texts() == []
    out = tmp_path / "bundle.pdf"
    with qtbot.waitSignal(dialog.exportFinished, timeout=120_000):
        dialog.start_export(out, passphrase="correct horse battery")
    result, report = dialog.result, dialog.report
    assert out.is_file() and result.items == 1
    note = (tmp_path / "bundle-missing-evidence.txt").read_text("utf-8")
    assert dialog.gaps.item(0).text() in note
    assert report.valid, [c for c in report.checks if not c.ok]
    assert "✓" in dialog.outcome.text()
    # Written: no "Export anyway" left to press; Close and Show folder remain.
    assert not dialog.export_button.isVisibleTo(dialog)
    assert dialog.cancel_button.text() == "Close" and dialog.show_folder.isVisibleTo(dialog)
    assert window.completeness.status("export").state == "done"  # the export is in the custody log
    dialog.close()

    verify = window.verify_dialog()
    with qtbot.waitSignal(verify.verified, timeout=60_000):
        verify.verify_path(out)
    assert verify.report.valid and "intact" in verify.verdict.text()

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(out.read_bytes())
    index = data.find(b"/Producer")
    position = index + 12 if index > 0 else len(data) // 3
    data[position] ^= 0x01
    tampered.write_bytes(bytes(data))
    with qtbot.waitSignal(verify.verified, timeout=60_000):
        verify.verify_path(tampered)
    assert not verify.report.valid
    assert "failed the check" in verify.verdict.text()
    assert "✗" in verify.checks.toPlainText()
    verify.close()
