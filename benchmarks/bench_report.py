"""Board report build time for the core pack (~50 questions) and a 1,000-question stress pack.

Prints each time and its ratio to reportlab building the same number of plain text pages (a baseline that moves
with the machine). Targets (issue #21): the core pack's full report in <= 0.5 s, the 1,000-question stress report
in <= 5 s. bench_fast_at_any_size.py imports timed_report and plain_pages from here.

    .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from maturity_app.domain.pack_loader import load_library, load_pack  # noqa: E402
from maturity_app.paths import bundled_packs_dir  # noqa: E402
from maturity_app.report.builder import ReportOptions, build_report  # noqa: E402
from maturity_app.report.samples import replicated_pack, sample_score  # noqa: E402

TODAY = dt.date(2026, 6, 1)
TARGET_CORE_SECONDS = 0.5
TARGET_STRESS_SECONDS = 5.0


def plain_pages(pages: int, out: Path) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = getSampleStyleSheet()["BodyText"]
    start = time.perf_counter()
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}. " + "Plain text to fill the page. " * 60, body), PageBreak()]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return time.perf_counter() - start


def timed_report(pack, out: Path, options: ReportOptions, runs: int) -> tuple[float, int]:
    from pypdf import PdfReader

    score, info = sample_score(pack, TODAY, budget=5)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_report(score, info, out, options, report_date=TODAY)
        times.append(time.perf_counter() - start)
    reader = PdfReader(str(out))
    if reader.is_encrypted:
        reader.decrypt(options.password or "")
    return statistics.median(times), len(reader.pages)


def main() -> int:
    library = load_library(bundled_packs_dir(), None)
    core = library.packs.get("core")
    if core is None or len(core.questions()) < 20:
        core = replicated_pack(load_pack(ROOT / "tests" / "fixtures" / "mini.yaml"), 10, 5)
        print("core pack unavailable; using a generated 50-question pack")
    mini = load_pack(ROOT / "tests" / "fixtures" / "mini.yaml")
    stress = replicated_pack(mini, 20, 50)
    build_report(*sample_score(mini, TODAY), Path(tempfile.mkdtemp()) / "warm.pdf", ReportOptions())  # fonts, imports
    cases = [
        (f"core ({len(core.questions())} questions), full", core, ReportOptions(), 5),
        (f"core ({len(core.questions())} questions), board brief", core, ReportOptions(brief=True), 5),
        (f"core ({len(core.questions())} questions), full + AES-256", core, ReportOptions(password="x"), 3),
        (f"stress ({len(stress.questions())} questions), full", stress, ReportOptions(), 1),
    ]
    print(f"{'case':<48} {'seconds':>8} {'pages':>6} {'plain':>8} {'ratio':>6}")
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        for name, pack, options, runs in cases:
            seconds, pages = timed_report(pack, Path(folder) / "r.pdf", options, runs)
            baseline = plain_pages(pages, Path(folder) / "plain.pdf")
            print(f"{name:<48} {seconds:8.2f} {pages:6d} {baseline:8.2f} {seconds / baseline:6.1f}")
            if name.startswith("core") and name.endswith("full") and seconds > TARGET_CORE_SECONDS:
                ok = False
            if name.startswith("stress") and seconds > TARGET_STRESS_SECONDS:
                ok = False
    print(f"targets: core full report <= {TARGET_CORE_SECONDS} s, stress report <= {TARGET_STRESS_SECONDS} s -> "
          f"{'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
