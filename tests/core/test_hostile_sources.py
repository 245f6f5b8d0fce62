"""Sources that change under the import or cannot fit: refused in one sentence, nothing stored."""

from __future__ import annotations

import os
import shutil
import stat
import threading
from collections import namedtuple
from pathlib import Path

import pytest

from evidence_app.core.blobs import BlobStore
from evidence_app.core.errors import StorageError, UserError
from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.core.helpers import make_png


def test_a_file_that_becomes_a_fifo_after_the_check_does_not_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check saw a regular file; by the time it is opened it is a FIFO nobody writes to."""
    regular = make_png(tmp_path / "was-a-file.png")
    fifo = tmp_path / "now-a-fifo.png"
    os.mkfifo(fifo)
    real_stat = os.stat

    def stat_of_the_moment_before(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real_stat(regular if Path(path) == fifo else path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat_of_the_moment_before)
    blobs = BlobStore(tmp_path / "data" / "blobs")
    outcome: list[BaseException | object] = []

    def put() -> None:
        try:
            outcome.append(blobs.put_file(fifo))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=put, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # release the blocked open before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
        pytest.fail("opening a FIFO blocked the import")
    (result,) = outcome
    assert isinstance(result, UserError) and "is not a regular file" in result.message()
    assert not list(blobs.iter_blobs())


def test_files_the_disk_has_no_room_for_are_refused_before_a_byte_is_written(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("空间不足")
        kept = store.add_item(
            case.id, "post", {}, [NewFile.from_path(make_png(tmp_path / "a.png"))]
        )
        events_before = len(store.events(case.id))
        recording = tmp_path / "recording.mp4"
        with open(recording, "wb") as f:  # sparse: 8 GiB that cost no disk until copied
            f.truncate(8 << 30)
        usage = namedtuple("usage", "total used free")
        monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(100 << 30, 0, 1 << 30))
        with pytest.raises(StorageError) as refused:
            store.add_item(case.id, "harm_evidence", {}, [NewFile.from_path(recording)])
        message = refused.value.message()
        assert "1.0 GB free" in message and "8.0 GB" in message and "nothing was stored" in message
        assert len(store.events(case.id)) == events_before
        assert [i.id for i in store.list_items(case.id)] == [kept.id]
    temp = data_dir / "blobs" / ".tmp"
    assert not temp.exists() or not list(temp.iterdir())
    assert len(list((data_dir / "blobs").glob("??/*"))) == 1


def test_a_loop_of_links_is_named_as_a_loop(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a.png").symlink_to(tmp_path / "b.png")
    (tmp_path / "b.png").symlink_to(tmp_path / "a.png")
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("链接")
        with pytest.raises(UserError) as refused:
            store.add_item(case.id, "post", {}, [NewFile.from_path(tmp_path / "a.png")])
    assert "leads back to itself" in refused.value.message()
    assert stat.S_ISLNK(os.lstat(tmp_path / "a.png").st_mode)


def test_a_file_written_to_while_it_is_copied_is_not_kept(tmp_path: Path) -> None:
    """A recording still running or a download not finished: what was read is not the file."""
    growing = tmp_path / "recording.mp4"
    growing.write_bytes(os.urandom(10 << 20))  # three chunks: progress runs between them
    blobs = BlobStore(tmp_path / "data" / "blobs")

    def keeps_writing(done: int, _total: int) -> None:
        if done == 4 << 20:  # once, after the first chunk
            with open(growing, "ab") as f:
                f.write(b"more frames")

    with pytest.raises(UserError) as refused:
        blobs.put_file(growing, keeps_writing)
    assert "changed while it was being copied" in refused.value.message()
    assert not list(blobs.iter_blobs())
    assert not list(blobs.temp_dir.iterdir())
    finished = blobs.put_file(growing)  # once it is finished, it is taken
    assert finished.size == growing.stat().st_size
