"""The verify screen takes a folder: one sortable row per bundle, details of the selected one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence_app.core.store import NewFile
from tests.ui.conftest import png_bytes

pytest.importorskip("evidence_app.bundle.batch")


def test_a_folder_of_bundles_is_a_sortable_table_with_details(
    qtbot, qtmodeltester, store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer
    from evidence_app.ui.tasks import TaskRunner
    from evidence_app.ui.verify.batch_table import RowRole
    from evidence_app.ui.verify.dialog import VerifyDialog

    folder = tmp_path / "收到的证据"
    (folder / "sub").mkdir(parents=True)
    signer = load_signer(store.data_dir, b"batch passphrase", "王小明")
    case = store.create_case("微博造谣案", "王小明")
    store.add_item(case.id, "post", {"platform": "微博"}, [NewFile("original", "p.png", data=png_bytes())])  # fmt: skip
    good = folder / "a-good.pdf"
    export_case(store, case.id, good, signer, lang="en")
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0x01  # one flipped byte inside the signed range
    (folder / "sub" / "b-tampered.pdf").write_bytes(bytes(data))
    (folder / "c-notes.pdf").write_bytes(b"not a PDF at all")

    from evidence_app.ui.verify.words import check_title

    runner = TaskRunner()
    dialog = VerifyDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.batch_workers = 1  # three files: a worker process would cost more than it saves
    with qtbot.waitSignal(dialog.folderVerified, timeout=60_000) as shown:
        dialog.verify_path(folder)  # a folder dropped or chosen goes to the batch check
    rows = shown.args[0]
    assert [r.file for r in rows] == ["a-good.pdf", "c-notes.pdf", "sub/b-tampered.pdf"]
    assert dialog.table.isVisible() and not dialog.progress.isVisible()
    model = dialog.batch_model
    qtmodeltester.check(model)
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert texts[0][:2] == ["a-good.pdf", "✓ valid"] and texts[0][3] == "微博造谣案"
    assert texts[0][2] == signer.identity.sha256_fingerprint[:16] + "…" and texts[0][4] == "1"
    assert texts[0][7] == "" and texts[1][1] == "✗ invalid"
    # the signing time with its offset, never a bare clock reading
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2}", texts[0][5]), texts[0][5]
    assert texts[1][7] == "Not an evidence bundle"  # the verify screen's plain words, no code name
    assert texts[2][1] == "✗ invalid" and texts[2][7]  # the first failed check is named
    assert texts[2][7] == check_title(rows[2].first_failed_check) != rows[2].first_failed_check
    assert "2 of 3 bundles failed" in dialog.verdict.text()

    # Sortable: by validity, the intact bundle comes last in ascending order.
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    proxy = dialog.batch_proxy
    assert proxy.index(2, 0).data() == "a-good.pdf"
    # Selecting a row shows that bundle's checks in plain words.
    dialog.table.selectRow(2)
    assert "a-good.pdf" in dialog.checks.toPlainText() and "✗" not in dialog.checks.toPlainText()
    tampered_row = next(
        r for r in range(3) if proxy.index(r, 0).data(RowRole).file == "sub/b-tampered.pdf"
    )
    dialog.table.selectRow(tampered_row)
    details = dialog.checks.toPlainText()
    assert "b-tampered.pdf" in details and "✗" in details and "✓" in details

    dialog.close()
    runner.shutdown(10_000)
