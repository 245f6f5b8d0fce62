"""Import of a 1 GiB file vs `sha256sum` of the same file, measured in the same run.

Target (issue 2): import throughput ≥ 0.8 × sha256sum's, peak memory < 100 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = 1 << 30


def timed_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall time, peak RSS (MB) and stdout of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args[0]} failed")
    return elapsed, usage.ru_maxrss / 1024, out


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as tmp:
        source = Path(tmp) / "recording.mp4"
        with open(source, "wb") as f:
            block = os.urandom(16 << 20)
            for _ in range(SIZE // len(block)):
                f.write(block)
        data = Path(tmp) / "data"
        env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data)}
        case = subprocess.run(
            [sys.executable, "-m", "evidence_app", "case", "new", "--title", "bench"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        subprocess.run(
            ["sha256sum", str(source)], capture_output=True, check=True
        )  # warm the cache
        reference, _, _ = timed_child(["sha256sum", str(source)])
        start_overhead, _, _ = timed_child(
            [sys.executable, "-m", "evidence_app", "case", "list"], env
        )
        imported, peak, _ = timed_child(
            [sys.executable, "-m", "evidence_app", "add", "file", case, str(source)], env
        )
    mib = SIZE / (1 << 20)
    ratio = (mib / imported) / (mib / reference)
    print(f"sha256sum           : {reference:6.2f} s  {mib / reference:7.1f} MiB/s")
    print(
        f"evidence-app add    : {imported:6.2f} s  {mib / imported:7.1f} MiB/s  "
        f"(incl. {start_overhead:.2f} s process start-up)  peak memory {peak:.0f} MB"
    )
    print(f"throughput ratio    : {ratio:.2f} (target ≥ 0.80)   peak memory target < 100 MB")
    ok = ratio >= 0.8 and peak < 100
    print("result              :", "meets target" if ok else "MISSES target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
