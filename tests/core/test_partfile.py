"""Temp files beside an output (core/partfile.py): only ours, from this computer, whose process is gone, are swept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from evidence_app.core.partfile import _host_tag, part_path, sweep_abandoned


def test_only_provably_abandoned_part_files_are_swept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(dead.stdout)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        host = _host_tag()
        abandoned = tmp_path / f".bundle.pdf.{host}-{dead_pid}-0123456789ab.part"
        writing = tmp_path / f".bundle.pdf.{host}-{live.pid}-0123456789ab.part"
        mine = part_path(tmp_path / "case.evcase")
        other_pc = (
            tmp_path
            / f".bundle.pdf.{'0' * 8 if host != '0' * 8 else '1' * 8}-{dead_pid}-0123456789ab.part"
        )
        older_version = tmp_path / ".bundle.pdf.0123456789ab.part"  # no process named: kept
        users = tmp_path / "download.part"
        for path in (abandoned, writing, mine, other_pc, older_version, users):
            path.write_bytes(b"x")
        assert mine.name.startswith(".case.evcase.") and f"-{os.getpid()}-" in mine.name

        assert sweep_abandoned(tmp_path) == [abandoned]
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            p.name for p in (writing, mine, other_pc, older_version, users)
        )
    finally:
        live.kill()
        live.wait()
    assert sweep_abandoned(tmp_path) == [writing]
    assert sweep_abandoned(tmp_path / "missing") == []
