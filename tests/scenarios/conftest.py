"""Realistic organisations written as answers, read back the way a user and a board member would.

Each scenario writes its answers into a fresh database, then runs the real command line (`score --json`,
`report --brief`) as a separate process and reads the brief's text with pdftotext: what the board would hold.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from scenario_helpers import Result, core_pack

from maturity_app.domain.assessment import Answer

@pytest.fixture
def organisation(tmp_path, isolated_data_dir):
    """organisation(name, answers, mode="self", participants=(), agreed=None, full=False) -> Result."""

    def run(*args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "maturity_app.cli", "--db", str(tmp_path / "org.db"), *args],
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        return result

    def pages(pdf) -> list[str]:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        return [" ".join(page.split()) for page in text.split("\f") if page.strip()]

    def build(name: str, answers_given: list[Answer], *, mode: str = "self", participants=(), agreed=None,
              full: bool = False) -> Result:
        from maturity_app.app import answers, workshop
        from maturity_app.app.workspace import Workspace

        ws = Workspace.open(tmp_path / "org.db")
        try:
            aid = ws.assessments.create(core_pack(), name, assessor="Scenario assessor", mode=mode)
            answers.save_answers(ws, aid, answers_given)
            room = [workshop.add_participant(ws, aid, role).value for role in participants]
            for question_id, levels in (agreed or {}).items():
                for person in room:  # the room rates before it agrees (an unrated side cannot be agreed)
                    workshop.rate(ws, aid, person.id, question_id, **levels)
                workshop.agree(ws, aid, question_id, **levels)
        finally:
            ws.close()
        score = json.loads(run("score", str(aid), "--json").stdout)
        pdf = tmp_path / f"brief-{aid}.pdf"
        run("report", str(aid), "--brief", "--out", str(pdf))
        brief = pages(pdf)
        report: list[str] = []
        if full:
            run("report", str(aid), "--out", str(tmp_path / f"full-{aid}.pdf"))
            report = pages(tmp_path / f"full-{aid}.pdf")
        return Result(score=score, brief=" ".join(brief), brief_pages=brief, report_pages=report)

    return build
