"""Bad input through the real command line: one clear sentence, exit 2, and nothing lost."""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, Result, run_cli, run_cli_peak_memory, unprivileged_prefix
from tests.core.helpers import make_png


def snapshot(data_dir: Path, case_id: str) -> tuple[str, str, list[str]]:
    """What must not change: the case as shown, its log, and the set of blobs."""
    shown = run_cli(["case", "show", case_id, "--json"], data_dir).out
    log = run_cli(["log", case_id, "--json"], data_dir).out
    blobs = sorted(p.name for p in (data_dir / "blobs").glob("??/*"))
    return shown, log, blobs


@pytest.fixture
def case(data_dir: Path, tmp_path: Path) -> str:
    case_id = run_cli(["case", "new", "--title", "坏输入"], data_dir).lines[0]
    assert (
        run_cli(["add", "file", case_id, str(make_png(tmp_path / "keep.png"))], data_dir).code == 0
    )
    return case_id


def assert_refused(result: Result, needle: str) -> None:
    assert result.code == 2, (result.out, result.err)
    assert needle in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def assert_untouched(data_dir: Path, case_id: str, before: tuple[str, str, list[str]]) -> None:
    assert snapshot(data_dir, case_id) == before
    assert run_cli(["verify-case", case_id], data_dir).code == 0
    temp = data_dir / "blobs" / ".tmp"
    assert not temp.exists() or not list(temp.iterdir())


def test_missing_path_directory_empty_file(data_dir: Path, case: str, tmp_path: Path) -> None:
    before = snapshot(data_dir, case)
    empty = tmp_path / "empty.png"
    empty.touch()
    good = make_png(tmp_path / "good.png", color="yellow")
    assert_refused(
        run_cli(["add", "file", case, str(tmp_path / "nope.png")], data_dir), "does not exist"
    )
    assert_refused(
        run_cli(["add", "file", case, str(tmp_path)], data_dir), "is a folder, not a file"
    )
    # a bad path among good ones refuses the whole command before anything is stored
    assert_refused(
        run_cli(["add", "file", case, str(good), str(empty)], data_dir), "is empty (0 bytes)"
    )
    assert_untouched(data_dir, case, before)


def test_dangling_symlink_and_fifo(data_dir: Path, case: str, tmp_path: Path) -> None:
    before = snapshot(data_dir, case)
    dangling = tmp_path / "dangling.png"
    dangling.symlink_to(tmp_path / "gone.png")
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert_refused(
        run_cli(["add", "file", case, str(dangling)], data_dir),
        "link to something that does not exist",
    )
    assert_refused(run_cli(["add", "file", case, str(fifo)], data_dir), "is not a regular file")
    assert_untouched(data_dir, case, before)


def test_unreadable_file(data_dir: Path, case: str, tmp_path: Path) -> None:
    before = snapshot(data_dir, case)
    secret = make_png(tmp_path / "secret.png", color="black")
    secret.chmod(0)
    result = run_cli(["add", "file", case, str(secret)], data_dir, prefix=unprivileged_prefix())
    assert_refused(result, "cannot be read (permission denied)")
    assert_untouched(data_dir, case, before)


def test_read_only_data_directory(data_dir: Path, case: str, tmp_path: Path) -> None:
    before = snapshot(data_dir, case)
    modes = {}
    for path in [data_dir, *data_dir.rglob("*")]:
        modes[path] = path.stat().st_mode
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        result = run_cli(
            ["add", "file", case, str(make_png(tmp_path / "n.png"))],
            data_dir,
            prefix=unprivileged_prefix(),
        )
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    assert_refused(result, "cannot be written to")
    assert_untouched(data_dir, case, before)


def test_disk_full_during_copy(data_dir: Path, case: str, tmp_path: Path) -> None:
    """A file-size limit makes the blob write fail half-way, as a full disk would."""
    before = snapshot(data_dir, case)
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 << 20))
    limit = 1 << 20

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)}
    proc = subprocess.run(
        [sys.executable, "-m", "evidence_app", "add", "file", case, str(big)],
        capture_output=True,
        env=env,
        cwd=REPO,
        preexec_fn=limit_file_size,
        timeout=120,
    )
    result = Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())
    assert_refused(result, "is full; nothing was stored")
    assert_untouched(data_dir, case, before)


def test_unknown_field_and_category_store_nothing(
    data_dir: Path, case: str, tmp_path: Path
) -> None:
    before = snapshot(data_dir, case)
    png = str(make_png(tmp_path / "x.png", color="orange"))
    assert_refused(
        run_cli(["add", "file", case, png, "--field", "likes_count=5"], data_dir),
        "Unknown field “likes_count”",
    )
    assert_refused(
        run_cli(["add", "file", case, png, "--category", "gossip"], data_dir),
        "Unknown category “gossip”",
    )
    assert_untouched(data_dir, case, before)


