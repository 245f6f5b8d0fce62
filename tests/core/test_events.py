"""The custody-action catalogue: every action defined once, worded once, applied through it."""

from __future__ import annotations

from pathlib import Path

import pytest

import evidence_app
from evidence_app.core.custody import ACTIONS
from evidence_app.core.events import CATALOGUE, PlainWords, event_sentence, log_summary
from evidence_app.core.fields import ACTION_LABELS
from evidence_app.core.model import Event, Operator

UTC = "2026-12-01T18:46:55.010856+00:00"


def _event(action: str, payload: dict, item: str | None = "id") -> Event:  # type: ignore[type-arg]
    return Event(1, "case", UTC, UTC, Operator("王小明"), action, item, payload, "0" * 64, "1" * 64)


def test_every_action_is_in_the_catalogue_with_a_label() -> None:
    assert set(CATALOGUE) == set(ACTIONS) == set(ACTION_LABELS)
    for action, kind in CATALOGUE.items():
        assert kind.action == action and kind.payload


def test_the_item_history_and_the_bundle_say_the_same_sentence() -> None:
    payload = {"old": "other", "new": "account_profile"}
    words = PlainWords("en")
    assert event_sentence(_event("category_changed", payload), words) == (
        "Category: Other → Account profile"
    )
    assert event_sentence(_event("category_changed", payload), words, within_item=True) == (
        "Category: Other → Account profile"
    )
    added = _event("item_added", {"number": "E001", "category": "post"})
    assert event_sentence(added, words) == "E001 as Post"
    assert event_sentence(added, words, within_item=True) == "Added as Post"
    assert event_sentence(added, PlainWords("zh_CN"), within_item=True) == "加入时的类别：帖子"


def test_an_action_of_a_newer_version_reads_without_json() -> None:
    text = event_sentence(_event("sealed", {"by": "court", "ids": [1, 2]}), PlainWords("en"))
    assert text == "by: court; ids: 1, 2"
    assert log_summary(_event("sealed", {"by": "court"})) == '{"by": "court"}'


def test_the_terminal_keeps_the_stored_keys() -> None:
    event = _event("category_changed", {"old": "other", "new": "account_profile"})
    assert log_summary(event) == "other → account_profile"


@pytest.mark.parametrize(
    "template",
    ["Category: {old} → {new}", "{role}: {name}, {size}, SHA-256 {sha256}…", "Reason: {reason}"],
)
def test_custody_sentences_are_written_in_one_module_only(template: str) -> None:
    package = Path(evidence_app.__file__).parent
    holders = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if template in path.read_text("utf-8")
    ]
    assert holders == ["core/events.py"]
