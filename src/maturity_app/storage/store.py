"""Assessments and answers in SQLite: every change is written at once, in its own transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from ..domain import i18n
from ..domain.assessment_info import AssessmentInfo
from ..domain.errors import MaturityError, ValidationFailed
from ..domain.i18n import _
from ..domain.pack_titles import lent_titles, title_in, with_lent
from .listing import ANSWER_COUNTS, COUNTED
from .transaction import write_transaction

if TYPE_CHECKING:  # pydantic and sqlite-utils stay off the start path
    from .connection import Database
    from ..domain.assessment import Answer, Assessment
    from ..domain.schema import Pack

# Listing assessments (the start page, before its first frame) needs only AssessmentInfo: the answer model, its
# dataclasses, the checks of typed text and the pack snapshots (domain.assessment, domain.text_input,
# storage.answer_rows, storage.pack_snapshots) are imported by the methods that read, write or check answers and
# names.


class NotFound(MaturityError):
    pass


class UnreadableAssessment(MaturityError):
    """One stored assessment cannot be read back (a damaged snapshot or answer); the others are unaffected."""


def unreadable(info: AssessmentInfo, exc: Exception) -> UnreadableAssessment:
    detail = " ".join(str(exc).split())[:200]
    return UnreadableAssessment(
        f"assessment {info.id} ({info.organisation}) cannot be read: its stored questionnaire or answers are "
        f"damaged ({detail}). The other assessments are not affected."
    )


def _new_uid() -> str:
    import uuid  # (and the platform probing behind it) only when an assessment is made, not to list them

    return str(uuid.uuid4())


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def assessment_filter(assessment_id: int, question_id: str | None = None) -> tuple[str, list]:
    """The WHERE clause and parameters selecting one assessment's rows, or only one question's when given."""
    where, params = "assessment_id = ?", [assessment_id]
    if question_id:
        where += " AND question_id = ?"
        params.append(question_id)
    return where, params


# The pack snapshot is not here (it lives in pack_snapshots): a list of fifty assessments reads no questionnaire;
# its titles in every language it carries come from their own small row (migration m013).
_INFO_SQL = f"""
    SELECT a.id, a.uid, a.organisation, a.scope, a.assessor, a.mode, a.escalation_budget, a.pack_id,
           a.pack_version, a.pack_title, a.pack_snapshot_id, a.question_count, a.created_at, a.updated_at,
           {ANSWER_COUNTS},
           t.language AS pack_language, t.title AS pack_own_title, t.translations AS pack_titles
    FROM assessments a {COUNTED} LEFT JOIN pack_snapshot_titles t ON t.snapshot_id = a.pack_snapshot_id
