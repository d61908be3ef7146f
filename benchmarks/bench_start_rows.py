"""The start page's rows for 50 assessments of the bundled core pack (scored for their headline numbers).

Run: python benchmarks/bench_start_rows.py. Prints the median of runs for app.start_rows (one parse per distinct
pack snapshot) next to loading each assessment on its own (what the start page did before, one parse per row).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from maturity_app.app.assessments import create_sample
from maturity_app.app.start_rows import start_rows
from maturity_app.app.workspace import Workspace
from maturity_app.domain.pack_loader import load_library
from maturity_app.domain.scoring import score_assessment
from maturity_app.paths import bundled_packs_dir

ASSESSMENTS, RUNS = 50, 5


def one_by_one(ws: Workspace) -> int:
    for info in ws.assessments.list():
        score_assessment(ws.assessments.load(info.id))
    return 0


def main() -> None:
    pack = load_library(bundled_packs_dir(), None).get("core")
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "bench.db", lock=False)
        try:
            for _ in range(ASSESSMENTS):
                create_sample(ws, pack)
            for name, run in (("app.start_rows", lambda: start_rows(ws)), ("one load per row", lambda: one_by_one(ws))):
                timings = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    run()
                    timings.append((time.perf_counter() - started) * 1000)
                print(f"{name:<18} {ASSESSMENTS} assessments: median {statistics.median(timings):7.1f} ms")
        finally:
            ws.close()


if __name__ == "__main__":
    main()
