"""Benchmark: 30 forum pages through ``add urls`` vs 30 separate ``add url`` runs of the same pages.

Target: the queue takes at most 0.7× the time of the separate runs. The pages are spread over
three sites (the forum served on 127.0.0.1, 127.0.0.2 and 127.0.0.3, all loopback), as a
campaign spans several platforms; the queue runs with its defaults (2 pages at a time, one per
site, 1 s rest per site). Then the queue over the same pages with 1, 2 and 3 pages at a time
(no rest) shows where the default comes from. Peak memory is each run's app process (VmHWM)
and the largest of its browser processes (ru_maxrss of the children).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu --disable-background-networking"
)

PAGES = 30
TARGET = 0.7
_MEASURED = (
    "import sys\n"
    "from evidence_app.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "sys.stderr.write('VmHWM ' + status.split('VmHWM:')[1].split()[0] + '\\n')\n"
    "sys.exit(code)\n"
)


def run(args: list[str], data: Path) -> tuple[float, float, str]:
    """(seconds, peak MB of the app process, stdout) of one command-line run."""
    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data)}
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURED, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{args[:2]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    peak = [line for line in proc.stderr.splitlines() if line.startswith("VmHWM")]
    return elapsed, int(peak[-1].split()[1]) / 1024 if peak else -1.0, proc.stdout


def new_case(data: Path) -> str:
    return run(["case", "new", "--title", "bench"], data)[2].strip()


def main() -> int:
    from tests.fixtures.campaign_site import start_forum, stop_forum

    sites = [start_forum(f"127.0.0.{n}") for n in (1, 2, 3)]
    try:
        urls = []
        for index in range(PAGES):
            forum = sites[index % len(sites)][0]
            urls.append(forum.urls()[index // len(sites)])
        listing = Path(tempfile.mkdtemp(prefix="bench-batch-")) / "list.txt"
        listing.write_text("\n".join(urls) + "\n", "utf-8")

        data = Path(tempfile.mkdtemp(prefix="bench-batch-single-"))
        case = new_case(data)
        start = time.perf_counter()
        single_peak = 0.0
        for url in urls:
            _elapsed, peak, _out = run(["add", "url", case, url], data)
            single_peak = max(single_peak, peak)
        separate = time.perf_counter() - start

        data = Path(tempfile.mkdtemp(prefix="bench-batch-queue-"))
        case = new_case(data)
        queued, queue_peak, out = run(["add", "urls", case, str(listing)], data)
        assert len(out.splitlines()) == PAGES, out
        print(
            f"{PAGES} pages on 3 sites: {PAGES} separate `add url` runs {separate:.1f} s; "
            f"`add urls` (defaults) {queued:.1f} s; ratio {queued / separate:.2f}× (target ≤ {TARGET})"
        )
        print(
            f"   peak memory of the app process: add url {single_peak:.0f} MB, "
            f"add urls {queue_peak:.0f} MB"
        )
        for parallel in (1, 2, 3):
            data = Path(tempfile.mkdtemp(prefix=f"bench-batch-p{parallel}-"))
            case = new_case(data)
            elapsed, peak, _out = run(
                ["add", "urls", case, str(listing), "--parallel", str(parallel), "--delay", "0"],
                data,
            )
            print(f"   --parallel {parallel} --delay 0: {elapsed:.1f} s, app process {peak:.0f} MB")
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"   largest single process of all runs (browser processes included): {children:.0f} MB"
        )
        return 0 if queued <= TARGET * separate else 1
    finally:
        for forum, thread in sites:
            stop_forum(forum, thread)


if __name__ == "__main__":
    raise SystemExit(main())
