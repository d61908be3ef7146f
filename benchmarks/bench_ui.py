"""UI responsiveness on demand: next question, a 1,000-question navigator, and start-up against bare PySide6.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py   (or under xvfb-run for a real X server)
Targets: next question <= 50 ms, loading the 1,000-question navigator <= 500 ms. Prints measured/target ratios
(below 1.0 is within target) and the app's start-to-first-window time as a ratio of a bare PySide6 window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NEXT_TARGET_MS = 50.0
NAVIGATOR_TARGET_MS = 500.0


def stress_pack(questions: int = 1000, domains: int = 20):
    from maturity_app.domain.schema import Pack

    levels = [{"level": i, "label": f"Level {i}", "anchor": f"What level {i} looks like in practice."} for i in range(5)]
    per_domain = questions // domains
    return Pack.model_validate({
        "id": "stress", "version": "1.0", "title": "Stress pack", "language": "en",
        "scales": {"compliance": {"title": "Paper", "levels": levels},
                   "capability": {"title": "Practice", "levels": levels}},
        "domains": [
            {"id": f"d{d:02d}", "title": f"Domain {d + 1}: resilience topic",
             "questions": [{
                 "id": f"q{d:02d}-{i:03d}", "title": f"Question {d * per_domain + i + 1} about a control",
                 "compliance": "Is it documented and approved?", "capability": "When was it last proven?",
                 "consequence": "The board would be surprised.", "references": {"iso27001": ["A.5.30"]},
             } for i in range(per_domain)]}
            for d in range(domains)
        ],
    })


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def bench_in_process() -> None:
    from PySide6.QtWidgets import QApplication

    from maturity_app.domain.demo import demo_answers
    from maturity_app.storage.database import open_database
    from maturity_app.storage.store import AssessmentStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MATURITY_APP_DATA_DIR"] = folder
        db_path = Path(folder) / "bench.db"
        pack = stress_pack()
        store = AssessmentStore(open_database(db_path))
        assessment_id = store.create(pack, "Stress Ltd")
        import datetime as dt

        with store.db.atomic():
            for answer in demo_answers(pack, dt.date.today())[:600]:
                store.save_answer(assessment_id, answer)
        store.db.close()

        from maturity_app.ui.launch import build_app

        window, controller = build_app(db_path, app)
        window.resize(1400, 900)
        window.show()
        app.processEvents()

        start = time.perf_counter()
        controller.open_assessment(assessment_id)
        app.processEvents()
        open_ms = _ms(time.perf_counter() - start)

        page = window.assessment_page
        start = time.perf_counter()
        nav = controller.assessment
        from maturity_app.ui.navigator_model import NavigatorFilterProxy, NavigatorModel

        model = NavigatorModel(nav.session.score)
        proxy = NavigatorFilterProxy()
        proxy.setSourceModel(model)
        page.tree.setModel(proxy)
        page.tree.expandAll()
        app.processEvents()
        navigator_ms = _ms(time.perf_counter() - start)
        page.tree.setModel(nav.proxy)  # back to the live model
        page.tree.expandAll()

        timings = []
        for _ in range(60):
            start = time.perf_counter()
            nav.step(1)
            app.processEvents()
            timings.append(_ms(time.perf_counter() - start))
        next_ms = statistics.median(timings)
        worst = max(timings)

        start = time.perf_counter()
        nav.session.change(nav.current, "bench", compliance=3)
        app.processEvents()
        answer_ms = _ms(time.perf_counter() - start)
        controller.store.db.close()

    print(f"open 1,000-question assessment:       {open_ms:7.1f} ms")
    print(f"navigator load (1,000 questions):     {navigator_ms:7.1f} ms   ratio to 500 ms target: "
          f"{navigator_ms / NAVIGATOR_TARGET_MS:.2f}")
    print(f"next question (median of 60):         {next_ms:7.1f} ms   ratio to 50 ms target: "
          f"{next_ms / NEXT_TARGET_MS:.2f}   (worst {worst:.1f} ms)")
    print(f"answer + save + rescore + repaint:    {answer_ms:7.1f} ms")


_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from maturity_app.ui.launch import build_app
w, c = build_app(sys.argv[1], app)
c.restore(); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _time_to_window(script: str, *args: str) -> float:
    """Process start until the child reports its first window shown (not until it exits)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=120)
    if line.strip() != "shown":
        raise RuntimeError(f"child did not show a window (exit {child.returncode})")
    return elapsed


def bench_start(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env_folder = Path(folder)
        os.environ["MATURITY_APP_DATA_DIR"] = str(env_folder)
        db = env_folder / "start.db"
        _time_to_window(_APP, str(db))  # first run creates the database; not measured
        bare = statistics.median(_time_to_window(_BARE) for _ in range(runs))
        app = statistics.median(_time_to_window(_APP, str(db)) for _ in range(runs))
    print(f"bare PySide6 window, process start to shown: {_ms(bare):7.1f} ms")
    print(f"Maturity, process start to first window:     {_ms(app):7.1f} ms   ratio to bare: {app / bare:.2f}")


if __name__ == "__main__":
    bench_in_process()
    bench_start()
