"""The case store: items, numbering, fields, edits, withdrawal, blobs, metadata, schema."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from evidence_app.core.blobs import hash_file
from evidence_app.core.errors import NotFoundError, StorageError, UserError
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import Operator
from evidence_app.core.store import DB_NAME, CaseStore, NewFile
from tests.core.helpers import make_jpeg_with_exif, make_png, make_png_bomb


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    with CaseStore(data_dir, Operator("张三", "owner")) as s:
        yield s


def test_case_and_items_are_numbered_and_never_reuse_numbers(
    store: CaseStore, tmp_path: Path
) -> None:
    case = store.create_case("网暴案", owner="张三", description="自2025年10月起")
    a = store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.com/1"},
        [NewFile.from_path(make_png(tmp_path / "a.png"))],
    )
    b = store.add_item(
        case.id, "comment", {}, [NewFile.from_path(make_png(tmp_path / "b.png", color="red"))]
    )
    assert (a.number, b.number) == ("E001", "E002")
    store.withdraw_item(case.id, "E002", "duplicate")
    c = store.add_item(
        case.id, "other", {}, [NewFile.from_path(make_png(tmp_path / "c.png", color="green"))]
    )
    assert c.number == "E003"
    assert store.get_item(case.id, "e002").withdrawn_reason == "duplicate"
    assert store.get_item(case.id, "E002").files[0].sha256 == b.files[0].sha256
    assert [i.number for i in store.list_items(case.id)] == ["E001", "E002", "E003"]
    assert verify_case(store, case.id).ok


def test_capture_time_has_microseconds_offset_and_zone(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    item = store.add_item(case.id, "other", {}, [NewFile.from_path(make_png(tmp_path / "a.png"))])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", item.captured_utc)
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d \S.*", item.captured_local
    )
    assert item.operator == Operator("张三", "owner")


def test_blobs_are_content_addressed_read_only_and_deduplicated(
    store: CaseStore, tmp_path: Path
) -> None:
    case = store.create_case("t")
    source = make_png(tmp_path / "a.png")
    before = (source.read_bytes(), os.stat(source).st_mtime_ns, os.stat(source).st_mode)
    first = store.add_item(case.id, "other", {}, [NewFile.from_path(source)])
    second = store.add_item(case.id, "other", {}, [NewFile.from_path(source)])
    sha = first.files[0].sha256
    blob = store.blob_path(sha)
    assert blob == store.data_dir / "blobs" / sha[:2] / sha
    assert hash_file(blob) == (sha, source.stat().st_size)
    assert not os.stat(blob).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert second.files[0].sha256 == sha
    assert len([p for p in (store.data_dir / "blobs" / sha[:2]).iterdir()]) == 1
    # the source is never moved, changed or touched
    assert (source.read_bytes(), os.stat(source).st_mtime_ns, os.stat(source).st_mode) == before
    assert not list((store.data_dir / "blobs" / ".tmp").iterdir())


def test_edits_are_events_with_old_and_new(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    item = store.add_item(
        case.id,
        "post",
        {"account_name": "水军1号"},
        [NewFile.from_path(make_png(tmp_path / "a.png"))],
    )
    store.edit_fields(case.id, item.number, {"account_name": "水军2号", "views": "1.2万"})
    store.edit_fields(case.id, item.number, {"views": ""})  # clearing is an edit too
    edits = [e.payload for e in store.events(case.id, item.id) if e.action == "field_edited"]
    assert edits == [
        {"key": "account_name", "old": "水军1号", "new": "水军2号"},
        {"key": "views", "old": None, "new": "1.2万"},
        {"key": "views", "old": "1.2万", "new": None},
    ]
    assert store.get_item(case.id, item.id).fields == {"account_name": "水军2号"}
    assert verify_case(store, case.id).ok


def test_every_event_names_operator_and_role(data_dir: Path, tmp_path: Path) -> None:
    with CaseStore(data_dir, Operator("Owner A", "owner")) as owner:
        case = owner.create_case("t")
        item = owner.add_item(
            case.id, "post", {}, [NewFile.from_path(make_png(tmp_path / "a.png"))]
        )
    with CaseStore(data_dir, Operator("李律师", "lawyer")) as lawyer:
        lawyer.edit_fields(case.id, item.id, {"purpose": "证明诽谤内容被广泛传播"})
        events = lawyer.events(case.id)
    assert [(e.action, e.operator.name, e.operator.role) for e in events] == [
        ("case_created", "Owner A", "owner"),
        ("item_added", "Owner A", "owner"),
        ("file_stored", "Owner A", "owner"),
        ("field_edited", "李律师", "lawyer"),
    ]


def test_unknown_category_field_or_role_is_refused_before_anything_is_stored(
    store: CaseStore, tmp_path: Path, data_dir: Path
) -> None:
    case = store.create_case("t")
    source = make_png(tmp_path / "a.png")
    with pytest.raises(UserError, match="Unknown category"):
        store.add_item(case.id, "rumour", {}, [NewFile.from_path(source)])
    with pytest.raises(UserError, match="Unknown field “follower_count”"):
        store.add_item(case.id, "post", {"follower_count": "3"}, [NewFile.from_path(source)])
    with pytest.raises(UserError, match="Unknown role"):
        CaseStore(data_dir, Operator("x", "judge"))
    assert store.list_items(case.id) == []
    assert not any((store.data_dir / "blobs").glob("??/*"))


def test_lookup_errors_are_clear(store: CaseStore) -> None:
    with pytest.raises(NotFoundError, match="no case “nope”"):
        store.get_case("nope")
    case = store.create_case("t")
    with pytest.raises(NotFoundError, match="no item “E009”"):
        store.get_item(case.id, "E009")
    assert store.get_case(case.id[:6]).id == case.id


def test_png_and_jpeg_metadata_with_exif(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    png = store.add_item(
        case.id, "other", {}, [NewFile.from_path(make_png(tmp_path / "a.png", (120, 90)))]
    )
    jpeg = store.add_item(
        case.id, "other", {}, [NewFile.from_path(make_jpeg_with_exif(tmp_path / "p.jpg"))]
    )
    assert png.files[0].mime == "image/png"
    assert png.files[0].meta["image"]["width"] == 120
    assert png.files[0].meta["image"]["height"] == 90
    image = jpeg.files[0].meta["image"]
    assert jpeg.files[0].mime == "image/jpeg"
    assert image["format"] == "JPEG"
    assert image["taken_at"] == "2025:10:01 12:34:56"
    assert image["taken_at_offset"] == "+08:00"
    assert image["device"] == "Xiaomi Redmi K70"


def test_undecodable_images_are_stored_and_flagged(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    truncated = tmp_path / "truncated.png"
    full = make_png(tmp_path / "full.png", (400, 400), "purple").read_bytes()
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.effect_noise((400, 400), 80).save(buffer, format="PNG")
    truncated.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    fake = tmp_path / "fake.png"
    fake.write_text("this is not a picture", "utf-8")
    items = store.import_files(case.id, [truncated, fake])
    assert full  # the untruncated one decodes; the halves do not
    for item, source in zip(items, [truncated, fake], strict=True):
        stored = item.files[0]
        assert stored.meta["image"]["undecodable"] is True
        assert stored.meta["image"]["reason"]
        assert hash_file(store.blob_path(stored.sha256))[0] == hash_file(source)[0]
    assert items[1].files[0].mime == "image/png"  # by name: content sniffing found nothing


def test_decompression_bomb_is_stored_but_never_decoded(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    bomb = make_png_bomb(tmp_path / "bomb.png")
    item = store.add_item(case.id, "other", {}, [NewFile.from_path(bomb)])
    image = item.files[0].meta["image"]
    assert (image["width"], image["height"]) == (30_000, 30_000)
    assert image["too_large_to_decode"] is True
    assert "safety limit" in image["reason"]


def test_symlink_is_stored_as_target_bytes_and_recorded(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    target = make_png(tmp_path / "real.png")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    item = store.add_item(case.id, "other", {}, [NewFile.from_path(link)])
    stored = item.files[0]
    assert stored.sha256 == hash_file(target)[0]
    assert stored.name == "link.png"
    assert stored.meta["symlink"] == str(target)
    assert stored.meta["resolved_path"] == str(target.resolve())
    assert link.is_symlink()


def test_non_utf8_file_name(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    raw = os.fsencode(tmp_path) + b"/\xff\xfe-evidence.png"
    make_png(Path(os.fsdecode(raw)))
    item = store.add_item(case.id, "other", {}, [NewFile.from_path(Path(os.fsdecode(raw)))])
    stored = item.files[0]
    assert stored.name == "\ufffd\ufffd-evidence.png"
    assert stored.meta["source_name_bytes_hex"] == b"\xff\xfe-evidence.png".hex()
    assert verify_case(store, case.id).ok


def test_sqlite_is_wal_with_schema_version(store: CaseStore, data_dir: Path) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = store.schema_version()
    assert version >= 1
    store.close()
    with CaseStore(data_dir) as again:  # reopening migrates nothing and keeps the version
        assert again.schema_version() == version


def test_newer_schema_is_refused_with_a_clear_sentence(data_dir: Path) -> None:
    CaseStore(data_dir).close()
    db = sqlite3.connect(data_dir / DB_NAME)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(StorageError, match="newer version of Evidence App"):
        CaseStore(data_dir)


def test_migration_from_an_empty_database(data_dir: Path) -> None:
    sqlite3.connect(data_dir / DB_NAME).close()  # version 0: no tables at all
    with CaseStore(data_dir) as store:
        assert store.schema_version() >= 1
        assert store.create_case("t").title == "t"


@pytest.mark.parametrize("direct", [True, False])
def test_multi_chunk_copies_are_byte_identical(
    direct: bool, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both copy paths: unbuffered direct I/O (Linux) and buffered I/O (macOS, Windows, and file
    systems without O_DIRECT)."""
    from evidence_app.core import blobs

    if direct and not blobs._O_DIRECT:
        pytest.skip("this platform has no O_DIRECT")
    if not direct:
        monkeypatch.setattr(blobs, "_O_DIRECT", 0)
    source = tmp_path / "odd.bin"
    source.write_bytes(os.urandom(2 * blobs.CHUNK_SIZE + 4096 * 3 + 123))
    store = blobs.BlobStore(data_dir / "blobs")
    fd, temp, used_direct = store._new_temp()
    os.close(fd)
    temp.unlink()
    assert used_direct is direct
    info = store.put_file(source)
    assert info.size == source.stat().st_size
    assert store.path_for(info.sha256).read_bytes() == source.read_bytes()