def test_truncated_and_fake_png_are_stored_and_flagged(
    data_dir: Path, case: str, tmp_path: Path
) -> None:
    from PIL import Image

    noisy = tmp_path / "noisy.png"
    Image.effect_noise((300, 300), 60).save(noisy)
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(noisy.read_bytes()[:2000])
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"<html>not an image</html>")
    added = run_cli(["add", "file", case, str(truncated), str(fake)], data_dir)
    assert added.code == 0 and len(added.lines) == 2
    items = json.loads(run_cli(["case", "show", case, "--json"], data_dir).out)["items"]
    flagged = {i["files"][0]["name"]: i["files"][0]["meta"]["image"] for i in items[1:]}
    assert flagged["truncated.png"]["undecodable"] and flagged["fake.png"]["undecodable"]
    assert "not decodable" in run_cli(["case", "show", case], data_dir).out


def test_huge_pixel_count_is_stored_not_decoded(data_dir: Path, case: str, tmp_path: Path) -> None:
    from tests.core.helpers import make_png_bomb

    bomb = make_png_bomb(tmp_path / "bomb.png")
    result, peak_mb = run_cli_peak_memory(["add", "file", case, str(bomb)], data_dir)
    assert result.code == 0, result.err
    assert peak_mb < 200  # decoding would need ~900 MB
    items = json.loads(run_cli(["case", "show", case, "--json"], data_dir).out)["items"]
    assert items[-1]["files"][0]["meta"]["image"]["too_large_to_decode"] is True


@pytest.mark.slow
def test_two_gib_file_streams_in_constant_memory(data_dir: Path, case: str, tmp_path: Path) -> None:
    big = tmp_path / "recording.bin"
    with open(big, "wb") as f:  # sparse: 2 GiB of zeros that cost no disk until copied
        f.truncate(2 << 30)
    result, peak_mb = run_cli_peak_memory(["add", "file", case, str(big)], data_dir)
    assert result.code == 0, result.err
    assert 0 < peak_mb < 100
    items = json.loads(run_cli(["case", "show", case, "--json"], data_dir).out)["items"]
    stored = items[-1]["files"][0]
    assert stored["size"] == 2 << 30
    # SHA-256 of 2 GiB of zero bytes
    assert stored["sha256"] == "a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51"
    assert run_cli(["verify-case", case], data_dir).code == 0


def test_hostile_file_names_are_kept_but_shown_escaped(
    data_dir: Path, case: str, tmp_path: Path
) -> None:
    """A newline, an escape sequence or a right-to-left override in a name is stored as it came
    (JSON gives it back exactly) but never obeyed by the terminal; an error quoting it is one line."""
    names = ["new\nline.png", "evil\u202egnp.exe", "red\x1b[31m.png", "😈表情.png"]
    for index, name in enumerate(names):
        make_png(tmp_path / name, color=["red", "green", "blue", "white"][index])
    added = run_cli(["add", "file", case, *(str(tmp_path / n) for n in names)], data_dir)
    assert added.code == 0, added.err
    items = json.loads(run_cli(["case", "show", case, "--json"], data_dir).out)["items"]
    assert [i["files"][0]["name"] for i in items[1:]] == names
    shown = run_cli(["case", "show", case], data_dir).out
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "new\\x0aline.png" in shown and "evil\\u202egnp.exe" in shown and "😈表情.png" in shown
    missing = run_cli(["add", "file", case, str(tmp_path / "gone\n\x1b[2J.png")], data_dir)
    assert_refused(missing, "does not exist")
    assert "\x1b" not in missing.err and "gone\\x0a\\x1b[2J.png" in missing.err


def test_verify_of_what_is_not_a_bundle_says_so_in_our_own_words(
    data_dir: Path, tmp_path: Path
) -> None:
    """A JPEG or a ZIP renamed .pdf, an empty file: exit 2, one sentence without the parser's
    "Illegal PDF header"; a PDF cut short after its header: exit 1, damaged (design.md)."""
    import zipfile

    photo = make_png(tmp_path / "photo.pdf")
    archive = tmp_path / "archive.pdf"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", "{}")
    empty = tmp_path / "empty.pdf"
    empty.touch()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    for path in (photo, archive, empty):
        for lang, needle in (("en", "is not a PDF file"), ("zh_CN", "不是 PDF 文件")):
            result = run_cli(["--lang", lang, "verify", str(path)], data_dir)
            assert_refused(result, needle)
            assert "Illegal" not in result.err and "header" not in result.err
    damaged = run_cli(["verify", str(cut)], data_dir)
    assert damaged.code == 1 and "damaged or cut short" in damaged.err
    assert len(damaged.err.strip().splitlines()) == 1
