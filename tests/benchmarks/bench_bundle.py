"""Benchmark: export of 200 phone screenshots (1170×2532 PNG with text) as a signed bundle, against
img2pdf + sha256sum over the same files. Prints both times, the ratio and the export's peak memory.

Target (issues 4 and 12): export within 1.5× of img2pdf + sha256sum, peak memory under 400 MB.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

COUNT = int(os.environ.get("BENCH_BUNDLE_COUNT", "200"))
PASSPHRASE = b"benchmark"


def export_only(data_dir: Path, case_id: str, out: Path) -> None:
    """Run in a child process, so that its peak memory is the export's alone."""
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer
    from evidence_app.core.store import CaseStore

    store = CaseStore(data_dir)
    signer = load_signer(data_dir, PASSPHRASE, "Benchmark Owner")
    start = time.perf_counter()
    result = export_case(store, case_id, out, signer, lang="zh_CN")
    elapsed = time.perf_counter() - start
    print(json.dumps({"seconds": elapsed, "pages": result.pages, "size": out.stat().st_size}))


def main() -> int:
    from evidence_app.core.identity import load_signer
    from evidence_app.core.store import CaseStore
    from tests.bundle.make_case import phone_screenshot

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder_name:
        folder = Path(folder_name)
        shots = folder / "shots"
        shots.mkdir()
        files = [phone_screenshot(shots / f"shot-{i:03d}.png", i) for i in range(COUNT)]
        total = sum(f.stat().st_size for f in files)
        data_dir = folder / "data"
        store = CaseStore(data_dir)
        case = store.create_case("Benchmark", "Benchmark Owner")
        store.import_files(case.id, files, "post", {"platform": "微博"})
        store.close()
        load_signer(data_dir, PASSPHRASE, "Benchmark Owner")  # key generation is not export

        start = time.perf_counter()
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--export-only",
                str(data_dir),
                case.id,
                str(folder / "bundle.pdf"),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - start
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # measured before any other child runs, so the peak is the export's own
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "img2pdf", *map(str, files), "-o", str(folder / "img2pdf.pdf")],
            check=True,
        )
        subprocess.run(["sha256sum", *map(str, files)], check=True, stdout=subprocess.DEVNULL)
        baseline = time.perf_counter() - start

        measured = json.loads(child.stdout.strip().splitlines()[-1])
        ours = measured["seconds"]
        print(f"bundle benchmark: {COUNT} screenshots, {total / 1e6:.1f} MB of PNG")
        print(f"  img2pdf + sha256sum:        {baseline:.2f} s")
        print(f"  export (signed bundle):     {ours:.2f} s  ({wall:.2f} s with interpreter start)")
        print(f"  ratio export / baseline:    {ours / baseline:.2f}  (target ≤ 1.5)")
        peak_mb = peak_kib / 1024
        print(f"  export peak memory (RSS):   {peak_mb:.0f} MB  (target < 400 MB)")
        print(f"  bundle: {measured['pages']} pages, {measured['size'] / 1e6:.1f} MB")
        ok = ours / baseline <= 1.5 and peak_mb < 400
        print("  " + ("target met" if ok else "TARGET MISSED"))
        return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--export-only":
        export_only(Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))
        raise SystemExit(0)
    raise SystemExit(main())
