"""Callbacks for one open assessment: navigation, answers, escalation swaps, undo/redo, live score updates."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from ..app.open_assessment import OpenAssessment
from ..app.workspace import Workspace
from ..domain.formatting import NOT_ANSWERED, day, level
from ..domain.i18n import _
from ..domain.errors import MaturityError
from .assessment_page import AssessmentPage
from .escalation_dialog import DropEscalationDialog
from .gc_guard import let_go, settle_once_drawn
from .idle_memory import defer_release
from .navigator_model import FILTERS, IsDomainRole, NavigatorFilterProxy, NavigatorModel, QuestionIdRole
from .question_view import field_label
from .session import AssessmentSession


def _level_text(value) -> str:
    return _(NOT_ANSWERED) if value is None else level(value)  # the core's words, in its catalogue


class AssessmentController(QObject):
    questionShown = Signal(str)
    status = Signal(str)

    def __init__(self, page: AssessmentPage, workspace: Workspace, assessment_id: int, parent=None):
        super().__init__(parent)
        self.page = page
        self.view = page.question_view
        self.session = AssessmentSession(OpenAssessment(workspace, assessment_id), parent=self)
        self.current: str | None = None
        self._syncing_tree = False
        self._dashboard_stale = True

        self.model = NavigatorModel(self.session.score, self)
        self.proxy = NavigatorFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        page.tree.setModel(self.proxy)
        page.configure_tree()
        page.tree.expandAll()
        page.filter.setCurrentIndex(0)
        page.find.clear()
        self._connections = [
            (page.tree.selectionModel().currentChanged, self._tree_current_changed),
            (page.tree.activated, self._tree_activated),
            (page.find.textChanged, self._find_changed),
            (page.find.returnPressed, self._find_accepted),
            (page.filter.currentIndexChanged, self._filter_changed),
            (page.owner_filter.currentIndexChanged, self._owner_filter_changed),
            (page.question_button.clicked, lambda: self.show_dashboard(False)),
            (page.dashboard_button.clicked, lambda: self.show_dashboard(True)),
            (page.dashboard.questionClicked, self._dashboard_clicked),
            (self.view.levelPicked, self._level_picked),
            (self.view.fieldChanged, self._field_changed),
            (self.view.escalateRequested, self._escalate_requested),
            (self.view.boardDecisionRequested, self._board_decision_requested),
            (self.view.confirmRequested, self._confirm_requested),
            (self.view.inputRejected, self.status),
            (page.keys.escapePressed, lambda _field: self.focus_sides()),
            (self.session.answerChanged, self._answer_changed),
            (self.session.changed, self._changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        info = self.session.info
        page.subject.setText(info.organisation)
        page.subject.setToolTip((self.tr("Vendor: {name}") if self.session.pack.subject == "vendor"
                                 else self.tr("Organisation: {name}")).format(name=info.organisation))
        mode = self.tr("Workshop") if info.mode == "workshop" else self.tr("Self-assessment")
        page.details.setText(
            f"{self.session.pack.title} {info.pack_version} · {mode}" + (f" · {info.assessor}" if info.assessor else "")
        )
        from .evidence_controller import EvidenceController

        self.evidence = EvidenceController(self.view.evidence_panel, self.session, parent=self)
        self.evidence.status.connect(self.status)
        self._connections.append((self.questionShown, self.evidence.show))
        self.questionShown.connect(self.evidence.show)
        from .plan_controller import PlanController

        self.plan = PlanController(self.view.plan_panel, page.dashboard, self.session, parent=self)
        self.plan.status.connect(self.status)
        self._connections.append((self.questionShown, self.plan.show))
        self.questionShown.connect(self.plan.show)
        self._owners_changed()
        self.view.set_today(lambda: self.session.model.ws.today)  # "today" in a date field: the workspace's day
        self._show_to_confirm_markers()
        self.round = None
        self._viewing_round = None
        if info.mode == "workshop":
            self._build_workshop()
        self._update_summary()
        settle_once_drawn(page)  # this assessment's objects live until it closes: no collection walks them again

    def _build_workshop(self) -> None:
        # Imported here: self-assessments never pay for the workshop widgets.
        from .workshop.panel import WorkshopPanel
        from .workshop.round import RatingRound

        # Ratings and agreed levels go through the session: undoable, and every view of the model follows.
        self.round = RatingRound(self.session, parent=self)
        self.panel = WorkshopPanel(self.round)
        self.page.set_workshop(self.panel)
        self.round.questionChanged.connect(self._round_question_changed)
        self._connections.append((self.round.questionChanged, self._round_question_changed))

    def presentation_round(self):
        """The rating round a presentation window should drive: the workshop's own (so the panel and the projector
        stay in step), or for a self-assessment a read-only one; both read the one open model, so the projector
        shows every edit made in the main window; either starts at the question on screen."""
        from .workshop.round import RatingRound

        round_ = self.round
        if round_ is None:
            if self._viewing_round is None:  # one per open assessment, however often it is presented
                self._viewing_round = RatingRound(self.session, parent=self)
                self._viewing_round.questionChanged.connect(self._round_question_changed)
                self._connections.append((self._viewing_round.questionChanged, self._round_question_changed))
            round_ = self._viewing_round
        if self.current:
            round_.go_to_question(self.current)
        return round_

    def close(self) -> None:
        """Save what is being typed and let go of the page's widgets."""
        self.view.flush()
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections = []
        self.evidence.close()
        self.plan.close()
        self.session.close()
        # The tree outlives this controller, its proxy does not: let go of the proxy now, before deleteLater
        # destroys it under the view (Qt then warned "QItemSelectionModel: Selecting when no model has been set").
        self.page.tree.setModel(None)
        self.view.set_flags(False, False)
        let_go()  # its objects become garbage: collections must walk them again
        if self.round is not None:
            self.page.set_workshop(None)

    # -- navigation --------------------------------------------------------------------------------
    def first_question(self, preferred: str | None = None) -> str:
        if preferred in self.session.question_ids:
            return preferred
        unanswered = next((q.question.id for q in self.session.score.questions if not q.answered), None)
        return unanswered or self.session.question_ids[0]

    def go_to(self, question_id: str, focus: bool = False) -> None:
        """Make *question_id* the current question: the one state that the question view, the navigator's
        highlighted row, the window title (through questionShown) and every key that rates follow."""
        if question_id not in self.session.question_ids:
            return
        defer_release()  # memory handed back after the open waits for a pause in the keys
        if self.current and self.current != question_id:
            self.view.flush()  # text typed in the previous question is saved before it leaves the screen
        self.current = question_id
        # The navigator always shows (and highlights) the question on screen. Unpinning the last one may remove
        # the highlighted row, and Qt then moves the highlight by itself: that is not the user choosing a question.
        self._syncing_tree = True
        try:
            self.proxy.set_pinned(question_id)
        finally:
            self._syncing_tree = False
        position = self.session.question_ids.index(question_id) + 1
        score = self.session.question_score(question_id)
        with self.view.laid_out_once():  # the page is laid out once this question is in every part of it
            self.view.show_question(
                score, self.session.pack, self.tr("{domain}  ·  question {position} of {total}").format(
                    domain=score.domain.title, position=position, total=len(self.session.question_ids))
            )
            self.view.set_budget(len(self.session.score.escalations), self.session.info.escalation_budget)
            self._show_flags(question_id)
            self._show_board(question_id)
            self._select_in_tree(question_id)
            for round_ in (self.round, self._viewing_round):
                if round_ is not None:
                    round_.go_to_question(question_id)  # the workshop panel and the projector follow the navigator
            if self.page.current_view() != "workshop":
                self.page.show_dashboard(False)
            if focus:
                self.view.focus_side("compliance")
            self.questionShown.emit(question_id)
        self.view.fit_to_screen()  # once every panel shows this question (evidence and plan follow questionShown)

    def _round_question_changed(self, question_id: str) -> None:
        # ...and the navigator follows the panel (PgUp/PgDn there, or in the presentation window).
        if question_id != self.current:
            self.go_to(question_id)

    def show_workshop(self) -> None:
        if self.round is None:
            return
        self.view.flush()
        self.page.show_view("workshop")
        self.panel.setFocus(Qt.ShortcutFocusReason)

    def step(self, direction: int) -> None:
        """Next/previous question, skipping questions the navigator's filter hides."""
        qid = self.current
        while True:
            qid = self.session.neighbour(qid, direction) if qid else self.session.question_ids[0]
            if qid is None:
                self.status.emit(self.tr("Last question") if direction > 0 else self.tr("First question"))
                return
            if self._visible(qid):
                break
        focus_widget = QApplication.focusWidget()
        typing = isinstance(focus_widget, (QLineEdit, QPlainTextEdit))
        self.go_to(qid, focus=not typing)

    def _visible(self, question_id: str) -> bool:
        """Whether the navigator's filters let *question_id* through (the pinned current question aside)."""
        source = self.model.index_of(question_id)
        return source.isValid() and self.proxy.matches(source)

    def _select_in_tree(self, question_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(question_id))
        if not index.isValid():  # cannot happen while the current question is pinned; never leave a stale row
            self.page.tree.selectionModel().clearCurrentIndex()
            self.page.tree.clearSelection()
            return
        tree = self.page.tree
        self._syncing_tree = True
        try:
            if not tree.viewport().rect().contains(tree.visualRect(index)):
                # Off screen: brought to the middle, with the questions around it. Kept just in view instead,
                # the list moved (and was drawn again whole) on every next question near its edge.
                tree.scrollTo(index, QAbstractItemView.PositionAtCenter)
            tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            tree.scrollTo(index)
        finally:
            self._syncing_tree = False

    def _tree_current_changed(self, current, _previous) -> None:
        if self._syncing_tree:
            return
        if not current.isValid():
            if self.current:
                self._select_in_tree(self.current)
            return
        if current.data(IsDomainRole):
            # A heading (clicked, or reached by typing its name) opens its first question shown.
            target = self._first_visible(within=current) or self.current
            if target:
                self.go_to(target) if target != self.current else self._select_in_tree(target)
            return
        self.go_to(current.data(QuestionIdRole))

    def _tree_activated(self, index) -> None:
        if index.data(IsDomainRole):
            self.go_to(index.data(QuestionIdRole))
        self.view.focus_side("compliance")

    def title(self) -> str:
        """The window title: what is on screen, the current question first when it is the question view."""
        organisation = self.session.info.organisation
        view = self.page.current_view()
        if view == "question" and self.current:
            return f"{self.session.question_score(self.current).question.title} — {organisation} — Maturity"
        view_name = {"dashboard": self.tr("Dashboard"), "workshop": self.tr("Workshop")}.get(view, self.tr("Question"))
        return f"{view_name} — {organisation} — Maturity"

    def focus_sides(self) -> None:
        """Back to the rating sides from any field (Ctrl+R, or Esc in a field of the question)."""
        self.view.flush()
        if self.page.current_view() != "question":
            self.show_dashboard(False)
        self.view.focus_side(self.view.last_side)

    def focus_find(self) -> None:
        self.page.show_dashboard(False)
        self.page.find.setFocus(Qt.ShortcutFocusReason)
        self.page.find.selectAll()

    def _find_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._refiltered()

    def _find_accepted(self) -> None:
        first = self._first_visible()
        if first:
            self.go_to(first, focus=True)

    def _first_visible(self, within=None) -> str | None:
        """The first question the filters let through (in the domain *within*, a proxy index, if given)."""
        domains = [within] if within is not None else [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        for domain in domains:
            for q_row in range(self.proxy.rowCount(domain)):
                source = self.proxy.mapToSource(self.proxy.index(q_row, 0, domain))
                if self.proxy.matches(source):
                    return source.data(QuestionIdRole)
        return None

    def set_filter(self, mode: str) -> None:
        self.page.filter.setCurrentIndex(list(FILTERS).index(mode))

    def _filter_changed(self, _index: int) -> None:
        self.proxy.set_mode(self.page.filter.currentData())
        self._refiltered()

    def _owner_filter_changed(self, _index: int) -> None:
        self.proxy.set_owner(self.page.owner_filter.currentData() or "")
        self._refiltered()

    def _refiltered(self) -> None:
        self.page.tree.expandAll()
        if self.current:
            self._select_in_tree(self.current)

    def _owners_changed(self) -> None:
        names = self.session.owners()
        self.view.set_owner_names(names)
        self.page.set_owner_names(names)

    def show_dashboard(self, on: bool) -> None:
        if on:
            self.view.flush()
            if self._dashboard_stale:
                self.page.dashboard.set_score(self.session.score)
                self._dashboard_stale = False
        self.page.show_dashboard(on)

    def _dashboard_clicked(self, question_id: str) -> None:
        self.go_to(question_id, focus=True)

    # -- answering ---------------------------------------------------------------------------------
    def _apply(self, label: str, merge_field: str = "", **changes) -> bool:
        try:
            return self.session.change(self.current, label, merge_field, **changes)
        except MaturityError as exc:
            QMessageBox.warning(self.page, self.tr("Not saved"), str(exc))
            self.view.refresh_answer(self.session.question_score(self.current))
            return False

    def _level_picked(self, axis: str, value) -> None:
        step = self.tr("Compliance {level}") if axis == "compliance" else self.tr("Capability {level}")
        self._apply(step.format(level=_level_text(value)), **{axis: value})

    def _field_changed(self, field: str, value) -> None:
        if self.current is None:
            return
        if self._apply(self.tr("Edit {field}").format(field=field_label(field)), merge_field=field, **{field: value}) and field in (
                "owner", "action_owner"):
            self._owners_changed()

    def _escalate_requested(self, checked: bool) -> None:
        qid = self.current
        if not checked:
            self._apply(self.tr("Drop escalation"), escalate=False)
            return
        self.view.flush()
        conflict = self.session.escalation_conflict(qid)
        if conflict is None:
            # The keyboard stays on the checkbox (a focus jump would send the next Tab past the decision box);
            # the decision box comes next in the tab order and the status bar says so.
            if self._apply(self.tr("Escalate to the board"), escalate=True):
                self.status.emit(self.tr("Escalated to the board: Tab to the proposed decision"))
            return
        dialog = DropEscalationDialog(
            conflict.budget, self.session.question_score(qid).question.title,
            [(e, self.session.question_score(e).question.title, self.session.answer(e).decision)
             for e in conflict.escalated],
            self.page,
        )
        if dialog.exec() == QDialog.Accepted and dialog.chosen():
            dropped = dialog.chosen()
            try:
                self.session.swap_escalation(dropped, qid)
            except MaturityError as exc:
                QMessageBox.warning(self.page, self.tr("Not saved"),
                                    self.tr("The escalation was not moved; nothing changed.\n\n{error}").format(error=exc))
            else:
                self.status.emit(self.tr("Escalation moved from “{question}”").format(
                    question=self.session.question_score(dropped).question.title))
        self.view.refresh_answer(self.session.question_score(qid))

    # -- re-assessment flags -------------------------------------------------------------------------
    def _show_to_confirm_markers(self) -> None:
        flags = self.session.model.flags
        self.model.set_to_confirm(q for q, f in flags.items() if f.to_confirm)  # the navigator's marker follows

    def _show_flags(self, question_id: str) -> None:
        flags = self.session.model.flags_of(question_id)
        self.view.set_flags(flags.carried_over, flags.to_confirm)

    def _changed(self, changes, origin: str) -> None:
        if self.current and (self.current in changes.decisions or self.current in changes.answers):
            self._show_board(self.current)
        if changes.plan or changes.evidence:
            self._update_summary()  # targets, the plan and verified claims on the dashboard
        if changes.evidence:
            if origin in ("undo", "redo") and len(changes.evidence) == 1 and self.current not in changes.evidence:
                self.go_to(next(iter(changes.evidence)))
        if changes.flags:
            self._show_to_confirm_markers()
            if origin in ("undo", "redo") and len(changes.flags) == 1 and self.current not in changes.flags:
                self.go_to(next(iter(changes.flags)))  # show what was undone
            elif self.current:
                self._show_flags(self.current)

    def _confirm_requested(self) -> None:
        if self.current is None:
            return
        self.view.flush()
        try:
            self.session.confirm(self.current)
        except MaturityError as exc:
            QMessageBox.warning(self.page, self.tr("Not saved"), str(exc))
            return
        self.view.focus_side("compliance")  # the button just hid itself: keep the keyboard on the question
        left = self.session.model.to_confirm_count()
        self.status.emit(self.tr("Confirmed as is · %n answer(s) left to confirm", "", left) if left
                         else self.tr("Confirmed as is · every pre-filled answer is confirmed"))

    def _show_board(self, question_id: str) -> None:
        escalated = self.session.answer(question_id).escalate
        decision = self.session.model.board_decision(question_id) if escalated else None
        text = ""
        if decision is not None:
            text = self.tr("{decision} on {date}").format(decision=decision.label, date=day(decision.decided_on)) + (
                f" — {decision.note}" if decision.note else "")
        self.view.set_board_decision(escalated, text, decision.label if decision is not None else "")

    def _board_decision_requested(self) -> None:
        from .board_decision_dialog import BoardDecisionDialog

        qid = self.current
        if qid is None:
            return
        self.view.flush()
        model = self.session.model
        answer = self.session.answer(qid)
        dialog = BoardDecisionDialog(qid, self.session.question_score(qid).question.title, answer.decision,
                                     model.board_decision(qid), model.ws.today, self.page)
        try:
            while dialog.exec() == QDialog.Accepted:
                try:
                    self.session.record_board_decision(dialog.decision())
                except MaturityError as exc:
                    dialog.show_problem(str(exc))
                    continue
                self.status.emit(self.tr("Board decision recorded: the escalation is resolved"))
                break
        finally:
            dialog.deleteLater()
        self._show_board(qid)

    def _answer_changed(self, question_id: str, origin: str) -> None:
        score = self.session.question_score(question_id)
        self.model.set_score(self.session.score, question_id)
        self._update_summary()
        if origin in ("undo", "redo"):
            self._owners_changed()
        if origin in ("undo", "redo") and question_id != self.current:
            self.go_to(question_id)  # show what was undone, as document apps do
        elif question_id == self.current:
            if origin == "edit":
                self.view.show_score(score)
            else:
                self.view.refresh_answer(score)
        self.view.set_budget(len(self.session.score.escalations), self.session.info.escalation_budget)

    def _update_summary(self) -> None:
        score = self.session.score
        # The header compares paper and practice on the questions it counts as answered, and says so.
        self.page.meter.set_values(*score.paired_indices(), score.draft_label)
        one_sided = len(score.one_sided)
        self.page.meter.setToolTip(
            self.tr("Paper (compliance) and practice (capability) index, 0–100, over the {answered} of {applicable} "
                    "applicable questions answered on both sides").format(answered=score.answered,
                                                                          applicable=score.applicable)
            + (self.tr("; %n answered on one side only are not compared", "", one_sided) if one_sided else ""))
        if self.page.stack.currentWidget() is self.page.dashboard:
            self.page.dashboard.set_score(score)
            self._dashboard_stale = False
        else:
            self._dashboard_stale = True

    # -- undo --------------------------------------------------------------------------------------
    def undo(self) -> None:
        self.view.flush()  # typing not yet saved becomes its own step first, so undo takes back what was seen
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.view.flush()
        self.session.undo_stack.redo()