def test_forward_migration_keeps_existing_evidence(data_dir: Path, tmp_path: Path) -> None:
    """A data directory at schema 1 (as the first release wrote it) opens at the current schema
    with every case, item and event intact."""
    from evidence_app.core.store import SCHEMA_VERSION

    assert SCHEMA_VERSION >= 2
    with CaseStore(data_dir) as store:
        case = store.create_case("旧案件")
        store.add_item(
            case.id,
            "post",
            {"url": "https://x.test"},
            [NewFile.from_path(make_png(tmp_path / "a.png"))],
        )
        head = store.head(case.id)
        # take the file back to schema 1: what migrations 2 and 3 add is not there yet
        store.db.execute("DROP TABLE held_receipts")
        store.db.execute("DROP INDEX events_action")
        _drop_case_details(store)
        store.db.execute("UPDATE schema_version SET version = 1")
    with CaseStore(data_dir) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.held_receipts(case.id) == []
        assert [i.number for i in store.list_items(case.id)] == ["E001"]
        assert store.head(case.id) == head
        assert verify_case(store, case.id).ok


def _drop_case_details(store: CaseStore) -> None:
    from evidence_app.core.model import CASE_DETAILS

    for column in CASE_DETAILS:
        store.db.execute(f"ALTER TABLE cases DROP COLUMN {column}")


