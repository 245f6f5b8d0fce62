"""Owner-only data (core/private.py): a new data directory is 0700 with 0600 files (blobs 0400);
an older one, open to other accounts, is tightened on the first start and the log says so."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from evidence_app.core.private import tighten
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore
from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def loose_modes(data_dir: Path) -> list[str]:
    """Every folder and file under *data_dir* (itself included) that is not owner-only."""
    found = []
    for path in [data_dir, *data_dir.rglob("*")]:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            continue
        mode = stat.S_IMODE(st.st_mode)
        wanted = (0o700,) if stat.S_ISDIR(st.st_mode) else (0o600, 0o400)
        if mode not in wanted:
            found.append(f"{oct(mode)} {path.relative_to(data_dir.parent)}")
    return found


def test_a_new_data_directory_and_everything_in_it_is_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "data"
    passphrase = {"EVIDENCE_APP_KEY_PASSPHRASE": "correct horse"}
    case_id = run_cli(["case", "new", "--title", "私密"], data).lines[0]
    source = tmp_path / "id-card.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
    assert run_cli(["add", "file", case_id, str(source)], data).code == 0
    assert run_cli(["key", "new", "--name", "车主"], data, env=passphrase).code == 0
    Settings(operator_name="车主").save(data)
    out = tmp_path / "for-the-lawyer" / "bundle.pdf"
    out.parent.mkdir()
    exported = run_cli(["export", case_id, "--out", str(out)], data, env=passphrase)
    assert exported.code == 0, exported.err

    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    names = {path.name for path in data.rglob("*")}
    assert {"cases.sqlite", "settings.json", "key.pem", "cert.pem"} <= names, names
    assert not loose_modes(data)
    # The bundle is for someone else: it has the ordinary permissions of the owner's files.
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_an_open_data_directory_is_tightened_on_first_start_and_logged(tmp_path: Path) -> None:
    data = tmp_path / "old"
    with CaseStore(data) as store:
        store.import_files(store.create_case("old case").id, [_file(tmp_path)])
    # What an older version left: 0755 folders, 0644 files, 0444 blobs.
    for path in [data, *data.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
        elif path.stat().st_mode & stat.S_IWUSR:
            path.chmod(0o644)
        else:
            path.chmod(0o444)
    assert loose_modes(data)

    listed = run_cli(["case", "list"], data)
    assert listed.code == 0 and listed.err == ""
    assert not loose_modes(data)
    blobs = [p for p in (data / "blobs").rglob("*") if p.is_file()]
    assert blobs and all(stat.S_IMODE(p.stat().st_mode) == 0o400 for p in blobs)
    log = (data / "logs" / "app.log").read_text("utf-8")
    assert "was open to other accounts" in log and str(data) in log
    # Once private, the next start neither walks the folder again nor logs it again.
    assert run_cli(["case", "list"], data).code == 0
    assert (data / "logs" / "app.log").read_text("utf-8").count("open to other accounts") == 1


def test_tighten_leaves_links_and_reports_what_changed(tmp_path: Path) -> None:
    data = tmp_path / "d"
    (data / "sub").mkdir(parents=True)
    (data / "sub" / "f").write_bytes(b"x")
    (data / "sub" / "f").chmod(0o664)
    (data / "g").write_bytes(b"y")
    (data / "g").chmod(0o600)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"z")
    outside.chmod(0o644)
    (data / "link").symlink_to(outside)
    data.chmod(0o755)
    (data / "sub").chmod(0o775)
    assert tighten(data) == 3  # data, sub, sub/f; g was private already
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link's target is not ours to change
    assert not loose_modes(data)


def _file(folder: Path) -> Path:
    path = folder / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff" + os.urandom(2000))
    return path
