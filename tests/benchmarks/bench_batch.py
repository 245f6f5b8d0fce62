"""Benchmark: batch verification of 10, 20 and 40 bundles (``verify_folder``, one process per core),
against poppler's ``pdfsig`` over the same files with as many parallel processes. Prints the times,
the time per bundle, the ratio to pdfsig and the peak memory of the largest verifier process.

Target (issue 6): time grows linearly with the number of bundles — the time per bundle at 40
bundles is no more than 1.2× the time per bundle at 10 (a fixed start-up cost only makes it fall).
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

COUNTS = tuple(int(n) for n in os.environ.get("BENCH_BATCH_COUNTS", "10,20,40").split(","))
VIDEO_MB = int(os.environ.get("BENCH_BATCH_VIDEO_MB", "8"))
REPEATS = int(os.environ.get("BENCH_BATCH_REPEATS", "2"))
PASSPHRASE = b"benchmark"


def verify_only(folder: Path) -> None:
    """Run in a child process, so that its peak memory (and its workers') is the batch's alone."""
    from evidence_app.bundle.batch import verify_folder

    start = time.perf_counter()
    rows = verify_folder(folder)
    elapsed = time.perf_counter() - start
    print(json.dumps({"seconds": elapsed, "rows": len(rows), "valid": sum(r.valid for r in rows)}))


def make_bundle(folder: Path) -> Path:
    """One realistic bundle: three phone screenshots and a screen recording of VIDEO_MB MB."""
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer
    from evidence_app.core.store import CaseStore, NewFile
    from tests.bundle.make_case import phone_screenshot

    store = CaseStore(folder / "data")
    case = store.create_case("批量核验 Benchmark", "Benchmark Owner")
    shots = [phone_screenshot(folder / f"shot-{i}.png", i) for i in range(3)]
    video = folder / "recording.webm"
    video.write_bytes(os.urandom(VIDEO_MB << 20))
    store.add_item(
        case.id,
        "post",
        {"platform": "微博"},
        [NewFile("original", s.name, path=s) for s in shots] + [NewFile("video", video.name, path=video)],
    )  # fmt: skip
    signer = load_signer(folder / "data", PASSPHRASE, "Benchmark Owner")
    out = folder / "bundle.pdf"
    export_case(store, case.id, out, signer)
    store.close()
    return out


def run_child(folder: Path) -> tuple[dict[str, float], float]:
    """(the child's measurement, its peak RSS in MB) — measured alone: children's maxrss is a max."""
    child = subprocess.run(
        [sys.executable, __file__, "--verify-only", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(child.stdout.strip().splitlines()[-1]), peak_mb


def pdfsig_all(files: list[Path], workers: int) -> float:
    def one(path: Path) -> None:
        out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in out, out

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, files))
    return time.perf_counter() - start


def main() -> int:
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as name:
        work = Path(name)
        bundle = make_bundle(work)
        size_mb = bundle.stat().st_size / 1e6
        print(
            f"batch verification benchmark: bundles of {size_mb:.1f} MB "
            f"(3 phone screenshots + a {VIDEO_MB} MB recording), {workers} workers"
        )
        print(f"  {'bundles':>7}  {'ours s':>7}  {'s/bundle':>8}  {'pdfsig s':>8}  "
              f"{'s/bundle':>8}  {'ratio':>5}  {'peak MB':>7}")  # fmt: skip
        per_bundle: dict[int, float] = {}
        ok = True
        for count in COUNTS:
            folder = work / f"n{count}"
            folder.mkdir()
            files = []
            for index in range(count):
                target = folder / f"bundle-{index:03d}.pdf"
                shutil.copyfile(bundle, target)
                files.append(target)
            # best of REPEATS: the first run also pays for cold caches and the workers' start
            runs = [run_child(folder) for _ in range(REPEATS)]
            measured = min((r[0] for r in runs), key=lambda m: m["seconds"])
            peak_mb = max(r[1] for r in runs)
            if measured["valid"] != count:
                print(f"  only {measured['valid']} of {count} bundles verified as valid")
                ok = False
            reference = pdfsig_all(files, workers)
            ours = measured["seconds"]
            per_bundle[count] = ours / count
            print(f"  {count:>7}  {ours:>7.2f}  {ours / count:>8.3f}  {reference:>8.2f}  "
                  f"{reference / count:>8.3f}  {ours / reference:>5.2f}  {peak_mb:>7.0f}")  # fmt: skip
            shutil.rmtree(folder)
        first, last = COUNTS[0], COUNTS[-1]
        growth = per_bundle[last] / per_bundle[first]
        slopes = []
        for low, high in itertools.pairwise(COUNTS):
            slopes.append(
                (per_bundle[high] * high - per_bundle[low] * low) / (high - low)
            )  # seconds per extra bundle
        print(
            "  marginal time per extra bundle: "
            + ", ".join(f"{s:.3f} s" for s in slopes)
            + " (constant slope = linear)"
        )
        print(f"  time per bundle at {last} / at {first}: {growth:.2f}  (target ≤ 1.2)")
        ok = ok and growth <= 1.2
        print("  " + ("target met" if ok else "TARGET MISSED"))
        return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--verify-only":
        verify_only(Path(sys.argv[2]))
        raise SystemExit(0)
    raise SystemExit(main())
