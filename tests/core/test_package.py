"""Case packages between an owner and a support worker on two data directories."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from evidence_app.core.identity import create_identity, load_signer
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import Operator
from evidence_app.core.package import (
    DivergedError,
    PackageError,
    open_package,
    pack_case,
    unpack_package,
)
from evidence_app.core.receipts import import_receipt, read_receipt, write_receipt
from evidence_app.core.review import give_verdict, mark_item, recapture_extra, review_state
from evidence_app.core.store import CaseStore, NewFile
from tests.core.helpers import make_png

PASS = b"correct horse"


class Side:
    """One person's PC: a data directory, a store, a signing identity."""

    def __init__(self, root: Path, name: str, role: str) -> None:
        self.dir = root / name
        self.operator = Operator(name, role)
        self.store = CaseStore(self.dir, self.operator)
        create_identity(self.dir, name, PASS)
        self.signer = load_signer(self.dir, PASS, name)

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def sides(tmp_path: Path):  # type: ignore[no-untyped-def]
    owner = Side(tmp_path, "张车主", "owner")
    support = Side(tmp_path, "王客服", "support")
    yield owner, support
    owner.close()
    support.close()


@pytest.fixture
def owner_case(sides, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    owner, _ = sides
    case = owner.store.create_case("网暴案", owner="张车主")
    owner.store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.com/1"},
        [NewFile.from_path(make_png(tmp_path / "a.png"))],
    )
    owner.store.add_item(
        case.id,
        "account_profile",
        {},
        [NewFile.from_path(make_png(tmp_path / "b.png", color="red"))],
    )
    return case.id


