"""Benchmark: start-up to a shown main window vs a bare PySide6 window, and opening a 10,000-item case."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVIDENCE_APP_NO_CRASH_DIALOG", "1")
REPO = Path(__file__).resolve().parents[2]

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1400, 860); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""
OURS = """
import sys, time; t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from evidence_app.app import create_main_window
w, _ = create_main_window(Path(sys.argv[1])); w.show(); QApplication.processEvents()
print(time.perf_counter() - t0)
"""


def startup(code: str, *args: str) -> float:
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return min(runs)


def build_big_case(data_dir: Path, count: int = 10_000) -> str:
    sys.path.insert(0, str(REPO))
    from evidence_app.core.store import CaseStore

    with CaseStore(data_dir) as store:
        case = store.create_case(
            "10,000 items", "bench", "A large case for the benchmark, 一万条证据。"
        )
        for n in range(count):
            store.add_item(
                case.id,
                "post",
                {"platform": "微博", "account_id": f"uid{n % 300}", "url": f"https://x/{n}"},
            )
        return case.id


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        t0 = time.perf_counter()
        case_id = build_big_case(data_dir)
        print(f"built a 10,000-item case in {time.perf_counter() - t0:.1f} s")
        bare = startup(BARE)
        ours = startup(OURS, str(data_dir))  # opens the newest case: the 10,000-item one
        print(f"bare PySide6 window shown:   {bare * 1000:.0f} ms")
        print(f"evidence app window shown:   {ours * 1000:.0f} ms (with the 10,000-item case open)")
        print(f"ratio: {ours / bare:.2f}x (target 1.5x)")

        from PySide6.QtWidgets import QApplication

        from evidence_app.app import create_main_window

        app = QApplication.instance() or QApplication([])
        window, _ = create_main_window(data_dir)
        window.show()
        t0 = time.perf_counter()
        window.open_case(case_id)
        app.processEvents()
        opened = time.perf_counter() - t0
        print(f"open the 10,000-item case:   {opened * 1000:.0f} ms (target < 1000 ms)")
        t0 = time.perf_counter()
        window.search.setText("uid299")
        app.processEvents()
        print(
            f"search the whole case:       {(time.perf_counter() - t0) * 1000:.0f} ms ({window.proxy.rowCount()} rows)"
        )
        window.close()
        window.deleteLater()
        app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
