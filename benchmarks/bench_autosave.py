"""Autosave latency: p50/p99 of one answer change written through the store (on-disk WAL database)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from maturity_app.domain.assessment import Answer
from maturity_app.domain.pack_loader import load_pack
from maturity_app.storage.database import open_database
from maturity_app.storage.store import AssessmentStore

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "mini.yaml"
TARGET_P99_MS = 50.0


def measure(samples: int = 500) -> dict[str, float]:
    pack = load_pack(FIXTURE)
    ids = [q.id for q in pack.questions()]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        store = AssessmentStore(db)
        aid = store.create(pack, "Benchmark Ltd")
        timings = []
        for i in range(samples):
            answer = Answer(ids[i % len(ids)], compliance=i % 5, capability=(i + 2) % 5, owner=f"Owner {i % 7}")
            start = time.perf_counter()
            store.save_answer(aid, answer)
            timings.append((time.perf_counter() - start) * 1000)
        db.close()
    timings.sort()
    return {
        "p50_ms": statistics.median(timings),
        "p99_ms": timings[int(len(timings) * 0.99) - 1],
    }


def main() -> None:
    result = measure()
    print(f"autosave p50 {result['p50_ms']:.2f} ms   p99 {result['p99_ms']:.2f} ms   "
          f"(p99 / {TARGET_P99_MS:.0f} ms target = {result['p99_ms'] / TARGET_P99_MS:.2f})")


if __name__ == "__main__":
    main()
