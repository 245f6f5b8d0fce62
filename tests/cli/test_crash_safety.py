"""SIGKILL at random moments during `add file`: the store stays intact and printed ids survive."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

RUNS = 50


@pytest.mark.slow
def test_kill_during_add_file_keeps_the_store_intact(data_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(20251122)
    case_id = run_cli(["case", "new", "--title", "kill test"], data_dir).lines[0]
    sources = []
    for n in range(6):  # sizes from a few KB to a few MB, so kills land in every phase
        path = tmp_path / f"f{n}.bin"
        path.write_bytes(os.urandom(rng.choice([4_000, 300_000, 3_000_000, 6_000_000])))
        sources.append(str(path))
    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)}
    printed: set[str] = set()
    # how long one uninterrupted run takes here, so that kill moments spread over a whole run
    started = time.perf_counter()
    first = run_cli(["add", "file", case_id, *sources[:3]], data_dir)
    duration = time.perf_counter() - started
    printed |= set(first.lines)
    killed = 0
    for _ in range(RUNS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "evidence_app", "add", "file", case_id, *rng.sample(sources, 3)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
        )
        time.sleep(rng.uniform(0.0, duration))  # a random moment to kill at: that is the point here
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        out, _ = proc.communicate()
        printed |= {line for line in out.decode().splitlines() if line}
    assert killed >= RUNS // 3, "the kills should mostly land while the command runs"
    result = run_cli(["verify-case", case_id, "--json"], data_dir)
    assert result.code == 0, result.out
    shown = json.loads(run_cli(["case", "show", case_id, "--json"], data_dir).out)
    present = {item["id"]: item for item in shown["items"]}
    assert printed <= present.keys()
    numbers = [int(item["number"][1:]) for item in shown["items"]]
    assert numbers == sorted(set(numbers))
    temp = data_dir / "blobs" / ".tmp"
    assert not temp.exists() or not list(temp.iterdir()), (
        "temp files of killed copies are cleaned up"
    )
    for item_id in printed:
        stored = present[item_id]["files"][0]
        assert len(stored["sha256"]) == 64 and stored["size"] > 0


EXPORT_KILLS = 10


@pytest.mark.slow
def test_killed_exports_leave_no_half_bundle_and_no_temp_file(
    data_dir: Path, tmp_path: Path
) -> None:
    """SIGKILL spread over whole exports: never a half bundle under the output name, and the next
    export into the folder removes the hidden temp files the killed ones left."""
    from tests.bundle.make_case import phone_screenshot

    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir),
           "EVIDENCE_APP_KEY_PASSPHRASE": "correct horse"}  # fmt: skip
    case_id = run_cli(["case", "new", "--title", "kill export"], data_dir).lines[0]
    shots = [str(phone_screenshot(tmp_path / f"shot{n}.png", n)) for n in range(4)]
    assert run_cli(["add", "file", case_id, *shots], data_dir).code == 0
    out_dir = tmp_path / "bundles"
    out_dir.mkdir()
    started = time.perf_counter()
    first = run_cli(["export", case_id, "--out", str(out_dir / "first.pdf")], data_dir, env=env)
    assert first.code == 0, first.err
    duration = time.perf_counter() - started

    killed = 0
    for n in range(EXPORT_KILLS):
        # A moment spread over a whole export; an export that finished before it (the machine was
        # faster than for the first one) is checked whole, and the kill is tried again sooner.
        planned = duration * (n + 0.5) / EXPORT_KILLS
        for attempt in range(4):
            out = out_dir / f"killed-{n}-{attempt}.pdf"
            proc = subprocess.Popen(
                [sys.executable, "-m", "evidence_app", "export", case_id, "--out", str(out)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=REPO,
            )  # fmt: skip
            time.sleep(planned / 2**attempt)
            landed = proc.poll() is None
            if landed:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            if out.exists():  # the export finished before the kill: then it is whole
                assert run_cli(["verify", str(out)], data_dir).code == 0
            if landed:
                killed += 1
                break
    assert killed == EXPORT_KILLS, "every kill should land while an export runs"

    last = run_cli(["export", case_id, "--out", str(out_dir / "last.pdf")], data_dir, env=env)
    assert last.code == 0, last.err
    left = sorted(p.name for p in out_dir.iterdir() if p.name.startswith("."))
    assert left == [], f"temp files left after {killed} killed exports: {left}"
    assert run_cli(["verify-case", case_id], data_dir).code == 0
