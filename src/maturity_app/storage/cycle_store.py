"""The certification cycle in SQLite: re-assessments with lineage and answer flags, subject history, portfolio."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..domain.assessment import Assessment
from ..domain.compare import Comparison, ScoredAssessment, assessed_on, compare
from ..domain.errors import ValidationFailed
from ..domain.escalation import BoardDecision, check_board_decision
from ..domain.i18n import language
from ..domain.portfolio import Portfolio, build_portfolio
from ..domain.reassess import PackChange, plan_reassessment
from ..domain.scoring import score_assessment
from ..domain.trend import Trend, build_trend
from .pack_snapshots import pack_from_snapshot
from .answer_rows import answer_from_row, answer_to_json, answer_to_row
from .store import AssessmentStore, unreadable, utc_now
from .transaction import write_transaction

if TYPE_CHECKING:  # pydantic stays off the start path
    from ..domain.schema import Pack


@dataclass(frozen=True)
class AnswerFlags:
    carried_over: bool = False
    to_confirm: bool = False


@dataclass(frozen=True)
class Lineage:
    assessment_id: int
    previous_id: int | None
    prefilled: bool
    pack_change: PackChange | None


@dataclass(frozen=True)
class ReassessResult:
    new_id: int
    previous_id: int
    carried_over: int
    to_confirm: int
    pack_change: PackChange
    notes: list[str] = field(default_factory=list)  # e.g. the pack is no longer installed


def _name_key(organisation: str) -> str:
    return " ".join(organisation.casefold().split())


class CycleStore:
    """Named operations for re-assessment, comparison, trend and portfolio; built on an AssessmentStore."""

    def __init__(self, store: AssessmentStore):
        self.store = store
        self.db = store.db

    # -- re-assessment -----------------------------------------------------------------------------
    def reassess(self, assessment_id: int, current_pack: Pack | None, *, prefill: bool = False) -> ReassessResult:
        """Start the next cycle of *assessment_id* against *current_pack* (the library's version of its pack).

        When the pack is no longer installed (*current_pack* is None) the previous snapshot is reused, and the
        result says so. Everything is written in one transaction: a failure leaves no half-made assessment.
        """
        previous = self.store.load(assessment_id)
        notes = []
        if current_pack is None:
            current_pack = previous.pack
            notes.append(
                f"pack {previous.info.pack_id} is no longer installed; the new assessment reuses version "
                f"{previous.info.pack_version} from the previous one"
            )
        elif current_pack.id != previous.info.pack_id:
            raise ValidationFailed(
                f"assessment {assessment_id} uses pack {previous.info.pack_id}, not {current_pack.id}"
            )
        plan = plan_reassessment(previous, current_pack, prefill=prefill,
                                 decisions=self.board_decisions(assessment_id))
        info = previous.info
        now = utc_now()
        with write_transaction(self.db):
            new_id = self.store.create(
                current_pack, info.organisation, scope=info.scope, assessor=info.assessor, mode=info.mode,
                escalation_budget=info.escalation_budget,
            )
            stored = [c.answer.with_changes(updated_at=now) for c in plan.answers]
            self.db.table("answers").insert_all(answer_to_row(new_id, a) for a in stored)
            self.db.table("answer_history").insert_all(
                {"assessment_id": new_id, "question_id": a.question_id, "changed_at": now, "answer": answer_to_json(a)}
                for a in stored
            )
            # Flags last: the trigger that clears to_confirm on save must not see the answers written above.
            self.db.table("answer_flags").insert_all(
                {
                    "assessment_id": new_id, "question_id": c.answer.question_id,
                    "carried_over": int(c.carried_over), "to_confirm": int(c.to_confirm),
                }
                for c in plan.answers
            )
            self.db.table("assessment_lineage").insert(
                {
                    "assessment_id": new_id, "previous_id": assessment_id, "prefilled": int(prefill),
                    "pack_change": json.dumps(plan.pack_change.to_dict(), ensure_ascii=False), "created_at": now,
                }
            )
        return ReassessResult(
            new_id=new_id, previous_id=assessment_id, carried_over=plan.carried_count,
            to_confirm=plan.to_confirm_count, pack_change=plan.pack_change, notes=notes,
        )

    def lineage(self, assessment_id: int) -> Lineage | None:
        row = self.db.execute(
            "SELECT previous_id, prefilled, pack_change FROM assessment_lineage WHERE assessment_id = ?",
            [assessment_id],
        ).fetchone()
        if row is None:
            return None
        change = json.loads(row[2]) if row[2] else {}
        return Lineage(assessment_id, row[0], bool(row[1]), PackChange.from_dict(change) if change else None)

    def flags(self, assessment_id: int) -> dict[str, AnswerFlags]:
        rows = self.db.execute(
            "SELECT question_id, carried_over, to_confirm FROM answer_flags WHERE assessment_id = ?",
            [assessment_id],
        ).fetchall()
        return {qid: AnswerFlags(bool(carried), bool(confirm)) for qid, carried, confirm in rows}

    def to_confirm(self, assessment_id: int) -> list[str]:
        return sorted(q for q, f in self.flags(assessment_id).items() if f.to_confirm)

    def set_to_confirm(self, assessment_id: int, question_id: str, to_confirm: bool) -> None:
        """Confirm a pre-filled answer as it stands (saving the answer does the same, by trigger), or (undoing
        that) ask for its confirmation again; only carried-over answers have flags, others are left alone."""
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE answer_flags SET to_confirm = ? WHERE assessment_id = ? AND question_id = ?",
                [int(to_confirm), assessment_id, question_id],
            )

    # -- the board's decisions on escalations ------------------------------------------------------
    def board_decisions(self, assessment_id: int) -> dict[str, BoardDecision]:
        rows = self.db.execute(
            "SELECT question_id, outcome, note, decided_on FROM board_decisions WHERE assessment_id = ?",
            [assessment_id],
        ).fetchall()
        return {qid: BoardDecision(qid, outcome, dt.date.fromisoformat(day), note) for qid, outcome, note, day in rows}

    def record_board_decision(self, assessment_id: int, decision: BoardDecision,
                              today: dt.date | None = None) -> BoardDecision:
        """Record what the board decided on an escalated question: from then on that escalation is resolved."""
        assessment = self.store.load(assessment_id)
        if decision.question_id not in {q.id for q in assessment.pack.questions()}:  # type: ignore[attr-defined]
            raise ValidationFailed(f"question {decision.question_id!r} is not part of assessment {assessment_id}")
        scored = score_assessment(assessment, today).question(decision.question_id)
        check_board_decision(decision, escalated=scored.answer.escalate, gap=scored.gap)
        now = utc_now()
        with self.db.atomic():
            self.db.table("board_decisions").upsert(
                {"assessment_id": assessment_id, "question_id": decision.question_id, "outcome": decision.outcome,
                 "note": decision.note, "decided_on": decision.decided_on.isoformat(), "recorded_at": now},
                pk=("assessment_id", "question_id"),
            )
            self.db.table("assessments").update(assessment_id, {"updated_at": now})
        return decision

    def clear_board_decision(self, assessment_id: int, question_id: str) -> None:
        """Take a decision back (recorded by mistake): the escalation is open again."""
        with self.db.atomic():
            self.db.execute("DELETE FROM board_decisions WHERE assessment_id = ? AND question_id = ?",
                            [assessment_id, question_id])

    # -- subjects ----------------------------------------------------------------------------------
    def subject_ids(self, assessment_id: int) -> list[int]:
        """Every assessment of the same subject and pack: same name (case and spacing aside) or linked by
        re-assessment (so a renamed vendor keeps its history). Oldest first."""
        info = self.store.info(assessment_id)
        rows = self.db.execute(
            "SELECT id, organisation FROM assessments WHERE pack_id = ? ORDER BY created_at, id", [info.pack_id]
        ).fetchall()
        links = self.db.execute(
            """SELECT l.assessment_id, l.previous_id FROM assessment_lineage l
               JOIN assessments a ON a.id = l.assessment_id WHERE a.pack_id = ? AND l.previous_id IS NOT NULL""",
            [info.pack_id],
        ).fetchall()
        parent = {row_id: row_id for row_id, _ in rows}

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def join(a: int, b: int) -> None:
            if a in parent and b in parent:
                parent[root(a)] = root(b)

        first_of_name: dict[str, int] = {}
        for row_id, organisation in rows:
            join(row_id, first_of_name.setdefault(_name_key(organisation), row_id))
        for new_id, old_id in links:
            join(new_id, old_id)
        mine = root(assessment_id)
        return [row_id for row_id, _ in rows if root(row_id) == mine]

    def previous_of(self, assessment_id: int) -> int | None:
        """The assessment this one continues: its recorded lineage, else the latest earlier one of its subject."""
        lineage = self.lineage(assessment_id)
        if lineage and lineage.previous_id is not None:
            return lineage.previous_id
        ids = self.subject_ids(assessment_id)
        position = ids.index(assessment_id)
        return ids[position - 1] if position > 0 else None

    # -- loading and scoring many at once ----------------------------------------------------------
    def load_many(self, ids: list[int]) -> list[Assessment]:
        """Load several assessments with three queries and one parse per distinct pack snapshot.

        Answers and pack only: evidence files, verifications and plan data are left out, since no figure of a
        comparison, trend or portfolio depends on them (the indices, gaps and proof freshness come from the
        answers). Where they count (a headline's narrative and the days it holds), wrap each one with
        ``AssessmentStore.with_files_and_plan``, as the stored headlines do."""
        if not ids:
            return []
        infos = self.store.infos(ids)
        marks = ",".join("?" * len(ids))
        snapshots = dict(
            self.db.execute(f"SELECT a.id, s.snapshot FROM assessments a JOIN pack_snapshots s "
                            f"ON s.id = a.pack_snapshot_id WHERE a.id IN ({marks})", ids).fetchall()
        )
        answers: dict[int, dict] = {i: {} for i in ids}
        cursor = self.db.execute(f"SELECT * FROM answers WHERE assessment_id IN ({marks})", ids)
        columns = [c[0] for c in cursor.description]
        for values in cursor:
            row = dict(zip(columns, values))
            try:
                answers[row["assessment_id"]][row["question_id"]] = answer_from_row(row)
            except (ValueError, TypeError, KeyError) as exc:
                raise unreadable(infos[row["assessment_id"]], exc) from None
        loaded = []
        for i in ids:
            try:
                pack = pack_from_snapshot(snapshots[i])
            except (ValueError, TypeError) as exc:  # a damaged snapshot names its assessment
                raise unreadable(infos[i], exc) from None
            loaded.append(Assessment(info=infos[i], pack=pack, answers=answers[i]))
        return loaded

    def scored(self, assessment: Assessment, today: dt.date | None = None) -> ScoredAssessment:
        """Score as of the assessment's own date (or *today* for the one being reported now)."""
        day = today or assessed_on(assessment.info)
        return ScoredAssessment(assessment.info, score_assessment(assessment, day), day,
                                self.board_decisions(assessment.info.id))

    def scored_many(self, ids: list[int]) -> list[ScoredAssessment]:
        return [self.scored(a) for a in self.load_many(ids)]

    # -- the three views ---------------------------------------------------------------------------
    def comparison(self, old_id: int, new_id: int, *, new_as_of: dt.date | None = None) -> Comparison:
        if old_id == new_id:
            raise ValidationFailed("pick two different assessments to compare")
        if old_id not in self.subject_ids(new_id):
            old, new = self.store.info(old_id), self.store.info(new_id)
            raise ValidationFailed(
                f"assessment {old_id} ({old.organisation}, {old.pack_id}) and {new_id} ({new.organisation}, "
                f"{new.pack_id}) are not of the same subject and pack; compare two assessments of one subject"
            )
        # Titles in the language text is made in now (a report's own, on its worker thread); ids decide the match.
        old, new = (replace(a, pack=a.pack.localized(language())) for a in self.load_many([old_id, new_id]))
        return compare(self.scored(old), self.scored(new, new_as_of))

    def trend(self, assessment_id: int) -> Trend:
        return build_trend(self.scored_many(self.subject_ids(assessment_id)))

    def since_previous(self, assessment_id: int, as_of: dt.date) -> tuple[Comparison, Trend] | None:
        """What a report's "since last assessment" section needs: the comparison with the previous assessment of
        the subject (this one scored *as_of*, as the report scores it) and the trend up to this one; None for a
        subject's first assessment. The CLI and the desktop export both call this."""
        previous = self.previous_of(assessment_id)
        if previous is None:
            return None
        comparison = self.comparison(previous, assessment_id, new_as_of=as_of)
        return comparison, self.trend(assessment_id).until(assessment_id).with_point(comparison.new)

    def vendor_assessment_ids(self) -> list[int]:
        rows = self.db.execute(
            "SELECT id FROM assessments WHERE pack_snapshot_id IN "
            "(SELECT id FROM pack_snapshots WHERE json_extract(snapshot, '$.subject') = 'vendor') "
            "ORDER BY created_at, id"
        ).fetchall()
        return [r[0] for r in rows]

    def portfolio(self) -> Portfolio:
        return build_portfolio(self.scored_many(self.vendor_assessment_ids()))
