"""Connects the plan panel (and the dashboard's targets button) to the open assessment; each change an undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ..domain.formatting import day
from ..domain.plan import domains_against_targets, plan_item, plan_line
from .language import translate
from .plan_panel import AcceptRiskDialog, PlanPanel, TargetsDialog, status_text
from .question_panel_controller import QuestionPanelController
from .session import AssessmentSession


class PlanController(QuestionPanelController):
    def __init__(self, panel: PlanPanel, dashboard, session: AssessmentSession, parent=None):
        self.dashboard = dashboard
        dashboard.today = session.model.ws.today  # the plan's expiries and horizons are judged on this day
        super().__init__(panel, session, [
            (panel.acceptRequested, self._accept),
            (panel.withdrawRequested, self._withdraw),
            (panel.statusPicked, self._status),
            (panel.priorityPicked, self._priority),
            (panel.targetPicked, self._target),
            (dashboard.targetsRequested, self.edit_targets),
        ], parent)

    def refresh(self) -> None:
        if self.question_id is None:
            return
        model, qid = self.session.model, self.question_id
        score = model.score
        q = model.question_score(qid)
        today = model.ws.today
        acceptance = score.acceptances.get(qid)
        state = score.actions.get(qid)
        own = next((t.level for t in score.targets if t.kind == "question" and t.item_id == qid), None)
        domain_level = next((t.level for t in score.targets if t.kind == "domain" and t.item_id == q.domain.id), None)
        item = plan_item(score, q, today)
        derived = item.derived_priority if item is not None else q.question.weight * max(q.gap or 0, 0)
        plan_text = plan_line(item, acceptance, today)
        has_action = bool(q.answer.action.strip())
        history = model.ws.plan.action_history(model.id, qid)[-8:]
        self.panel.status.setToolTip(
            translate("PlanPanel", "Where the remediation action stands; kept with its history into the next cycle")
            + "".join(f"\n{day(h['changed_at'])}  {status_text(h['status'])}" for h in history))
        acceptance_text = self.tr("{status} · approved by {approver}: {reason}").format(
            status=_sentence(acceptance.status(today)), approver=acceptance.approver, reason=acceptance.reason
        ) if acceptance else self.tr("No risk acceptance")
        self.panel.set_summary(f"{plan_text} · {acceptance_text}")
        self.panel.show_state(
            acceptance_text=acceptance_text,
            accepted=acceptance is not None, has_action=has_action,
            status=state.status if state else "open", priority=state.priority if state else None,
            derived=derived, target=own, domain_target=domain_level, plan_text=plan_text)

    def _changed(self, changes, _origin: str) -> None:
        if changes.plan or self.question_id in changes.answers:
            self.refresh()

    def _accept(self) -> None:
        q = self.session.question_score(self.question_id)
        dialog = AcceptRiskDialog(q.question.title, self.session.model.ws.today, self.panel)
        if dialog.exec() == QDialog.Accepted:
            approver, reason, expires = dialog.values()
            self._run(lambda: self.session.accept_risk(self.question_id, approver, reason, expires),
                      self.tr("Risk accepted · Ctrl+Z undoes"))
        dialog.deleteLater()

    def _withdraw(self) -> None:
        self._run(lambda: self.session.withdraw_acceptance(self.question_id), self.tr("Risk acceptance withdrawn"))

    def _status(self, status: str) -> None:
        self._run(lambda: self.session.set_action_state(self.question_id, status=status),
                  self.tr("Action status: {status}").format(status=status_text(status)))

    def _priority(self, priority) -> None:
        state = self.session.score.actions.get(self.question_id)
        if (state.priority if state else None) == priority:
            return
        self._run(lambda: self.session.set_action_state(self.question_id, priority=priority), self.tr("Priority set"))

    def _target(self, level) -> None:
        self._run(lambda: self.session.set_target(self.question_id, level), self.tr("Target set"))

    def edit_targets(self) -> None:
        score = self.session.score
        current = {d.domain.domain.id: d.target for d in domains_against_targets(score, list(score.targets))}
        rows = [(d.domain.id, d.domain.title, current.get(d.domain.id), d.capability_index) for d in score.domains]
        dialog = TargetsDialog(rows, self.dashboard)
        if dialog.exec() == QDialog.Accepted:
            self._run(lambda: self.session.set_domain_targets(dialog.levels()), self.tr("Board targets set · Ctrl+Z undoes"))
        dialog.deleteLater()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
