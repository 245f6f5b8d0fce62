"""The guide's words (why a step waits, stale exports), the trusted-time settings section reached
from the time-stamp step, and versioned export names."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from evidence_app.core.time_services import KNOWN_TIME_SERVICES
from tests.ui.conftest import png_bytes


@pytest.fixture
def chinese() -> Iterator[None]:
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.apply("zh_CN") == "zh_CN"
    yield
    switcher.apply("en")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Any connection attempt is recorded and refused: choosing a service must send nothing."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: refuse(*a))
    return attempts


def step_line(window: Any, step_id: str) -> str:
    panel = window.guide_panel
    row = [s.id for s in panel.guide.steps].index(step_id)
    return str(panel.steps.item(row).text())


def test_a_new_case_says_what_waits_and_never_that_the_export_is_not_needed(
    qtbot: Any, window: Any, chinese: None
) -> None:
    window.create_case("新案", "车主", "2025年1月起有人造谣我的车自燃。")
    qtbot.waitUntil(lambda: window.guide_panel.completeness is not None)
    lines = [
        window.guide_panel.steps.item(r).text() for r in range(window.guide_panel.steps.count())
    ]
    assert not any("暂不需要" in line for line in lines)
    export = step_line(window, "export")
    assert export.endswith("（完成前面的步骤后再做）"), export
    assert "无需" not in export
    assert "8 步稍后再做" in window.guide_panel.progress.toolTip()


def test_the_time_stamp_step_leads_to_the_trusted_time_settings_and_sends_nothing(
    qtbot: Any, window: Any, no_network: list[Any], data_dir: Path
) -> None:
    from evidence_app.core.store import NewFile

    case = window.create_case("t", "", "What happened, in more than ten characters.")
    window.store.add_item(
        case.id, "harm_evidence", {"purpose": "p", "harm_type": "h"},
        [NewFile("original", "a.png", data=png_bytes())],
    )  # fmt: skip
    window.reload_case()
    panel = window.guide_panel
    qtbot.waitUntil(lambda: "choose a trusted time service first" in step_line(window, "timestamp"))
    panel.steps.setCurrentRow([s.id for s in panel.guide.steps].index("timestamp"))
    assert panel.action.text() == "Choose a time service…"
    panel.action.click()
    dialog = next(d for d in window.dialogs if d.objectName() == "settingsDialog")
    section = dialog.time_services
    assert section.isVisible()
    intro = section.intro.text()
    assert "fingerprint" in intro and "never the files" in intro and "until you choose" in intro
    # Every known service is offered with its operator.
    offered = [section.services.itemText(i) for i in range(section.services.count())]
    assert offered == [f"{s.name} — {s.operator}" for s in KNOWN_TIME_SERVICES]
    section.services.setCurrentIndex(1)
    chosen = KNOWN_TIME_SERVICES[1]
    assert chosen.operator in section.details.text() and chosen.url in section.details.text()
    section.use.click()
    assert dialog.tsa.toPlainText().splitlines() == [chosen.url]
    section.use.click()  # twice: still once in the list
    assert dialog.tsa.toPlainText().splitlines() == [chosen.url]
    assert not (data_dir / "settings.json").exists() or chosen.url not in (
        data_dir / "settings.json"
    ).read_text("utf-8")  # nothing is kept before Save
    window.tsa_watch.stop()  # the reachability watch would try the service after saving
    window.tsa_watch.check = lambda *a, **k: None  # type: ignore[method-assign]
    window.tsa_watch.set_urls = lambda *a, **k: None  # type: ignore[method-assign]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = json.loads((data_dir / "settings.json").read_text("utf-8"))
    assert saved["tsa_urls"] == [chosen.url]
    assert no_network == []


def test_time_stamp_now_without_a_service_opens_the_choice_instead_of_an_error(
    qtbot: Any, window: Any
) -> None:
    window.create_case("t", "", "")
    assert window.timestamp_now() is None
    dialog = next(d for d in window.dialogs if d.objectName() == "settingsDialog")
    assert dialog.isVisible() and dialog.time_services.isVisible()
    assert window.presenter.shown == []  # no error: the way forward instead
    assert "Choose a trusted time service first" in window.statusBar().currentMessage()


def test_the_export_dialog_default_name_is_a_new_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidence_app.core.model import Case
    from evidence_app.ui.dialogs import export as dialogs  # the export dialog's own module

    monkeypatch.setattr(dialogs, "_documents_dir", lambda: tmp_path)
    case = Case("c1", "车主维权", "", "", "", "")
    today = date.today().isoformat()
    assert dialogs.default_bundle_path(case) == tmp_path / f"车主维权-{today}.pdf"
    (tmp_path / f"车主维权-{today}.pdf").write_bytes(b"%PDF")
    assert dialogs.default_bundle_path(case) == tmp_path / f"车主维权-{today}-v2.pdf"
