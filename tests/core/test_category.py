"""Changing an item's category: a custody event applied through the store's one apply path, so
that verify-case's replay, an import of events and a case package all agree with the state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from evidence_app.core.custody import ACTIONS, event_from_dict, event_hash
from evidence_app.core.errors import IntegrityError, UserError
from evidence_app.core.fields import (
    ACTION_LABELS,
    FILE_ROLE_LABELS,
    action_label,
    file_role_label,
    role_label,
)
from evidence_app.core.guide import DONE, MISSING, evaluate
from evidence_app.core.identity import load_signer
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import FILE_ROLES, Operator
from evidence_app.core.package import pack_case, unpack_package
from evidence_app.core.store import DB_NAME, CaseStore, NewFile
from tests.core.helpers import make_png

PASS = b"correct horse"


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    with CaseStore(data_dir, Operator("张三", "owner")) as s:
        yield s


def _imported_profile(store: CaseStore, tmp_path: Path) -> tuple[str, str]:
    """A case with a post by uid-42 and the poster's home page imported as a file ("other")."""
    case = store.create_case("网暴案")
    store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.com/1", "account_id": "uid-42"},
        [NewFile.from_path(make_png(tmp_path / "post.png"))],
    )
    profile = store.add_item(
        case.id,
        "other",
        {"account_id": "uid-42"},
        [NewFile.from_path(make_png(tmp_path / "profile.png", color="red"))],
    )
    return case.id, profile.id


def test_a_category_change_is_an_event_with_old_and_new(store: CaseStore, tmp_path: Path) -> None:
    case_id, item_id = _imported_profile(store, tmp_path)
    before = len(store.events(case_id))
    changed = store.set_category(case_id, "E002", "account_profile")
    assert changed.category == "account_profile"
    assert store.get_item(case_id, item_id).category == "account_profile"
    events = store.events(case_id)[before:]
    assert [(e.action, e.item, e.payload, e.operator) for e in events] == [
        (
            "category_changed",
            item_id,
            {"old": "other", "new": "account_profile"},
            Operator("张三", "owner"),
        )
    ]
    assert "category_changed" in ACTIONS
    report = verify_case(store, case_id)
    assert report.ok, [p.message() for p in report.problems]


def test_the_guide_counts_the_new_category(store: CaseStore, tmp_path: Path) -> None:
    case_id, _ = _imported_profile(store, tmp_path)
    assert evaluate(store, case_id).status("account_profiles").state == MISSING
    store.set_category(case_id, "E002", "account_profile")
    assert evaluate(store, case_id).status("account_profiles").state == DONE


def test_the_same_category_records_nothing(store: CaseStore, tmp_path: Path) -> None:
    case_id, _ = _imported_profile(store, tmp_path)
    before = store.head(case_id)
    assert store.set_category(case_id, "E002", "other").category == "other"
    assert store.head(case_id) == before


def test_unknown_category_and_withdrawn_item_are_refused(store: CaseStore, tmp_path: Path) -> None:
    case_id, _ = _imported_profile(store, tmp_path)
    before = store.head(case_id)
    with pytest.raises(UserError, match="Unknown category “rumour”"):
        store.set_category(case_id, "E002", "rumour")
    assert store.head(case_id) == before
    store.withdraw_item(case_id, "E002", "拍错了")
    withdrawn = store.head(case_id)
    with pytest.raises(UserError) as refused:
        store.set_category(case_id, "E002", "account_profile")
    assert str(refused.value) == "E002 is withdrawn; its category can no longer be changed."
    assert store.head(case_id) == withdrawn
    assert store.get_item(case_id, "E002").category == "other"


def test_verify_case_replays_the_change_and_notices_one_behind_its_back(
    store: CaseStore, tmp_path: Path
) -> None:
    case_id, item_id = _imported_profile(store, tmp_path)
    store.set_category(case_id, "E002", "account_profile")
    store.set_category(case_id, "E002", "harm_evidence")
    assert verify_case(store, case_id).ok
    with sqlite3.connect(store.data_dir / DB_NAME) as db:
        db.execute("UPDATE items SET category = 'post' WHERE id = ?", (item_id,))
    problems = verify_case(store, case_id).problems
    assert [(p.kind, p.item) for p in problems] == [("item_changed", "E002")]


def test_imported_events_replay_the_change(
    store: CaseStore, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    case_id, item_id = _imported_profile(store, tmp_path)
    store.set_category(case_id, "E002", "account_profile")
    with CaseStore(tmp_path_factory.mktemp("other"), Operator("王客服", "support")) as other:
        for item in store.list_items(case_id):
            for stored in item.files:
                other.blobs.put_file(store.blob_path(stored.sha256))
        other.import_events(store.events(case_id))
        assert other.get_item(case_id, item_id).category == "account_profile"
        assert other.get_item(case_id, item_id).fields == {"account_id": "uid-42"}
        assert verify_case(other, case_id).ok


def test_an_imported_change_to_an_unknown_category_imports_nothing(
    store: CaseStore, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    case_id, item_id = _imported_profile(store, tmp_path)
    events = store.events(case_id)
    last = events[-1]
    body = {
        **last.body(),
        "seq": last.seq + 1,
        "action": "category_changed",
        "item": item_id,
        "payload": {"old": "other", "new": "rumour"},
        "prev_hash": last.hash,
    }
    forged = event_from_dict({**body, "hash": event_hash(body)})  # a well-formed chain link
    with CaseStore(tmp_path_factory.mktemp("other"), Operator("王客服", "support")) as other:
        for item in store.list_items(case_id):
            for stored in item.files:
                other.blobs.put_file(store.blob_path(stored.sha256))
        with pytest.raises(IntegrityError, match="unknown category"):
            other.import_events([*events, forged])
        assert other.list_cases() == []


def test_a_case_package_carries_the_change(store: CaseStore, tmp_path: Path) -> None:
    case_id, item_id = _imported_profile(store, tmp_path)
    store.set_category(case_id, "E002", "account_profile")
    owner_signer = load_signer(store.data_dir, PASS, "张三")
    package = pack_case(store, case_id, tmp_path / "case.evcase", owner_signer)
    with CaseStore(tmp_path / "support", Operator("王客服", "support")) as support:
        received = unpack_package(support, package.path)
        assert received.mode == "new"
        assert support.get_item(case_id, item_id).category == "account_profile"
        assert verify_case(support, case_id).ok
        support.set_category(case_id, "E002", "harm_evidence")
        support_signer = load_signer(support.data_dir, PASS, "王客服")
        back = pack_case(support, case_id, tmp_path / "back.evcase", support_signer)
    assert unpack_package(store, back.path).mode == "extended"
    assert store.get_item(case_id, item_id).category == "harm_evidence"
    assert verify_case(store, case_id).ok


def test_every_action_and_file_role_has_words_in_both_languages() -> None:
    assert set(ACTION_LABELS) == set(ACTIONS)
    assert set(FILE_ROLE_LABELS) == set(FILE_ROLES)
    for action in ACTIONS:
        assert action_label(action, "zh_CN") != action_label(action, "en")
    assert action_label("field_edited", "en") == "Detail changed"
    assert file_role_label("full_page", "en") == "Whole page"
    assert file_role_label("window", "zh_CN") != "window"
    assert role_label("owner", "zh_CN") == "车主"
    assert action_label("from_a_newer_version") == "from_a_newer_version"
