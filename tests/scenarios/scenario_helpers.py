"""Helpers for the scenario tests: the core pack, proof dates relative to each window, what a run returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from maturity_app.domain.assessment import Answer
from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.scoring import add_months

CORE = Path(__file__).resolve().parents[2] / "questionnaires" / "core.yaml"
TODAY = dt.date.today()


def core_pack():
    return load_pack(CORE)


def fresh(question) -> dt.date:
    """A proof date well inside the question's window."""
    return TODAY - dt.timedelta(days=20)


def expired_last_month(question) -> dt.date:
    """A proof date whose window closed about a month ago."""
    day = add_months(TODAY, -question.freshness_months - 1)
    assert add_months(day, question.freshness_months) < TODAY
    return day


def strong(question, owner: str = "Named Owner", **extra) -> Answer:
    return Answer(question.id, compliance=4, capability=4, proven_on=fresh(question), owner=owner, **extra)


@dataclass
class Result:
    score: dict  # `score --json`
    brief: str  # the brief's text, whitespace-normalised
    brief_pages: list[str] = field(default_factory=list)
    report_pages: list[str] = field(default_factory=list)  # the full report, when asked for

    @property
    def report(self) -> str:
        return " ".join(self.report_pages)

    @property
    def sentences(self) -> str:
        s = self.score["summary"]
        return " ".join([s["coverage"], s["headline"], *s["findings"], *s["context"]])