def test_round_trip_keeps_one_chain(sides, owner_case: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    first = pack_case(owner.store, owner_case, tmp_path / "to-support.evcase", owner.signer)
    received = unpack_package(support.store, first.path)
    assert received.mode == "new" and received.case_id == owner_case
    assert verify_case(support.store, owner_case).ok
    support.store.edit_fields(owner_case, "E001", {"account_id": "uid-778", "purpose": "证明诽谤"})
    mark_item(support.store, owner_case, "E002", "needs_recapture", "主页截图缺少IP属地")
    give_verdict(support.store, owner_case, "not_yet", "缺少浏览量")
    back = pack_case(support.store, owner_case, tmp_path / "to-owner.evcase", support.signer)
    result = unpack_package(owner.store, back.path)
    assert result.mode == "extended" and result.imported_events > 0
    owner_events = owner.store.events(owner_case)
    support_events = support.store.events(owner_case)
    assert [e.hash for e in owner_events[: len(support_events)]] == [e.hash for e in support_events]
    assert verify_case(owner.store, owner_case).ok and verify_case(support.store, owner_case).ok
    item = owner.store.get_item(owner_case, "E001")
    assert item.fields["account_id"] == "uid-778"
    assert (
        owner.store.get_item(owner_case, "E002").files
        == support.store.get_item(owner_case, "E002").files
    )
    state = review_state(owner.store, owner_case)
    assert [m.number for m in state.open_requests] == ["E002"]
    assert state.verdict is not None and state.verdict.verdict == "not_yet"
    # the owner recaptures: the new item closes the request
    extra = recapture_extra(owner.store, owner_case, "E002")
    owner.store.add_item(
        owner_case,
        "account_profile",
        {},
        [NewFile.from_path(make_png(tmp_path / "c.png", color="green"))],
        extra=extra,
    )
    assert review_state(owner.store, owner_case).open_requests == []
    assert review_state(owner.store, owner_case).marks[0].closed_by == "E003"
    # the same package again: everything in it is here already; nothing changes, nothing logged
    head = owner.store.head(owner_case)
    again = unpack_package(owner.store, back.path)
    assert again.mode == "already" and again.imported_events == 0 and again.earlier_receipt
    assert owner.store.head(owner_case) == head


def test_only_reviewers_mark(sides, owner_case: str) -> None:  # type: ignore[no-untyped-def]
    owner, _ = sides
    with pytest.raises(Exception, match="Only support staff and lawyers"):
        mark_item(owner.store, owner_case, "E001", "reviewed")


def test_divergent_edits_are_refused_and_importable_as_copy(
    sides, owner_case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    unpack_package(
        support.store, pack_case(owner.store, owner_case, tmp_path / "a.evcase", owner.signer).path
    )
    owner.store.edit_fields(owner_case, "E001", {"views": "1.2万"})
    support.store.edit_fields(owner_case, "E001", {"views": "9000"})
    back = pack_case(support.store, owner_case, tmp_path / "b.evcase", support.signer)
    before = [e.hash for e in owner.store.events(owner_case)]
    with pytest.raises(DivergedError) as refused:
        unpack_package(owner.store, back.path)
    message = refused.value.message()
    assert "changed after event" in message and "“Detail changed” by 张车主 (Owner)" in message
    assert "“Case package received” by 王客服 (Support staff)" in message
    assert [e.hash for e in owner.store.events(owner_case)] == before
    copy = unpack_package(owner.store, back.path, as_copy=True)
    assert copy.mode == "copy" and copy.case_id != owner_case
    assert owner.store.get_item(copy.case_id, "E001").fields["views"] == "9000"
    assert owner.store.get_item(owner_case, "E001").fields["views"] == "1.2万"
    assert verify_case(owner.store, copy.case_id).ok and verify_case(owner.store, owner_case).ok


def _rewrite(package: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info, data)
    return out


def _flip_blob(name: str, data: bytes) -> bytes:
    if name.startswith("blobs/"):
        return data[:40] + bytes([data[40] ^ 1]) + data[41:]
    return data


def _drop_event(name: str, data: bytes) -> bytes:
    if name == "custody-log.json":
        events = json.loads(data)
        del events[3]
        return json.dumps(events).encode()
    return data


def _change_field(name: str, data: bytes) -> bytes:
    if name == "custody-log.json":
        return data.replace(b"https://weibo.com/1", b"https://weibo.com/2")
    return data


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_flip_blob, "damaged"),
        (_drop_event, "custody-log.json in the package was changed after it was signed"),
        (_change_field, "custody-log.json in the package was changed after it was signed"),
    ],
)
def test_tampered_package_is_refused_and_changes_nothing(
    sides, owner_case: str, tmp_path: Path, change, reason: str
) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)
    bad = _rewrite(good.path, tmp_path / "bad.evcase", change)
    with pytest.raises(PackageError, match=reason):
        unpack_package(support.store, bad)
    assert support.store.list_cases() == []
    assert not any((support.dir / "blobs").glob("??/*"))


def test_swapped_signature_is_refused(sides, owner_case: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)
    manifest = zipfile.ZipFile(good.path).read("manifest.json")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    forged_sig = support.signer.key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]

    def swap(name: str, data: bytes) -> bytes:
        if name == "manifest.sig":
            return forged_sig
        if name == "sender-cert.pem":
            return support.signer.identity.cert_pem()
        return data

    with pytest.raises(
        PackageError, match=r"signed by a key .* other than the one its custody log records"
    ):
        unpack_package(support.store, _rewrite(good.path, tmp_path / "swapped.evcase", swap))

    def only_signature(name: str, data: bytes) -> bytes:
        return forged_sig if name == "manifest.sig" else data

    with pytest.raises(PackageError, match="signature does not match its manifest"):
        open_package(_rewrite(good.path, tmp_path / "sig.evcase", only_signature))
    assert support.store.list_cases() == []


def test_not_a_package(tmp_path: Path, data_dir: Path) -> None:
    junk = tmp_path / "x.evcase"
    junk.write_bytes(b"PK\x03\x04 not really")
    with CaseStore(data_dir) as store, pytest.raises(PackageError, match="is not a case package"):
        unpack_package(store, junk)