def test_migration_3_gives_an_old_case_its_zone_and_empty_details(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case made at schema 2 (no zone, car, contact or parties) opens at schema 3: its times are
    printed in the zone it was created in (from ``created_local``), the new details are empty, it
    can be given them through ``case_edited`` events, and it still verifies."""
    from evidence_app.core.store import SCHEMA_VERSION

    assert SCHEMA_VERSION >= 3
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    with CaseStore(data_dir) as store:
        case = store.create_case("旧案件", "王小明", "经过")
        store.add_item(case.id, "post", {}, [NewFile.from_path(make_png(tmp_path / "a.png"))])
        head = store.head(case.id)
        _drop_case_details(store)
        store.db.execute("UPDATE schema_version SET version = 2")
    monkeypatch.setenv(
        "TZ", "Europe/Berlin"
    )  # the PC moved: the case keeps the zone it was made in
    with CaseStore(data_dir) as store:
        assert store.schema_version() == SCHEMA_VERSION
        old = store.get_case(case.id)
        assert (old.zone, old.car, old.contact, old.party_terms) == ("", "", "", "")
        assert old.zone_key == "Asia/Shanghai"
        assert store.head(case.id) == head
        changed = store.edit_case(
            case.id, car="蔚来 ES6 沪A·12345", respondent="车圈真相哥", party_terms="litigation"
        )
        assert changed.car == "蔚来 ES6 沪A·12345" and changed.respondent == "车圈真相哥"
        assert [e.payload["key"] for e in store.events(case.id)[-3:]] == [
            "car",
            "respondent",
            "party_terms",
        ]
        assert verify_case(store, case.id).ok


def test_case_details_are_events_and_the_zone_comes_from_the_pc(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    case = store.create_case("t", "王小明", "经过", contact="138 0000 0000", claimant="王小明")
    assert case.zone == "Asia/Shanghai" and case.contact == "138 0000 0000"
    assert store.events(case.id)[0].payload["zone"] == "Asia/Shanghai"
    moved = store.edit_case(case.id, zone="Europe/Berlin")
    assert moved.zone == "Europe/Berlin"
    assert store.events(case.id)[-1].payload == {
        "key": "zone",
        "old": "Asia/Shanghai",
        "new": "Europe/Berlin",
    }
    with pytest.raises(UserError):
        store.edit_case(case.id, zone="Mars/Olympus")
    with pytest.raises(UserError):
        store.create_case("t", party_terms="court")
    assert verify_case(store, case.id).ok
    assert case.as_dict()["contact"] == "138 0000 0000"


def test_platform_follows_the_url_unless_given(store: CaseStore, tmp_path: Path) -> None:
    case = store.create_case("t")
    png = NewFile.from_path(make_png(tmp_path / "a.png"))
    weibo = store.add_item(case.id, "post", {"url": "https://weibo.com/7788990011/NdEFgH"}, [png])
    given = store.add_item(
        case.id, "post", {"url": "https://weibo.com/1", "platform": "新浪"}, [png]
    )
    later = store.add_item(case.id, "post", {}, [png])
    store.edit_fields(case.id, later.id, {"url": "https://www.douyin.com/video/123"})
    assert weibo.fields["platform"] == "Weibo"
    assert given.fields["platform"] == "新浪"
    assert store.get_item(case.id, later.id).fields["platform"] == "Douyin"
    edits = [
        e.payload["key"] for e in store.events(case.id, later.id) if e.action == "field_edited"
    ]
    assert sorted(edits) == ["platform", "url"]  # the derived value is an edit of its own, logged
    assert verify_case(store, case.id).ok


def test_writers_in_one_process_take_turns_without_sqlite_waiting(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI thread and the workers each open their own store: the process-wide writer lock
    lines their writes up, so none of them meets SQLite's "database is locked" even with SQLite's
    own waiting turned off, and the custody log stays one unbroken chain."""
    import threading

    from evidence_app.core import store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 0)
    with CaseStore(data_dir) as first:
        case = first.create_case("busy")
    errors: list[BaseException] = []
    start = threading.Barrier(4, timeout=60)

    def writer(n: int) -> None:
        try:
            with CaseStore(data_dir, Operator(f"worker {n}", "support")) as own:
                start.wait()  # all four write at once
                for k in range(40):
                    item = own.add_item(case.id, "post", {"notes": f"{n}-{k}"})
                    own.edit_fields(case.id, item.id, {"likes": str(k)})
        except BaseException as error:  # reported below; the others stop waiting for this one
            errors.append(error)
            start.abort()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    with CaseStore(data_dir) as check:
        items = check.list_items(case.id)
        assert len(items) == 160
        assert sorted(i.number for i in items) == [f"E{n:03d}" for n in range(1, 161)]
        assert verify_case(check, case.id).ok


