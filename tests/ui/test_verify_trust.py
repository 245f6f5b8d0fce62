"""The verify window's three verdicts (green valid, amber untrusted, red invalid), "trust this
authority" after confirmation, and the settings' trusted TSA roots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evidence_app.core.settings import Settings
from evidence_app.core.store import NewFile
from tests.fixtures.tsa import TestTSA
from tests.ui.conftest import png_bytes

pytestmark = pytest.mark.slow
FAKE = "国家授时中心可信时间戳服务"


def grouped(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


@pytest.fixture
def stamped(store: Any, tmp_path: Path, tsa: TestTSA) -> Path:
    """A bundle whose time-stamps come from a self-made TSA named after the NTSC."""
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer

    signer = load_signer(store.data_dir, b"trust passphrase", "王小明")
    case = store.create_case("微博造谣案", "王小明")
    store.add_item(case.id, "post", {"platform": "微博"}, [NewFile("original", "p.png", data=png_bytes())])  # fmt: skip
    out = tmp_path / "received" / "fake-tsa.pdf"
    out.parent.mkdir()
    export_case(store, case.id, out, signer, tsa_urls=[tsa.fake_url], lang="zh_CN")
    return out


@pytest.fixture
def chinese_ui() -> Iterator[None]:
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.apply("zh_CN") == "zh_CN"
    yield
    switcher.apply("en")


@pytest.fixture
def dialog(qtbot: Any, data_dir: Path) -> Iterator[Any]:
    from evidence_app.ui.tasks import TaskRunner
    from evidence_app.ui.verify.dialog import VerifyDialog

    runner = TaskRunner()
    shown = VerifyDialog(runner, data_dir=data_dir)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()
    runner.shutdown(10_000)


def _verify(qtbot: Any, dialog: Any, path: Path) -> Any:
    with qtbot.waitSignal(dialog.verified, timeout=60_000) as done:
        dialog.verify_path(path)
    return done.args[0]


def test_an_untrusted_authority_is_amber_and_can_be_trusted_after_confirming(
    qtbot: Any, dialog: Any, stamped: Path, data_dir: Path, tmp_path: Path
) -> None:
    report = _verify(qtbot, dialog, stamped)
    assert report.verdict == "untrusted"
    root = report.untrusted[0].root_sha256
    verdict = dialog.verdict.text()
    assert "#9a6700" in verdict and "!" in verdict  # amber, not the red of a broken bundle
    assert FAKE in verdict and grouped(root[:32]) in verdict and grouped(root[32:]) in verdict
    assert "✗" not in dialog.checks.toPlainText()  # nothing is broken: "!" marks the time-stamps
    assert dialog.trust.button.isVisible()

    # Cancel: nothing is trusted.
    box = dialog.trust.ask()
    assert box is not None and box.isVisible() and grouped(root)[:19] in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert Settings.load(data_dir).trusted_tsa_roots == []
    assert dialog.trust.button.isVisible()

    # Confirm: the root joins the settings, and the bundle is checked again: now valid, green.
    box = dialog.trust.ask()
    assert box is not None
    with qtbot.waitSignal(dialog.verified, timeout=60_000) as again:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert again.args[0].verdict == "valid"
    assert "#1b7f3b" in dialog.verdict.text() and "✓" in dialog.verdict.text()
    assert len(Settings.load(data_dir).trusted_tsa_roots) == 1
    assert not dialog.trust.button.isVisible()

    # A tampered copy stays red, trusted authority or not.
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(stamped.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    assert _verify(qtbot, dialog, tampered).verdict == "invalid"
    assert "#b3261e" in dialog.verdict.text() and "✗" in dialog.verdict.text()
    assert not dialog.trust.button.isVisible()


def test_the_untrusted_verdict_in_chinese(
    qtbot: Any, dialog: Any, stamped: Path, chinese_ui: None
) -> None:
    _verify(qtbot, dialog, stamped)
    verdict = dialog.verdict.text()
    assert "完好无损，但其时间尚未得到证明" in verdict and FAKE in verdict
    shown = dialog.checks.toPlainText()
    assert "时间戳机构在本机不受信任" in shown
    assert dialog.trust.button.text() == "信任该机构…"


def test_a_folder_shows_three_verdicts(qtbot: Any, dialog: Any, stamped: Path, store: Any) -> None:
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer
    from evidence_app.ui.verify.batch_table import RowRole

    folder = stamped.parent
    signer = load_signer(store.data_dir, b"trust passphrase", "王小明")
    case = store.create_case("无时间戳", "王小明")
    store.add_item(case.id, "post", {"platform": "微博"}, [NewFile("original", "q.png", data=png_bytes())])  # fmt: skip
    export_case(store, case.id, folder / "plain.pdf", signer, lang="en")
    data = bytearray((folder / "plain.pdf").read_bytes())
    data[len(data) // 3] ^= 0x01
    (folder / "tampered.pdf").write_bytes(bytes(data))
    dialog.batch_workers = 1
    with qtbot.waitSignal(dialog.folderVerified, timeout=120_000) as shown:
        dialog.verify_path(folder)
    rows = shown.args[0]
    assert {r.file: r.verdict for r in rows} == {
        "fake-tsa.pdf": "untrusted",
        "plain.pdf": "valid",
        "tampered.pdf": "invalid",
    }
    model = dialog.batch_model
    shown_verdicts = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(3)}
    assert shown_verdicts == {
        "fake-tsa.pdf": "! untrusted time-stamp",
        "plain.pdf": "✓ valid",
        "tampered.pdf": "✗ invalid",
    }
    colours = {
        model.index(r, 0).data(): model.index(r, 1).data(Qt.ItemDataRole.ForegroundRole).color().name()
        for r in range(3)
    }  # fmt: skip
    assert colours == {"fake-tsa.pdf": "#9a6700", "plain.pdf": "#1b7f3b", "tampered.pdf": "#b3261e"}
    text = dialog.verdict.text()
    assert "1 of 3 bundles failed" in text and "1 of 3 bundles are intact, but" in text
    proxy = dialog.batch_proxy
    untrusted_row = next(
        r for r in range(3) if proxy.index(r, 0).data(RowRole).file == "fake-tsa.pdf"
    )
    dialog.table.selectRow(untrusted_row)
    assert dialog.trust.button.isVisible()
    dialog.table.selectRow(next(r for r in range(3) if r != untrusted_row))
    assert not dialog.trust.button.isVisible()


def test_settings_lists_imported_roots_with_grouped_fingerprints(
    qtbot: Any, data_dir: Path, tsa: TestTSA, tmp_path: Path
) -> None:
    from evidence_app.core.tsa_trust import fingerprint, load_cert_files
    from evidence_app.ui.dialogs import SettingsDialog

    settings_dialog = SettingsDialog(data_dir, Settings())
    qtbot.addWidget(settings_dialog)
    section = settings_dialog.trusted_roots
    junk = tmp_path / "junk.crt"
    junk.write_bytes(b"not a certificate")
    assert section.import_file(junk) == 0 and section.message.text()
    assert section.import_file(tsa.root_cert_path) == 1
    assert section.import_file(tsa.root_cert_path) == 0  # once only
    (root,) = load_cert_files([tsa.root_cert_path])
    shown = section.list.item(0).text()
    assert "Evidence App Test Root CA" in shown
    assert grouped(fingerprint(root))[:39] in shown.replace("\n", " ")
    section.public.setChecked(True)
    settings_dialog.accept()
    saved = Settings.load(data_dir)
    assert len(saved.trusted_tsa_roots) == 1 and saved.trust_public_roots is True
    assert "BEGIN CERTIFICATE" in saved.trusted_tsa_roots[0]
