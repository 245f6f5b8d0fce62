"""Settings in an owner's words, in Chinese and in English: no certificate-and-protocol jargon in what
is shown (labels, buttons, group titles, tabs); the precise terms wait in tool tips for the lawyer
or support staff."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

# Whole words, as written (a service named FreeTSA.org is no jargon; "TSA" is).
JARGON = re.compile(
    r"\bcertifi\b|PAdES|RFC 3161|SHA-256|\bTSA\b|\bPEM\b|根证书|服务器|数据目录"
    r"|[Rr]oot certificate|[Aa]uthorit|\b[Ss]erver"
)


def shown_words(dialog: Any) -> list[str]:
    """Every sentence the dialog shows, on every tab (hidden or not: a tab may be behind)."""
    words = [dialog.windowTitle()]
    words += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    words += [w.text() for w in dialog.findChildren(QLabel)]
    words += [w.text() for w in dialog.findChildren(QAbstractButton)]
    words += [w.title() for w in dialog.findChildren(QGroupBox)]
    words.append(dialog.tsa.placeholderText())
    return [w for w in words if w]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_settings_speak_plainly_and_keep_the_terms_in_tool_tips(
    qtbot: Any, data_dir: Path, lang: str
) -> None:
    from evidence_app.core.settings import Settings
    from evidence_app.ui.dialogs import SettingsDialog
    from evidence_app.ui.language import LanguageSwitcher
    from evidence_app.ui.tasks import TaskRunner

    switcher = LanguageSwitcher()
    runner = TaskRunner()
    try:
        assert switcher.apply(lang) == lang
        dialog = SettingsDialog(data_dir, Settings(), runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        words = shown_words(dialog)
        assert len(words) > 15
        for text in words:
            assert not JARGON.search(text), text
        # The precise terms are still there for the lawyer or support, in the tool tips.
        roots = dialog.trusted_roots
        assert "certifi" in roots.public.toolTip()
        assert "RFC 3161" in roots.toolTip() and "RFC 3161" in dialog.tsa.toolTip()
        assert "SHA-256" in dialog.fingerprint_label.toolTip()
        if lang == "zh_CN":
            assert "根证书" in roots.toolTip() and "根证书" in roots.import_button.toolTip()
            assert roots.title() == "你信任的时间服务"
            assert dialog.labels[3].text() == "数据文件夹"
        else:
            assert "root certificate" in roots.toolTip()
        dialog.close()
    finally:
        runner.shutdown(10_000)
        switcher.apply("en")