def test_a_nul_character_names_the_field_in_words_in_both_languages(store: CaseStore) -> None:
    from evidence_app.core.errors import UserError

    case = store.create_case("t")
    with pytest.raises(UserError) as refused:
        store.add_item(case.id, "account_profile", {"account_name": "车圈\x00真相"})
    assert refused.value.message("en").startswith("“Account name” contains a NUL character")
    assert refused.value.message("zh_CN").startswith("“账号名称”里有一个空字符")
    assert store.list_items(case.id) == []


def test_a_field_too_long_says_the_limit_and_the_length_in_both_languages(
    store: CaseStore,
) -> None:
    from evidence_app.core.errors import UserError
    from evidence_app.core.fields import MAX_FIELD_LENGTH

    case = store.create_case("t")
    with pytest.raises(UserError) as refused:
        store.add_item(case.id, "account_profile", {"account_name": "水" * 3_512 * 60})
    assert refused.value.message("en") == (
        "“Account name” can hold at most 200,000 characters; it now has 210,720. "
        "Please delete what goes beyond."
    )
    assert refused.value.message("zh_CN") == (
        "“账号名称”最多 200,000 个字符，现在是 210,720 个。请删去多余的部分。"
    )
    assert store.list_items(case.id) == []
    item = store.add_item(case.id, "account_profile", {"account_name": "水" * MAX_FIELD_LENGTH})
    assert len(item.fields["account_name"]) == MAX_FIELD_LENGTH
