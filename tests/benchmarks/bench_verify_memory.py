"""Benchmark: verifying a bundle that carries a 300 MB screen recording keeps memory bounded.

`evidence-app verify` hashes every attachment by streaming it from the PDF in chunks, so its peak
memory must not grow with the size of the largest attached file. Compared in the same run with
`sha256sum` over the PDF (the cost of reading it once) and `pdfsig` (poppler's signature check).

Target: peak memory of the verifier under 150 MB with a 300 MB attachment (the file's size alone
would exceed it), and verify within 4× of sha256sum + pdfsig.
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

ATTACHMENT_MB = int(os.environ.get("BENCH_VERIFY_ATTACHMENT_MB", "300"))
PEAK_TARGET_MB = 150
PASSPHRASE = b"benchmark"


def verify_only(pdf: Path) -> None:
    """Run in a child process, so that its peak memory is the verifier's alone."""
    from evidence_app.bundle.verify import verify_bundle

    start = time.perf_counter()
    report = verify_bundle(pdf)
    elapsed = time.perf_counter() - start
    print(json.dumps({"seconds": elapsed, "valid": report.valid}))


def make_bundle(folder: Path) -> Path:
    from evidence_app.bundle.export import export_case
    from evidence_app.core.identity import load_signer
    from evidence_app.core.store import CaseStore, NewFile

    video = folder / "recording.webm"
    with open(video, "wb") as out:
        for _ in range(ATTACHMENT_MB):
            out.write(os.urandom(1 << 20))
    store = CaseStore(folder / "data")
    case = store.create_case("大文件 Large recording", "Benchmark Owner")
    store.add_item(case.id, "other", {}, [NewFile("video", video.name, path=video)])
    video.unlink()
    signer = load_signer(folder / "data", PASSPHRASE, "Benchmark Owner")
    out = folder / "bundle.pdf"
    export_case(store, case.id, out, signer)
    store.close()
    return out


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as name:
        pdf = make_bundle(Path(name))
        start = time.perf_counter()
        child = subprocess.run(
            [sys.executable, __file__, "--verify-only", str(pdf)],
            check=True,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        measured = json.loads(child.stdout.strip().splitlines()[-1])
        start = time.perf_counter()
        subprocess.run(["sha256sum", str(pdf)], check=True, stdout=subprocess.DEVNULL)
        sha_seconds = time.perf_counter() - start
        start = time.perf_counter()
        pdfsig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
        pdfsig_seconds = time.perf_counter() - start
        baseline = sha_seconds + pdfsig_seconds
        ours = measured["seconds"]
        print(f"verify memory benchmark: a bundle of {pdf.stat().st_size / 1e6:.0f} MB "
              f"({ATTACHMENT_MB} MB attachment)")  # fmt: skip
        print(f"  sha256sum: {sha_seconds:.2f} s, pdfsig: {pdfsig_seconds:.2f} s "
              f"({'valid' if 'Signature is Valid' in pdfsig else 'NOT VALID'})")  # fmt: skip
        print(f"  evidence-app verify:       {ours:.2f} s  ({wall:.2f} s with interpreter start)")
        print(f"  ratio verify / baseline:   {ours / baseline:.2f}  (target ≤ 4.0)")
        print(f"  verify peak memory (RSS):  {peak_mb:.0f} MB  (target < {PEAK_TARGET_MB} MB)")
        ok = measured["valid"] and peak_mb < PEAK_TARGET_MB and ours / baseline <= 4.0
        print("  " + ("target met" if ok else "TARGET MISSED"))
        return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--verify-only":
        verify_only(Path(sys.argv[2]))
        raise SystemExit(0)
    raise SystemExit(main())
