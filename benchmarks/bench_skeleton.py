"""The walking skeleton's three numbers in one run: start-up vs bare PySide6, autosave p50/p99, demo PDF time.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_skeleton.py
The deeper benchmarks (bench_ui, bench_report, bench_trend, bench_bundle_start) each measure one layer further.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_autosave  # noqa: E402
import bench_ui  # noqa: E402

DEMO_PDF_TARGET_S = 1.5


def demo_pdf_seconds() -> float:
    from maturity_app.domain.demo import demo_answers
    from maturity_app.domain.pack_loader import load_library
    from maturity_app.domain.scoring import score_assessment
    from maturity_app.paths import bundled_packs_dir
    from maturity_app.report.builder import build_report
    from maturity_app.report.options import ReportOptions
    from maturity_app.storage.database import open_database
    from maturity_app.storage.store import AssessmentStore

    pack = load_library(bundled_packs_dir()).get("core")
    with tempfile.TemporaryDirectory() as folder:
        store = AssessmentStore(open_database(Path(folder) / "demo.db"))
        aid = store.create(pack, "Benchmark Ltd")
        with store.db.atomic():
            for answer in demo_answers(pack, dt.date.today()):
                store.save_answer(aid, answer)
        assessment = store.load(aid)
        build_report(score_assessment(assessment), assessment.info, Path(folder) / "warm.pdf", ReportOptions())
        start = time.perf_counter()
        build_report(score_assessment(assessment), assessment.info, Path(folder) / "demo.pdf", ReportOptions())
        return time.perf_counter() - start


def main() -> None:
    bench_ui.bench_start()
    bench_autosave.main()
    seconds = demo_pdf_seconds()
    print(f"demo PDF (core pack, full report): {seconds * 1000:.0f} ms   "
          f"(ratio to {DEMO_PDF_TARGET_S:.1f} s target: {seconds / DEMO_PDF_TARGET_S:.2f})")


if __name__ == "__main__":
    main()