"""


def _lent(db) -> dict[int, dict[str, str]]:
    """The titles lent to snapshots (domain.pack_titles) that still hold the content they were checked against;
    nothing to ask before the installed packs were read (the first frame's list)."""
    lent = lent_titles()
    if not lent:
        return {}
    marks = ",".join("?" * len(lent))
    current = dict(db.execute(f"SELECT id, sha256 FROM pack_snapshots WHERE id IN ({marks})", list(lent)).fetchall())
    return {sid: titles for sid, (sha256, titles) in lent.items() if current.get(sid) == sha256}


def _info_from_row(row: dict, language: str | None = None, lent: dict | None = None) -> AssessmentInfo:
    """The info of an assessments row, its pack's title in *language* (the interface's) where the pack carries
    that language (or its installed file lends it: *lent*, from _lent), else in the pack's own, whatever language
    the assessment was made in; a row without stored titles keeps the title it was made with."""
    titles = row.get("pack_titles")
    if lent:
        titles = with_lent(titles, lent.get(row.get("pack_snapshot_id")))
    return AssessmentInfo(
        id=row["id"],
        uid=row["uid"],
        organisation=row["organisation"],
        scope=row["scope"],
        assessor=row["assessor"],
        mode=row["mode"],
        pack_id=row["pack_id"],
        pack_version=row["pack_version"],
        pack_title=title_in(language or i18n.language(), row.get("pack_language"), row.get("pack_own_title"),
                            titles) or row["pack_title"],
        escalation_budget=row["escalation_budget"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        answered=row.get("answered", 0),
        total=row["question_count"],
        not_applicable=row.get("not_applicable", 0),
    )


def _copy_name(name: str) -> str:
    """``Name (copy)``, shortening the name rather than breaking the length limit."""
    from ..domain.assessment import TEXT_LIMITS

    suffix = " (copy)"
    room = TEXT_LIMITS["organisation"] - len(suffix)
    return (name if len(name) <= room else name[: room - 1].rstrip() + "…") + suffix


class AssessmentStore:
    """Named operations on assessments; the use cases in app/ compose these, and nothing above storage writes SQL."""

    def __init__(self, db: Database):
        self.db = db
        self._question_id_cache: dict[str, frozenset[str]] = {}  # by assessment uid

    # -- assessments -------------------------------------------------------------------------------
    def create(
        self,
        pack: Pack,
        organisation: str,
        *,
        scope: str = "",
        assessor: str = "",
        mode: str = "self",
        escalation_budget: int = 3,
    ) -> int:
        from ..domain.assessment import MODES, check_text
        from ..domain.text_input import multi_line, one_line

        organisation, scope, assessor = one_line(organisation).strip(), multi_line(scope), one_line(assessor)
        if not organisation:
            raise ValidationFailed("the organisation (or vendor) name is required")
        for name, value in (("organisation", organisation), ("scope", scope), ("assessor", assessor)):
            check_text(name, value)
        if mode not in MODES:
            raise ValidationFailed(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        if not 0 <= escalation_budget <= 50:
            raise ValidationFailed("the escalation budget must be between 0 and 50")
        from .pack_snapshots import store_snapshot

        now = utc_now()
        with write_transaction(self.db):
            table = self.db.table("assessments")
            table.insert(
                {
                    "uid": _new_uid(),
                    "organisation": organisation,
                    "scope": scope,
                    "assessor": assessor,
                    "mode": mode,
                    "escalation_budget": escalation_budget,
                    "pack_id": pack.id,
                    "pack_version": pack.version,
                    "pack_title": pack.title,
                    "pack_snapshot_id": store_snapshot(self.db, pack.snapshot()),
                    "question_count": len(pack.questions()),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            return table.last_pk

    def list(self, limit: int | None = None) -> list[AssessmentInfo]:
        """Newest first; with *limit*, only the newest *limit*."""
        if limit is None:
            rows = self.db.execute_returning_dicts(_INFO_SQL + " ORDER BY a.updated_at DESC, a.id DESC")
        else:
            rows = self.db.execute_returning_dicts(
                _INFO_SQL + " WHERE a.id IN (SELECT id FROM assessments ORDER BY updated_at DESC, id DESC LIMIT ?)"
                " ORDER BY a.updated_at DESC, a.id DESC", [limit])
        language, lent = i18n.language(), _lent(self.db)
        return [_info_from_row(r, language, lent) for r in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM assessments").fetchone()[0]

    def info(self, assessment_id: int) -> AssessmentInfo:
        rows = self.db.execute_returning_dicts(_INFO_SQL + " WHERE a.id = ?", [assessment_id])
        if not rows:
            raise NotFound(_("there is no assessment with id {id}").format(id=assessment_id))
        return _info_from_row(rows[0], i18n.language(), _lent(self.db))

    def infos(self, ids: list[int]) -> dict[int, AssessmentInfo]:
        """Several assessments' infos in one query, by id; NotFound names the first id that does not exist."""
        marks = ",".join("?" * len(ids))
        rows = self.db.execute_returning_dicts(_INFO_SQL + f" WHERE a.id IN ({marks})", list(ids))
        language, lent = i18n.language(), _lent(self.db)
        found = {r["id"]: _info_from_row(r, language, lent) for r in rows}
        missing = next((i for i in ids if i not in found), None)
        if missing is not None:
            raise NotFound(_("there is no assessment with id {id}").format(id=missing))
        return found

    def load(self, assessment_id: int) -> Assessment:
        from ..domain.assessment import Assessment
        from .answer_rows import answer_from_row
        from .pack_snapshots import pack_from_snapshot, snapshot_of

        info = self.info(assessment_id)
        snapshot = snapshot_of(self.db, assessment_id)
        try:
            pack = pack_from_snapshot(snapshot)
            answers = {
                row["question_id"]: answer_from_row(row)
                for row in self.db.execute_returning_dicts("SELECT * FROM answers WHERE assessment_id = ?",
                                                           [assessment_id])
            }
        except (ValueError, TypeError, KeyError) as exc:  # pydantic's ValidationError is a ValueError
            raise unreadable(info, exc) from None
        # The snapshot is parsed now: the first autosave of the opened assessment need not parse it again.
        self._question_id_cache.setdefault(info.uid, frozenset(q.id for q in pack.questions()))
        return self.with_files_and_plan(Assessment(info=info, pack=pack, answers=answers))

    def with_files_and_plan(self, assessment: Assessment) -> Assessment:
        """*assessment* with its evidence files, verifications, targets, acceptances and action states."""
        from dataclasses import replace

        from .evidence_store import EvidenceStore
        from .plan_store import PlanStore

        assessment_id = assessment.info.id
        evidence, plan = EvidenceStore(self.db), PlanStore(self.db)
        return replace(assessment, evidence=evidence.files(assessment_id),
                       verifications=evidence.verifications(assessment_id), targets=plan.targets(assessment_id),
                       acceptances=plan.acceptances(assessment_id), actions=plan.action_states(assessment_id))

    def rename(self, assessment_id: int, organisation: str) -> None:
        from ..domain.assessment import check_text
        from ..domain.text_input import one_line

        organisation = check_text("organisation", one_line(organisation).strip())
        if not organisation:
            raise ValidationFailed("the organisation (or vendor) name is required")
        self.info(assessment_id)
        with write_transaction(self.db):
            self.db.table("assessments").update(
                assessment_id, {"organisation": organisation, "updated_at": utc_now()}
            )

    def delete(self, assessment_id: int) -> None:
        self.info(assessment_id)
        with write_transaction(self.db):
            self.db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])

    def duplicate(self, assessment_id: int, organisation: str | None = None) -> int:
        """Copy an assessment with its answers (history starts afresh with the copy)."""
        from ..domain.assessment import check_text
        from ..domain.text_input import one_line

        self.info(assessment_id)  # NotFound, as rename and delete raise, rather than sqlite-utils' own error
        source = self.db.table("assessments").get(assessment_id)
        now = utc_now()
        with write_transaction(self.db):
            row = {k: v for k, v in source.items() if k != "id"}
            row.update(uid=_new_uid(), created_at=now, updated_at=now)
            typed = one_line(organisation or "").strip()  # a blank name falls back to "copy of", never to an empty one
            row["organisation"] = check_text("organisation", typed) if typed else _copy_name(source["organisation"])
            table = self.db.table("assessments")
            table.insert(row)
            new_id = table.last_pk
            self.db.execute(
                """INSERT INTO answers SELECT ?, question_id, compliance, capability, proven_on, owner,
                   evidence_note, action, action_owner, action_due, escalate, decision, updated_at
                   FROM answers WHERE assessment_id = ?""",
                [new_id, assessment_id],
            )
            # The board's decisions belong with the escalations copied above: a copy must not reopen them.
            self.db.execute(
                """INSERT INTO board_decisions SELECT ?, question_id, outcome, note, decided_on, recorded_at
                   FROM board_decisions WHERE assessment_id = ?""",
                [new_id, assessment_id],
            )
            from .evidence_store import EvidenceStore

            EvidenceStore(self.db).copy_all(assessment_id, new_id)  # the copy cites the same proof
            return new_id

    # -- answers -----------------------------------------------------------------------------------
    def save_answer(self, assessment_id: int, answer: Answer) -> Answer:
        """Write one answer and its history entry atomically; returns the answer as stored.

        Plain SQL, a handful of statements: this runs on every autosave (sqlite-utils' table helpers would
        first introspect each table). The assessment's change time is written first, and that statement also
        reads what the checks need; a check that fails rolls it back with the rest.
        """
        from dataclasses import replace

        from .answer_rows import UPSERT_ANSWER, answer_to_json, answer_to_row

        answer.validated()
        now = utc_now()
        stored = replace(answer, updated_at=now)  # validated above: only the time it is stored is added
        with write_transaction(self.db):
            row = self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ? RETURNING uid, escalation_budget",
                                  [now, assessment_id]).fetchall()
            if not row:
                raise NotFound(_("there is no assessment with id {id}").format(id=assessment_id))
            uid, budget = row[0]
            if answer.question_id not in self._question_ids(assessment_id, uid):
                raise ValidationFailed(_("question {question} is not part of assessment {id}").format(
                    question=repr(answer.question_id), id=assessment_id))
            if stored.escalate:
                escalated = [
                    r[0]
                    for r in self.db.execute(
                        "SELECT question_id FROM answers WHERE assessment_id = ? AND escalate = 1", [assessment_id]
                    ).fetchall()
                ]
                from ..domain.escalation import check_escalation_budget  # on an escalation, not to list

                check_escalation_budget(escalated, budget, stored.question_id)
            self.db.execute(UPSERT_ANSWER, answer_to_row(assessment_id, stored))
            self.db.execute(
                "INSERT INTO answer_history (assessment_id, question_id, changed_at, answer) VALUES (?, ?, ?, ?)",
                [assessment_id, stored.question_id, now, answer_to_json(stored)],
            )
        return stored

    def answer(self, assessment_id: int, question_id: str) -> Answer:
        from ..domain.assessment import Answer
        from .answer_rows import answer_from_row

        # Plain SQL: read back after every autosave (sqlite-utils' table helpers introspect the schema first).
        rows = self.db.execute_returning_dicts(
            "SELECT * FROM answers WHERE assessment_id = ? AND question_id = ?", [assessment_id, question_id])
        return answer_from_row(rows[0]) if rows else Answer(question_id)

    def history(self, assessment_id: int, question_id: str | None = None) -> list[dict]:
        where, params = assessment_filter(assessment_id, question_id)
        return [
            {**row, "answer": json.loads(row["answer"])}
            for row in self.db.table("answer_history").rows_where(where, params, order_by="id")
        ]

    def owners(self, assessment_id: int) -> list[str]:
        """Names already used as owners in this assessment, for completion and the owner filter.

        One entry per person: "Ana Ruiz ", "ana ruiz" and "Ana Ruiz" are the same name typed three ways (the
        capitalised spelling is offered)."""
        rows = self.db.execute(
            """SELECT owner FROM answers WHERE assessment_id = ? AND trim(owner) != ''
               UNION SELECT action_owner FROM answers WHERE assessment_id = ? AND trim(action_owner) != ''""",
            [assessment_id, assessment_id],
        ).fetchall()
        names: dict[str, str] = {}
        for name in sorted(r[0].strip() for r in rows):
            names.setdefault(name.casefold(), name)
        return sorted(names.values(), key=str.casefold)

    def _question_ids(self, assessment_id: int, uid: str | None = None) -> frozenset[str]:
        # A snapshot never changes once taken, so parsing it once per assessment is enough. The cache is keyed
        # by uid, not id: SQLite gives a deleted last row's id to the next assessment, which may use another pack.
        if uid is None:
            row = self.db.execute("SELECT uid FROM assessments WHERE id = ?", [assessment_id]).fetchone()
            if row is None:
                raise NotFound(_("there is no assessment with id {id}").format(id=assessment_id))
            uid = row[0]
        if uid not in self._question_id_cache:
            from .pack_snapshots import snapshot_of

            snapshot = snapshot_of(self.db, assessment_id)
            self._question_id_cache[uid] = frozenset(
                q["id"] for d in json.loads(snapshot)["domains"] for q in d["questions"]
            )
        return self._question_id_cache[uid]
