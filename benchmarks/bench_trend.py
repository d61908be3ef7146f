"""Trend of a long history: 50 assessments x 100 answers loaded, scored and drawn; target 300 ms (median of runs)."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

import yaml

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from maturity_app.domain.assessment import Answer  # noqa: E402
from maturity_app.domain.schema import Pack  # noqa: E402
from maturity_app.storage.cycle_store import CycleStore  # noqa: E402
from maturity_app.storage.database import open_database  # noqa: E402
from maturity_app.storage.store import AssessmentStore, answer_to_row  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "mini.yaml"
TARGET_MS = 300.0
ASSESSMENTS, QUESTIONS = 50, 100


def hundred_question_pack() -> Pack:
    data = yaml.safe_load(FIXTURE.read_text())
    template = data["domains"][0]["questions"][0]
    data["domains"] = [
        {"id": f"domain-{d}", "title": f"Domain {d}",
         "questions": [dict(template, id=f"q-{d}-{q}", title=f"Question {d}.{q}") for q in range(10)]}
        for d in range(QUESTIONS // 10)
    ]
    return Pack.model_validate(data)


def seed(store: AssessmentStore, pack: Pack) -> int:
    """A subject's history: one assessment a month, practice slowly catching up with the paper."""
    ids = [q.id for q in pack.questions()]
    start = dt.date(2021, 1, 15)
    previous = None
    for n in range(ASSESSMENTS):
        aid = store.create(pack, "Benchmark Holdings")
        day = start + dt.timedelta(days=30 * n)
        with store.db.atomic():
            store.db.table("answers").insert_all(
                answer_to_row(aid, Answer(qid, compliance=3 + (i % 2), capability=min(4, (i + n // 10) % 5),
                                          proven_on=day - dt.timedelta(days=20), owner=f"Owner {i % 9}",
                                          action="Exercise it" if i % 3 == 0 else "", updated_at=day.isoformat()))
                for i, qid in enumerate(ids)
            )
            stamp = f"{day.isoformat()}T09:00:00+00:00"
            store.db.execute("UPDATE assessments SET created_at = ?, updated_at = ? WHERE id = ?", [stamp, stamp, aid])
            if previous:
                store.db.table("assessment_lineage").insert(
                    {"assessment_id": aid, "previous_id": previous, "created_at": stamp})
        previous = aid
    return previous


def measure(runs: int = 9) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from maturity_app.ui.cycle.compare_page import ComparePage
    from maturity_app.ui.cycle.trend_chart import TrendChart

    app = QApplication.instance() or QApplication([])
    pack = hundred_question_pack()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        store = AssessmentStore(db)
        latest = seed(store, pack)
        chart = TrendChart()
        chart.resize(1200, 300)
        chart.show()
        trend_ms, page_ms = [], []
        for _ in range(runs):
            cycle = CycleStore(AssessmentStore(db))  # fresh: no snapshot cache carried between runs
            start = time.perf_counter()
            trend = cycle.trend(latest)
            chart.set_trend(trend, selected=latest)
            chart.grab()  # forces a full paint
            trend_ms.append((time.perf_counter() - start) * 1000)
            assert len(trend.points) == ASSESSMENTS and trend.latest.total == QUESTIONS

            page = ComparePage(CycleStore(AssessmentStore(db)))
            page.resize(1360, 880)
            start = time.perf_counter()
            page.show_subject(latest)
            page.grab()
            page_ms.append((time.perf_counter() - start) * 1000)
            page.deleteLater()
            app.processEvents()
        db.close()
    return {"trend_ms": statistics.median(trend_ms), "trend_max_ms": max(trend_ms),
            "page_ms": statistics.median(page_ms)}


def main() -> None:
    result = measure()
    print(f"trend of {ASSESSMENTS} assessments x {QUESTIONS} answers, loaded + scored + drawn:")
    print(f"  median {result['trend_ms']:.1f} ms, worst {result['trend_max_ms']:.1f} ms; target {TARGET_MS:.0f} ms; "
          f"ratio {result['trend_ms'] / TARGET_MS:.2f} ({'OK' if result['trend_ms'] <= TARGET_MS else 'TOO SLOW'})")
    print(f"  whole compare page (trend + comparison of the last two + tables): median {result['page_ms']:.1f} ms; "
          f"ratio {result['page_ms'] / TARGET_MS:.2f}")


if __name__ == "__main__":
    main()