def test_receipt_round_trip(sides, owner_case: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    package = pack_case(owner.store, owner_case, tmp_path / "p.evcase", owner.signer)
    result = unpack_package(support.store, package.path)
    receipt_path = write_receipt(
        tmp_path / "receipt.json",
        kind="package",
        file_name=package.path.name,
        sha256=result.package.sha256,
        case_id=owner_case,
        case_title="网暴案",
        verification={"ok": True},
        receiver=support.operator,
        signer=support.signer,
    )
    assert receipt_path.content["file"]["sha256"] == package.sha256
    event = import_receipt(owner.store, owner_case, tmp_path / "receipt.json", now=True)
    assert event is not None and event.action == "receipt_imported"
    assert event.payload["receipt"]["receipt"]["receiver"]["name"] == "王客服"
    assert verify_case(owner.store, owner_case).ok
    tampered = json.loads((tmp_path / "receipt.json").read_text("utf-8"))
    tampered["receipt"]["verification"]["ok"] = False
    (tmp_path / "bad.json").write_text(json.dumps(tampered), "utf-8")
    with pytest.raises(Exception, match="signature does not match"):
        read_receipt(tmp_path / "bad.json")


def test_receipt_imported_while_the_case_is_away_waits_for_the_reply(
    sides, owner_case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Importing the receipt before the reply comes back must not fork the owner's copy."""
    owner, support = sides
    package = pack_case(owner.store, owner_case, tmp_path / "p.evcase", owner.signer)
    result = unpack_package(support.store, package.path)
    write_receipt(
        tmp_path / "receipt.json",
        kind="package",
        file_name=package.path.name,
        sha256=result.package.sha256,
        case_id=owner_case,
        case_title="网暴案",
        verification={"ok": True},
        receiver=support.operator,
        signer=support.signer,
    )
    head = owner.store.head(owner_case)
    assert import_receipt(owner.store, owner_case, tmp_path / "receipt.json") is None  # held
    assert owner.store.head(owner_case) == head and len(owner.store.held_receipts(owner_case)) == 1
    support.store.edit_fields(owner_case, "E001", {"account_id": "uid-1"})
    back = pack_case(support.store, owner_case, tmp_path / "back.evcase", support.signer)
    assert unpack_package(owner.store, back.path).mode == "extended"
    actions = [e.action for e in owner.store.events(owner_case)]
    assert actions[-2:] == ["received", "receipt_imported"]
    assert owner.store.held_receipts(owner_case) == []
    assert verify_case(owner.store, owner_case).ok


def test_the_same_package_twice_says_when_it_was_opened_and_changes_nothing(
    sides, owner_case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.core.package_words import already_text

    owner, support = sides
    first = pack_case(owner.store, owner_case, tmp_path / "网暴案.evcase", owner.signer)
    unpack_package(support.store, first.path)
    [received] = [e for e in support.store.events(owner_case) if e.action == "received"]
    head = support.store.head(owner_case)
    again = unpack_package(support.store, first.path)
    assert (again.mode, again.imported_events, again.case_id) == ("already", 0, owner_case)
    assert again.earlier_receipt == received.at_utc
    assert support.store.head(owner_case) == head  # not even a "received" event
    case = support.store.get_case(owner_case)
    text = already_text(again, case)
    assert "You opened this same package on" in text and "Nothing was imported" in text
    from evidence_app.core.i18n import set_language

    set_language("zh_CN")
    try:
        zh = already_text(again, case)
    finally:
        set_language("en")
    assert "网暴案" in zh and "opened" not in zh
    # an older package (the owner went on and sent the first one again by mistake) is no error
    support.store.edit_fields(owner_case, "E001", {"purpose": "证明诽谤"})
    older = unpack_package(support.store, first.path)
    assert older.mode == "already" and older.local_events == head[0] + 1
    assert support.store.head(owner_case)[0] == head[0] + 1


def test_a_package_of_a_newer_version_says_to_update(
    sides, owner_case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)

    def newer(name: str, data: bytes) -> bytes:
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["format"], manifest["app_version"] = "evidence-case/2", "9.1.0"
            return json.dumps(manifest).encode()
        return data

    with pytest.raises(PackageError, match=r"newer version of Evidence App \(9\.1\.0\)"):
        unpack_package(support.store, _rewrite(good.path, tmp_path / "new.evcase", newer))
    assert support.store.list_cases() == []


def test_refusals_read_in_chinese(sides, owner_case: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every refusal of a package is a translated sentence (a damaged file, not a package, the
    two copies split: the events named in the reader's words, never as action keys)."""
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)
    junk = tmp_path / "x.evcase"
    junk.write_bytes(b"PK\x03\x04 not really")
    refusals = []
    for path in (_rewrite(good.path, tmp_path / "bad.evcase", _flip_blob), junk):
        with pytest.raises(PackageError) as refused:
            unpack_package(support.store, path)
        refusals.append(refused.value)
    unpack_package(support.store, good.path)
    owner.store.edit_fields(owner_case, "E001", {"views": "1.2万"})
    newer = pack_case(owner.store, owner_case, tmp_path / "newer.evcase", owner.signer)
    # The owner went on after sending: support only opened the first package since.
    with pytest.raises(DivergedError) as went_on:
        unpack_package(support.store, newer.path)
    english = went_on.value.message("en")
    assert "张车主 changed the case after sending the package you opened on" in english, english
    assert "nothing of yours is lost" in english
    refusals.append(went_on.value)
    # Support changed the case too: the split is named event by event, in words.
    support.store.edit_fields(owner_case, "E001", {"views": "9000"})
    with pytest.raises(DivergedError) as diverged:
        unpack_package(support.store, newer.path)
    english = diverged.value.message("en")
    assert "“Case package received” by 王客服 (Support staff) on" in english, english
    # asked for in Chinese while English is current: the events' words follow the asked language
    assert "客服人员" in diverged.value.message("zh_CN") and "received" not in (
        diverged.value.message("zh_CN")
    )
    refusals.append(diverged.value)
    from evidence_app.core.i18n import set_language

    set_language("zh_CN")
    try:
        chinese = [error.message() for error in refusals]
    finally:
        set_language("en")
    for error, text in zip(refusals, chinese, strict=True):
        assert text != error.message("en") and any("\u4e00" <= c <= "\u9fff" for c in text)
    assert "张车主" in chinese[2] and "changed" not in chinese[2]
    assert "客服人员" in chinese[3] and "received" not in chinese[3]
    assert "field_edited" not in chinese[3]


@pytest.mark.parametrize("part", ["manifest.json", "custody-log.json", "case.json"])
def test_a_part_damaged_in_transit_is_a_sentence_not_a_crash(
    sides, owner_case: str, tmp_path: Path, part: str
) -> None:  # type: ignore[no-untyped-def]
    """Bytes of a compressed part overwritten (a download cut and patched, a bad disk): the ZIP
    cannot give it back, and the refusal names the part and says to ask for the package again."""
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)
    data = bytearray(good.path.read_bytes())
    with zipfile.ZipFile(good.path) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + 24] = b"x" * 24
    damaged = tmp_path / "damaged.evcase"
    damaged.write_bytes(bytes(data))
    with pytest.raises(PackageError) as refused:
        unpack_package(support.store, damaged)
    assert part in refused.value.message() and "Ask the sender" in refused.value.message()
    assert support.store.list_cases() == []


def test_events_of_a_newer_version_are_kept_and_said(
    sides, owner_case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A package from a newer version with a custody action this one does not know: imported
    verbatim (the chain still checks), and the outcome says what is not understood and why."""
    from evidence_app.core.package_words import unknown_text

    owner, support = sides
    # What a newer version might record; this version has no entry for it in its catalogue.
    owner.store.record_event(owner_case, "item_pinned", {"number": "E001"})
    package = pack_case(owner.store, owner_case, tmp_path / "newer.evcase", owner.signer)
    result = unpack_package(support.store, package.path)
    assert result.mode == "new" and result.unknown_actions == ("item_pinned",)
    assert "item_pinned" in [e.action for e in support.store.events(owner_case)]
    assert verify_case(support.store, owner_case).ok
    text = unknown_text(result)
    assert "1 kind(s) of custody event in the package are unknown to this version" in text
    assert "(item_pinned)" in text and "(0.1.0)" in text
    assert unknown_text(unpack_package(support.store, package.path)) == ""  # nothing new
