"""Case packages made by a hostile hand: reordered chain, a second copy of a member, a member
named ../../x. Refused (or the stray member ignored), nothing written outside the data folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from evidence_app.core.package import PackageError, pack_case, unpack_package
from tests.core.test_package import owner_case, sides  # noqa: F401 - fixtures


def _members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def _write(path: Path, members: list[tuple[str, bytes]]) -> Path:
    import warnings

    with warnings.catch_warnings():  # zipfile warns about the duplicate name we add on purpose
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as z:
            for name, data in members:
                z.writestr(name, data)
    return path


def test_reordered_chain_and_second_copy_of_a_blob_are_refused(
    sides,  # noqa: F811 - the fixture imported above
    owner_case,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)
    members = _members(good.path)

    reordered = []
    for name, data in members:
        if name == "custody-log.json":
            events = json.loads(data)
            events[1], events[2] = events[2], events[1]
            data = json.dumps(events).encode()
        reordered.append((name, data))
    with pytest.raises(PackageError, match="changed after it was signed"):
        unpack_package(support.store, _write(tmp_path / "reordered.evcase", reordered))

    blob = next(name for name, _ in members if name.startswith("blobs/"))
    doubled = [*members, (blob, b"other bytes under the same name")]
    with pytest.raises(PackageError):
        unpack_package(support.store, _write(tmp_path / "doubled.evcase", doubled))
    assert support.store.list_cases() == []
    assert not any((support.dir / "blobs").glob("??/*"))


def test_a_member_named_to_climb_out_is_never_written(sides, owner_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    owner, support = sides
    good = pack_case(owner.store, owner_case, tmp_path / "good.evcase", owner.signer)
    outside = support.dir.parent / "x"
    slip = [
        *_members(good.path),
        ("../x", b"pwned"),
        ("blobs/../../x", b"pwned"),
        ("/tmp/x-absolute", b"pwned"),
    ]
    result = unpack_package(support.store, _write(tmp_path / "slip.evcase", slip))
    assert result.case_id == owner_case  # only the signed manifest's members are read
    assert not outside.exists() and not (support.dir / "x").exists()
    assert not Path("/tmp/x-absolute").exists()
    stored = sorted(p.name for p in (support.dir / "blobs").glob("??/*"))
    assert len(stored) == 2 and all(len(name) == 64 for name in stored)
