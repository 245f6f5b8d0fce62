"""The dialogs as a non-technical owner sees them, in Chinese: Settings keeps the language in use,
the verify screen speaks plain words (technical detail behind a toggle), the export dialog's
progress and gaps are translated and its buttons come back after a failure or a cancel."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from evidence_app.bundle.verify import CHECK_NAMES
from evidence_app.core import i18n
from evidence_app.core.store import NewFile
from tests.ui.conftest import case_with_gaps, png_bytes

pytest.importorskip("evidence_app.bundle.export")

PLAIN_TITLES = (
    "签名有效",
    "签名后文件未被改动",
    "每个原始文件与登记一致",
    "保管日志完整",
)
CODE_NAMES = CHECK_NAMES  # what `verify --json` calls its checks
NOT_A_BUNDLE_ZH = "此文件不是 PDF 证据包（或已损坏）。"


@pytest.fixture
def chinese() -> Iterator[None]:
    """The app switched to Chinese (Qt translator and core catalogue), back to English after."""
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.apply("zh_CN") == "zh_CN"
    yield
    switcher.apply("en")


# -- settings ----------------------------------------------------------------------------------


def test_saving_settings_keeps_the_language_the_app_was_started_in(
    qtbot: Any, app_window: Any, data_dir: Path
) -> None:
    window = app_window(lang="zh_CN")  # `--lang zh_CN`; the saved setting is "system" (English)
    assert window.settings.language == "system" and i18n.system_language() == "en"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "案件" in menus[0]

    dialog = window.settings_dialog()
    assert dialog.language.currentData() == "zh_CN"  # the language in use, not "System default"
    assert dialog.language.currentText() == "中文"
    # The system's language (English here) is named in the UI's language.
    assert dialog.language.itemText(dialog.language.findData("system")) == "跟随系统（英文）"
    dialog.tsa.setPlainText("https://tsa.example.org/tsr")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert i18n.current_language() == "zh_CN" and window.switcher.language == "zh_CN"
    assert [a.text() for a in window.menuBar().actions()] == menus  # still Chinese
    saved = json.loads((data_dir / "settings.json").read_text("utf-8"))
    assert saved["tsa_urls"] == ["https://tsa.example.org/tsr"]
    assert saved["language"] == "zh_CN"  # what the box showed when Save was pressed

    # Opened again, it still shows Chinese; changing the box is what switches the language.
    dialog = window.settings_dialog()
    assert dialog.language.currentData() == "zh_CN"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert i18n.current_language() == "en"
    assert window.menuBar().actions()[0].text() == "&Case"


def test_settings_shows_system_default_when_that_is_the_language_in_use(
    qtbot: Any, app_window: Any, data_dir: Path
) -> None:
    window = app_window()  # no --lang: the saved "system" (English here) is in use
    dialog = window.settings_dialog()
    assert dialog.language.currentData() == "system"
    assert dialog.language.currentText() == "System default (English)"
    dialog.operator.setText("李女士")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert json.loads((data_dir / "settings.json").read_text("utf-8"))["language"] == "system"
    assert i18n.current_language() == "en"


def test_the_time_stamp_setting_explains_itself_and_has_no_default_server(
    qtbot: Any, data_dir: Path, chinese: None
) -> None:
    from evidence_app.core.settings import Settings
    from evidence_app.ui.dialogs import SettingsDialog
    from evidence_app.ui.tasks import TaskRunner

    runner = TaskRunner()
    dialog = SettingsDialog(data_dir, Settings(), runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == 0
    dialog.time_services.focus()  # the guide's time-stamp step: its tab comes to the front
    assert dialog.tabs.currentIndex() == 1
    assert dialog.tabs.tabText(1) == "可信时间"
    assert dialog.tsa.toPlainText() == ""  # nothing leaves the PC unless the user adds a server
    assert dialog.collected().tsa_urls == []
    assert "https://…/tsr" in dialog.tsa.placeholderText()
    help_text = dialog.tsa_help.text()
    assert dialog.tsa_help.isVisible() and "时间戳" in help_text and "法院" in help_text
    assert "联网" in help_text or "互联网" in help_text
    # The key's group: title, what it is for, the buttons together; no key yet: nothing to copy.
    dialog.tabs.setCurrentIndex(2)
    assert dialog.key_group.title() == "签名密钥"
    assert dialog.new_key.parent() is dialog.key_group
    assert dialog.change_pass.parent() is dialog.key_group
    assert not dialog.copy_fingerprint.isVisible()
    dialog.close()
    runner.shutdown(10_000)


# -- verify ------------------------------------------------------------------------------------


@pytest.fixture
def bundle(store: Any, tmp_path: Path) -> Path:
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer

    signer = load_signer(store.data_dir, b"verify passphrase", "王小明")
    case = store.create_case("微博造谣案", "王小明")
    store.add_item(
        case.id, "post", {"platform": "微博"}, [NewFile("original", "p.png", data=png_bytes())]
    )
    out = tmp_path / "证据包.pdf"
    export_case(store, case.id, out, signer, lang="zh_CN")
    return out


@pytest.fixture
def verify_dialog(qtbot: Any) -> Iterator[Any]:
    from evidence_app.ui.tasks import TaskRunner
    from evidence_app.ui.verify.dialog import VerifyDialog

    runner = TaskRunner()
    dialog = VerifyDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.close()
    runner.shutdown(10_000)


def _verify(qtbot: Any, dialog: Any, path: Path) -> None:
    task = dialog.verify_path(path)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass


def _has_english_words(text: str) -> list[str]:
    """Runs of three or more Latin letters (file names and hashes taken out beforehand)."""
    return re.findall(r"[A-Za-z]{3,}", text)


def test_a_valid_bundle_is_shown_in_plain_words_with_details_behind_a_toggle(
    qtbot: Any, chinese: None, bundle: Path, verify_dialog: Any
) -> None:
    from evidence_app.bundle.verify import CHECK_NAMES
    from evidence_app.ui.verify.words import plain_checks

    _verify(qtbot, verify_dialog, bundle)
    assert verify_dialog.report.valid
    verdict = verify_dialog.verdict.text()
    assert "✓" in verdict and "证据包.pdf" in verdict
    shown = verify_dialog.checks.toPlainText()
    for title in PLAIN_TITLES:
        assert title in shown, title
    assert "由王小明签名" in shown  # who signed, from the certificate, in words
    assert "未加可信时间戳" in shown  # no TSA configured: said plainly, not as a ✓
    assert "✗" not in shown
    # No code names, no CN=…, no file names of the bundle's insides, no command-line advice.
    for hidden in (*CODE_NAMES, "CN=", "manifest.json", "--trust", "PAdES"):
        assert hidden not in shown, hidden
    assert not _has_english_words(shown), shown
    # every check has a plain title and sentence, in either state
    for name in CHECK_NAMES:
        for ok in (True, False):
            (check,) = plain_checks([(name, ok, "detail")])
            assert check.title != name and check.explanation, (name, ok)

    # The technical detail, for a lawyer: behind the toggle, selectable, still without CLI advice.
    toggle = verify_dialog.details_button
    assert toggle.isVisible() and not toggle.isChecked() and "技术细节" in toggle.text()
    toggle.click()
    details = verify_dialog.checks.toPlainText()
    fingerprint = verify_dialog.report.signer["sha256_fingerprint"]
    assert "signature_valid" in details and "CN=王小明" in details
    assert fingerprint[:4] + " " + fingerprint[4:8] in details  # grouped as in Settings
    assert "--trust" not in details
    flags = verify_dialog.checks.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    toggle.click()
    assert "signature_valid" not in verify_dialog.checks.toPlainText()


def test_a_tampered_copy_fails_with_the_plain_reason(
    qtbot: Any, chinese: None, bundle: Path, verify_dialog: Any, tmp_path: Path
) -> None:
    tampered = tmp_path / "改过的.pdf"
    data = bytearray(bundle.read_bytes())
    index = data.find(b"/Producer")
    data[index + 12 if index > 0 else len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    _verify(qtbot, verify_dialog, tampered)
    assert not verify_dialog.report.valid
    verdict = verify_dialog.verdict.text()
    assert "✗" in verdict and "未通过核验" in verdict
    assert "签名后被改动" in verdict  # the first failed check's plain sentence
    shown = verify_dialog.checks.toPlainText()
    assert "✗ 签名有效" in shown and "✓" in shown
    assert not _has_english_words(shown), shown


def test_a_file_that_is_not_a_pdf_gets_the_plain_sentence_and_no_library_text(
    qtbot: Any, chinese: None, verify_dialog: Any, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"not a PDF at all")
    _verify(qtbot, verify_dialog, notes)
    verdict = verify_dialog.verdict.text()
    shown = verify_dialog.checks.toPlainText()
    assert NOT_A_BUNDLE_ZH in verdict and "✗" in verdict
    visible = re.sub(r"<[^>]+>", "", verdict).replace("notes.pdf", "") + shown
    assert "Illegal" not in visible and "header" not in visible
    assert not _has_english_words(visible.replace("PDF", "")), visible
    verify_dialog.details_button.click()  # the library's reason is still there for a lawyer
    assert "not_a_bundle" in verify_dialog.checks.toPlainText()


# -- export ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_export_dialog_in_chinese_progress_gaps_and_buttons(
    qtbot: Any, window: Any, chinese: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidence_app.core import identity
    from evidence_app.ui.dialogs import PASSPHRASE_ENV

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    case_with_gaps(window)
    identity.create_identity(window.data_dir, "李女士", b"right")
    dialog = window.export_dialog()
    gaps = [dialog.gaps.item(i).text() for i in range(dialog.gaps.count())]
    assert gaps and all("：" in line and ": " not in line for line in gaps), gaps
    dialog.missing_place.setCurrentIndex(dialog.missing_place.findData("bundle"))  # chosen: in it
    assert dialog.gap_texts() and all(": " not in line for line in dialog.gap_texts())
    assert dialog.fix_button.isVisible() and dialog.cancel_button.text() == "取消"

    # A wrong passphrase: the error is said, and "fix the gaps first" is offered again.
    task = dialog.start_export(tmp_path / "a.pdf", passphrase="wrong")
    assert not dialog.fix_button.isVisible()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert window.presenter.shown and dialog.fix_button.isVisible()
    assert dialog.export_button.isEnabled() and not (tmp_path / "a.pdf").exists()

    # Cancelled: the same.
    task = dialog.start_export(tmp_path / "b.pdf", passphrase="right")
    with qtbot.waitSignal(task.finished, timeout=120_000):
        task.cancel()
    assert dialog.fix_button.isVisible() and dialog.cancel_button.text() == "取消"

    # Exported: every progress line is Chinese; Cancel has become Close.
    formats: list[str] = []
    shown_progress = dialog._progress

    def record(done: int, total: int, label: str) -> None:
        shown_progress(done, total, label)
        formats.append(dialog.progress.format())

    dialog._progress = record
    out = tmp_path / "c.pdf"
    with qtbot.waitSignal(dialog.exportFinished, timeout=120_000):
        dialog.start_export(out, passphrase="right")
    assert dialog.report.valid and out.is_file()
    assert formats and "正在排版页面（2/6）" in formats, formats
    assert not [f for f in formats if _has_english_words(f)], formats
    assert dialog.cancel_button.text() == "关闭" and not dialog.fix_button.isVisible()
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_every_export_progress_label_is_marked_for_translation() -> None:
    import sys

    from evidence_app.bundle import export
    from evidence_app.ui.dialogs import export as dialogs  # the export dialog's own module
    from tests.conftest import REPO

    sys.path.insert(0, str(REPO / "tools"))
    import i18n as catalogue_tool  # type: ignore[import-not-found]

    assert dialogs.PROGRESS_CONTEXT == export.PROGRESS_CONTEXT
    source = Path(export.__file__).read_text("utf-8")
    labels = re.findall(r'N_\(PROGRESS_CONTEXT, "([^"]+)"\)', source)
    assert len(labels) >= 7
    found = catalogue_tool.extract()
    for label in labels:
        assert (export.PROGRESS_CONTEXT, label) in found
        assert i18n.tr(export.PROGRESS_CONTEXT, label, "zh_CN") != label
