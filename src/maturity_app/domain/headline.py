"""The headline of an assessment: the few figures a list of assessments shows, and how long they hold.

The start page and `list` read these figures stored beside each assessment instead of re-parsing every pack
snapshot and re-scoring every answer (issue #21). They are never a second formula: ``headline`` keeps the scalar
part of the domain's own ``score_summary`` (so whatever the summary grows to carry, the stored copy carries too),
and ``DEFINITION`` fingerprints the code that defines them, so a changed definition recomputes every stored copy.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import SOURCE_LANGUAGE, using_language

if TYPE_CHECKING:  # reading stored headlines (`list`) needs no scoring: it is imported where a score is made
    from .scoring import AssessmentScore


def headline(score: AssessmentScore) -> dict:
    """Every number of the score summary that is one value (not a per-domain or per-question list): its
    ``summary_numbers``, without the narrative's sentences, which are words made for a reader in a language
    (``score`` words them; an autosave stores these figures in the answer's transaction)."""
    from .score_summary import summary_numbers

    with using_language(SOURCE_LANGUAGE):  # a stored copy is data: one language, whatever the window speaks
        summary = summary_numbers(score)
    figures = {key: value for key, value in summary.items() if not isinstance(value, list)}
    figures["subject"] = score.pack.subject
    return figures


DEFINING_MODULES = ("scoring", "score_summary", "assessment", "schema", "evidence", "plan", "headline")


@functools.cache
def definition() -> str:
    """A fingerprint of the modules that define the headline: stored copies made by other code are recomputed.

    Read as files next to this one (importing them here would put pydantic on the desktop's start path); where
    there are no source files (a frozen bundle), the app's version stands in: each release recomputes once.
    Fingerprinted as Python's hash-based .pyc files detect a changed source (SipHash, 64 bits; a new Python
    recomputes once too): a launch reads these files before its first frame, and SHA-256 took it 15 times longer.
    """
    from importlib.util import source_hash

    try:
        sources = [source_hash(Path(__file__).with_name(f"{name}.py").read_bytes()) for name in DEFINING_MODULES]
    except OSError:
        from .. import __version__

        return f"version {__version__}"
    return source_hash(b"".join(sources)).hex()


def valid_through(score: AssessmentScore, day: dt.date) -> dt.date | None:
    """The last day on which the assessment, scored on *day* as *score*, scores the same; None when it always will.

    A score depends on the date only through dates in the answers (a proof ages past its question's freshness);
    every day on which such a comparison can flip (DomainScore.turning_days) ends the validity, conservatively, so
    a stored headline is recomputed on that day rather than shown stale.
    """
    if score.acceptances or score.actions or any(t.attachments for t in score.tallies):
        return day  # verifications, acceptances and action dates age too: such figures are made again daily
    later = [turn for domain in score.domains for turn in domain.turning_days if turn > day]
    return min(later) - dt.timedelta(days=1) if later else None
