"""Benchmark: group 10,000 synthetic post texts (core.campaign) vs reading and hashing them once.

Target: under 5 s on 2 cores. The reference in the same run is the least any grouping must do:
normalise every text and cut it into its n-grams (no comparison at all), so the ratio shows what
the MinHash bands and the exact checks add on this machine today.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

COUNT = 10_000
STORIES = 300  # one text in three is a variant of one of these
TARGET_S = 5.0


def synthetic_texts(count: int = COUNT, seed: int = 7) -> tuple[list[str], int]:
    """*count* post-like texts of 40–200 CJK characters; every third a lightly edited copy of one
    of STORIES texts. Returns the texts and how many of them are copies."""
    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)] + list("，。！？😡🔥 ")
    stories = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(60, 140))) for _ in range(STORIES)
    ]
    texts, copies = [], 0
    for index in range(count):
        if index % 3 == 0:
            chars = list(rng.choice(stories))
            for _ in range(rng.randint(0, 4)):  # small edits
                chars[rng.randrange(len(chars))] = rng.choice(alphabet)
            prefix = "【转】" if rng.random() < 0.2 else ""
            texts.append(prefix + "".join(chars))
            copies += 1
        else:
            texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(40, 200))))
    return texts, copies


def main() -> int:
    from evidence_app.core.campaign import group_texts, shingles
    from evidence_app.core.post_text import normalise

    texts, copies = synthetic_texts()
    group_texts(texts[:50])  # imports (numpy, datasketch) are not part of the measurement
    start = time.perf_counter()
    for text in texts:
        shingles(normalise(text))
    reference = time.perf_counter() - start
    start = time.perf_counter()
    groups = group_texts(texts)
    elapsed = time.perf_counter() - start
    grouped = sum(len(g) for g in groups)
    print(
        f"grouping {COUNT:,} texts: {elapsed:.2f} s (target < {TARGET_S:.0f} s); "
        f"reference (normalise + n-grams only) {reference:.2f} s, ratio {elapsed / reference:.1f}×"
    )
    print(
        f"   {len(groups)} groups holding {grouped:,} texts ({copies:,} planted copies of {STORIES} stories)"
    )
    ok = elapsed < TARGET_S and len(groups) <= STORIES and grouped >= copies * 0.98
    if not ok:
        print("   FAILED: too slow or the planted copies were not found")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
