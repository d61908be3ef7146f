"""Targets, risk acceptances and action states in SQLite; callers (app/) hold the transaction."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..domain.plan import Acceptance, ActionState, Target

if TYPE_CHECKING:  # annotations only
    from .connection import Database


class PlanStore:
    def __init__(self, db: Database):
        self.db = db

    # -- targets ---------------------------------------------------------------------------------
    def targets(self, assessment_id: int) -> list[Target]:
        return [Target(r["kind"], r["item_id"], r["level"]) for r in self.db.execute_returning_dicts(
            "SELECT * FROM targets WHERE assessment_id = ? ORDER BY kind, item_id", [assessment_id])]

    def set_target(self, assessment_id: int, kind: str, item_id: str, level: int | None) -> None:
        self.db.execute("DELETE FROM targets WHERE assessment_id = ? AND kind = ? AND item_id = ?",
                        [assessment_id, kind, item_id])
        if level is not None:
            self.db.execute("INSERT INTO targets (assessment_id, kind, item_id, level) VALUES (?, ?, ?, ?)",
                            [assessment_id, kind, item_id, level])

    # -- acceptances -----------------------------------------------------------------------------
    def acceptances(self, assessment_id: int) -> dict[str, Acceptance]:
        return {r["question_id"]: Acceptance(r["question_id"], r["approver"], r["reason"],
                                             dt.date.fromisoformat(r["accepted_on"]),
                                             dt.date.fromisoformat(r["expires_on"]))
                for r in self.db.execute_returning_dicts(
                    "SELECT * FROM acceptances WHERE assessment_id = ?", [assessment_id])}

    def set_acceptance(self, assessment_id: int, question_id: str, acceptance: Acceptance | None) -> None:
        self.db.execute("DELETE FROM acceptances WHERE assessment_id = ? AND question_id = ?",
                        [assessment_id, question_id])
        if acceptance is not None:
            a = acceptance
            self.db.execute(
                "INSERT INTO acceptances (assessment_id, question_id, approver, reason, accepted_on, expires_on) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [assessment_id, question_id, a.approver, a.reason, a.accepted_on.isoformat(), a.expires_on.isoformat()])

    # -- action states ---------------------------------------------------------------------------
    def action_states(self, assessment_id: int) -> dict[str, ActionState]:
        return {r["question_id"]: ActionState(r["question_id"], r["status"], r["priority"], r["updated_at"])
                for r in self.db.execute_returning_dicts(
                    "SELECT * FROM action_states WHERE assessment_id = ?", [assessment_id])}

    def set_action_state(self, assessment_id: int, state: ActionState, now: str) -> None:
        self.db.execute(
            "INSERT INTO action_states (assessment_id, question_id, status, priority, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (assessment_id, question_id) DO UPDATE SET status = excluded.status, "
            "priority = excluded.priority, updated_at = excluded.updated_at",
            [assessment_id, state.question_id, state.status, state.priority, now])
        self.db.execute(
            "INSERT INTO action_history (assessment_id, question_id, changed_at, status, priority) VALUES (?, ?, ?, ?, ?)",
            [assessment_id, state.question_id, now, state.status, state.priority])

    def action_history(self, assessment_id: int, question_id: str | None = None) -> list[dict]:
        where, params = "assessment_id = ?", [assessment_id]
        if question_id:
            where += " AND question_id = ?"
            params.append(question_id)
        return self.db.execute_returning_dicts(
            f"SELECT question_id, changed_at, status, priority FROM action_history WHERE {where} ORDER BY id", params)

    # -- the next cycle --------------------------------------------------------------------------
    def carry_over(self, from_id: int, to_id: int, domain_ids: set[str], question_ids: set[str]) -> None:
        """Targets, acceptances (with their own expiry) and action status and history follow the subject into its
        next assessment, for the domains and questions its pack still has."""
        for t in self.targets(from_id):
            if t.item_id in (domain_ids if t.kind == "domain" else question_ids):
                self.set_target(to_id, t.kind, t.item_id, t.level)
        for question_id, acceptance in self.acceptances(from_id).items():
            if question_id in question_ids:
                self.set_acceptance(to_id, question_id, acceptance)
        marks = ",".join("?" * len(question_ids)) or "''"
        ids = sorted(question_ids)
        self.db.execute(
            f"INSERT INTO action_states (assessment_id, question_id, status, priority, updated_at) "
            f"SELECT ?, question_id, status, priority, updated_at FROM action_states "
            f"WHERE assessment_id = ? AND question_id IN ({marks})", [to_id, from_id, *ids])
        self.db.execute(
            f"INSERT INTO action_history (assessment_id, question_id, changed_at, status, priority) "
            f"SELECT ?, question_id, changed_at, status, priority FROM action_history "
            f"WHERE assessment_id = ? AND question_id IN ({marks}) ORDER BY id", [to_id, from_id, *ids])
