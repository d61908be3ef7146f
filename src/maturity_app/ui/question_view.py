"""The question view: both sides next to each other, proof, ownership, remediation, escalation and context.

Layout only: it shows what it is given and emits what the user did; the controller decides what happens.
Kept as its own widget so a workshop/presentation mode can host it in another window later.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea, QCheckBox, QCompleter, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QStyle, QVBoxLayout, QWidget,
)

from ..domain.assessment import Answer
from ..domain.errors import ValidationFailed
from ..domain.references import dora_articles, iso27001_controls, nis2_articles, nist_csf_subcategories
from ..domain.schema import Pack
from ..domain.scoring import QuestionScore
from ..domain.text_input import one_line
from .date_field import DateField
from .language import translate
from .evidence_panel import EvidencePanel
from .fold_panel import FoldPanel, item_height
from .paragraph_label import BOLD, ITALIC, ParagraphLabel
from .plan_panel import PlanPanel
from .styled_box import StyledBox, framed
from .wrapped_label import WrappedLabel
from .level_picker import LevelSide

OWNER_TIP = QT_TRANSLATE_NOOP("QuestionView", "The named person who decides when this capability fails (type to reuse a name)")
TEXT_FIELDS = ("owner", "evidence_note", "action", "action_owner", "decision")
DATE_FIELDS = ("proven_on", "action_due")
FIELD_LABELS = {  # mid-sentence ("Edit evidence note"); shown through field_label()
    "proven_on": QT_TRANSLATE_NOOP("QuestionView", "proof date"),
    "owner": QT_TRANSLATE_NOOP("QuestionView", "capability owner"),
    "evidence_note": QT_TRANSLATE_NOOP("QuestionView", "evidence note"),
    "action": QT_TRANSLATE_NOOP("QuestionView", "remediation action"),
    "action_owner": QT_TRANSLATE_NOOP("QuestionView", "action owner"),
    "action_due": QT_TRANSLATE_NOOP("QuestionView", "due date"),
    "decision": QT_TRANSLATE_NOOP("QuestionView", "proposed decision"),
}


def field_label(field: str) -> str:
    return translate("QuestionView", FIELD_LABELS[field])


def owner_tip() -> str:
    return translate("QuestionView", OWNER_TIP)
SAVE_DELAY_MS = 600  # typing pauses this long before an autosave; leaving the field saves at once


class _PlainText(QPlainTextEdit):
    """A plain text box where Tab moves focus (as in a form), that reports leaving it, and whose height follows
    the type size (set in Settings while the app runs) so its rows stay whole."""

    focusLost = Signal()

    def __init__(self, rows: int = 3, parent=None):
        super().__init__(parent)
        self.rows = rows
        self.setTabChangesFocus(True)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * self.rows + 14))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name; a filter on itself saw every event in Python)
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._fit_rows()

    def focusOutEvent(self, event) -> None:
        self.focusLost.emit()
        super().focusOutEvent(event)


class _Body(QWidget):
    """The scrolled page. Its height is the one its content needs at the width it has: by default Qt takes the
    wrapped labels' minimum heights at their narrowest, which left a screen of empty scrolling under a question."""

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(hint.width(), 0)


class _PageScroll(QScrollArea):
    """The question page's scroll area. It keeps a stable gutter for its vertical scroll bar (as CSS's
    scrollbar-gutter: stable): the page is as wide as the viewport beside the bar whether the bar shows or not.

    A question taller than the screen has the bar and one that fits has not: the page took the bar's width back
    whenever it hid, so going from one to the other laid every paragraph out again at a second width (and moved
    the whole page sideways by the bar's width). Qt also weighs the bar by asking the scrolled widget's height
    at the viewport's width with and without the bar, a pixel narrower at a time: the page sits in a holder that
    Qt resizes and asks at any width, and is never wider than the gutter leaves, so every question about it is
    at that one width."""

    def __init__(self, page: QWidget, parent=None):
        super().__init__(parent)
        self.page = page
        holder = QWidget()
        holder.setAttribute(Qt.WA_StaticContents)  # as the page (see there): a new height paints what it adds
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(page, 1)
        row.addStretch(0)  # the gutter, when the bar is not there
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setWidget(holder)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name; the viewport's resizes arrive here too)
        width = max(self.maximumViewportSize().width() - gutter_width(self), self.page.minimumSizeHint().width())
        if self.page.maximumWidth() != width:
            self.page.setMaximumWidth(width)
        super().resizeEvent(event)


def gutter_width(scroll: QAbstractScrollArea) -> int:
    """What the vertical scroll bar takes from the viewport's width when it shows (nothing when the style lays
    the bar over the content, as macOS does)."""
    bar = scroll.verticalScrollBar()
    if scroll.style().styleHint(QStyle.SH_ScrollBar_Transient, None, bar):
        return 0
    return bar.sizeHint().width()


def _stacked(layout, widget: QWidget) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(10)
    box.addLayout(layout)
    box.addWidget(widget)
    return box


def _widgets_below(widget: QWidget):
    """The widgets inside *widget*, parents before their children, leaving out windows (popups, calendars) and
    the insides of scrolled boxes (Qt makes and replaces their scroll bar containers as it needs them)."""
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            yield child
            if not isinstance(child, QAbstractScrollArea):
                yield from _widgets_below(child)


def _share(width: int, first_min: int, second_min: int) -> tuple[int, int]:
    """How a box layout shares *width* between two items of equal stretch (Qt's qGeomCalc for two): half each,
    the first half rounded up, but never less than an item's minimum width; when both minimums do not fit, the
    wider item gives up width first."""
    if first_min + second_min <= width:
        first = (width + 1) // 2
        if first < first_min:
            first = first_min
        elif width - first < second_min:
            first = width - second_min
        return first, width - first
    low, high = sorted((first_min, second_min))
    current, items, deficit = (low, 2, 2 * low - width) if 2 * low >= width else (high, 1, low + high - width)
    largest, remainder = current - deficit // items, deficit % items
    sizes, rest = [], 0
    for minimum in (first_min, second_min):
        rest += remainder
        most = largest
        if rest >= items:
            most -= 1
            rest -= items
        sizes.append(min(minimum, most))
    return sizes[0], sizes[1]


def _label(text: str, name: str = "muted") -> QLabel:
    return WrappedLabel(text, objectName=name)


def _paragraph(name: str = "muted") -> ParagraphLabel:
    """A label whose text each question replaces (laid out once per question and width: ParagraphLabel)."""
    return ParagraphLabel(objectName=name)


class QuestionView(QWidget):
    levelPicked = Signal(str, object)  # axis, rating
    fieldChanged = Signal(str, object)  # Answer field name, new value
    escalateRequested = Signal(bool)
    boardDecisionRequested = Signal()
    confirmRequested = Signal()  # accept a pre-filled answer from the last cycle as it stands
    inputRejected = Signal(str)  # typed text that could not be saved (a date that is not one), as a sentence

    def __init__(self, parent=None):
        super().__init__(parent)
        self.question_id: str | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self._typing_pause)
        self._wanted_names: list[str] = []
        self._build()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.position = _paragraph("questionDomain")
        self.title = _label("", "questionTitle")
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.capped = _label("", "cappedBanner")
        self.capped.hide()
        # Re-assessment flags: what came over from the last cycle, and what still needs a fresh judgement.
        self.flags = _label("", "cycleFlags")
        self.confirm_button = QPushButton(self.tr("Confirm as is"))
        self.confirm_button.setAccessibleName(self.tr("Confirm as is"))
        self.confirm_button.setToolTip(self.tr("Keep last cycle's levels and proof date for this question: they still hold"))
        self.confirm_button.clicked.connect(self.confirmRequested)
        self.flags_row = QFrame(objectName="cycleFlagsRow")
        flags_layout = QHBoxLayout(self.flags_row)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.flags, 1)
        flags_layout.addWidget(self.confirm_button)
        self.flags_row.hide()

        self.compliance = LevelSide("compliance")
        self.capability = LevelSide("capability")
        self._last_side = "compliance"
        for side in (self.compliance, self.capability):
            side.levelPicked.connect(lambda value, axis=side.axis: self._emit_level(axis, value))
            side.focused.connect(lambda axis=side.axis: setattr(self, "_last_side", axis))
        sides = QHBoxLayout()
        sides.setSpacing(14)
        sides.addWidget(self.compliance, 1)
        sides.addWidget(self.capability, 1)

        self.proven_on = self._date_edit("proven_on", self.tr("Proof date"),
                                         self.tr("When was this capability last proven? Never if it was not."),
                                         self.tr("never", "no proof date"))
        self.proof_never = self._clear_button(self.proven_on, self.tr("Never"), self.tr("Set the proof date to never"))
        self.proven_on_error = self._error_label(self.proven_on)
        self.owner = self._line_edit("owner", self.tr("Capability owner"), owner_tip())
        self.evidence_note = self._text_edit("evidence_note", self.tr("Evidence note"),
                                             self.tr("Where the proof is and what it showed"))
        self.evidence_hint = _paragraph()
        self.na_hint = _paragraph()
        self.action = self._text_edit("action", self.tr("Remediation action"),
                                      self.tr("What will be done to close the gap"), rows=3)
        self.action_owner = self._line_edit("action_owner", self.tr("Action owner"),
                                            self.tr("Who will do the remediation action"))
        self.action_due = self._date_edit("action_due", self.tr("Action due date"),
                                          self.tr("When the remediation action is due"), self.tr("none", "no due date"))
        self.due_clear = self._clear_button(self.action_due, self.tr("None", "no due date"),
                                            self.tr("Remove the due date"))
        self.action_due_error = self._error_label(self.action_due)
        self.owner_names = QStringListModel(self)
        for edit in (self.owner, self.action_owner):
            completer = QCompleter(self.owner_names, edit)
            completer.setCaseSensitivity(Qt.CaseInsensitive)
            completer.setFilterMode(Qt.MatchContains)
            edit.setCompleter(completer)

        self.escalate = QCheckBox(self.tr("Escalate to the board"))
        self.escalate.setAccessibleName(self.tr("Escalate to the board"))
        self.escalate.setToolTip(self.tr("Ask the board for a decision on this question. Escalations are limited on "
                                         "purpose."))
        self.escalate.clicked.connect(self._escalate_clicked)
        self.budget = QLabel(objectName="muted")
        self.board_status = QLabel(objectName="muted")
        # Never the label that widens the panel: it gives way (the full sentence is its tooltip).
        self.board_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.board_button = QPushButton(self.tr("Board &decision…"))
        self.board_button.setToolTip(self.tr("Record what the board decided: only that resolves an escalation"))
        self.board_button.clicked.connect(self.boardDecisionRequested)
        self.decision = self._text_edit("decision", self.tr("Proposed decision"),
                                        self.tr("The decision the board is asked to take"), rows=2)

        self.consequence = _paragraph("consequence")
        self.references = _paragraph()

        proof = QGridLayout()
        proof.setHorizontalSpacing(10)
        proof.setVerticalSpacing(8)
        date_row = QHBoxLayout()
        date_row.addWidget(self.proven_on, 1)
        date_row.addWidget(self.proof_never)
        proof.addWidget(QLabel(self.tr("Last proven"), buddy=self.proven_on), 0, 0)
        proof.addLayout(date_row, 0, 1)
        proof.addWidget(self.proven_on_error, 1, 1)
        proof.addWidget(QLabel(self.tr("Capability owner"), buddy=self.owner), 2, 0)
        proof.addWidget(self.owner, 2, 1)
        proof.addWidget(QLabel(self.tr("Evidence"), buddy=self.evidence_note), 3, 0, Qt.AlignTop)
        proof.addWidget(self.evidence_note, 3, 1)
        proof.addWidget(self.evidence_hint, 4, 1)
        # Evidence files and the plan sit inside proof and remediation: they fold with them (a laptop screen).
        self.evidence_panel = EvidencePanel()  # driven by EvidenceController, not by this view
        self.evidence_panel.summaryChanged.connect(self._update_summaries)
        proof.setColumnStretch(1, 1)

        remedy = QGridLayout()
        remedy.setHorizontalSpacing(10)
        remedy.setVerticalSpacing(8)
        due_row = QHBoxLayout()
        due_row.addWidget(self.action_due, 1)
        due_row.addWidget(self.due_clear)
        remedy.addWidget(QLabel(self.tr("Action"), buddy=self.action), 0, 0, Qt.AlignTop)
        remedy.addWidget(self.action, 0, 1)
        remedy.addWidget(QLabel(self.tr("Action owner"), buddy=self.action_owner), 1, 0)
        remedy.addWidget(self.action_owner, 1, 1)
        remedy.addWidget(QLabel(self.tr("Due"), buddy=self.action_due), 2, 0)
        remedy.addLayout(due_row, 2, 1)
        remedy.addWidget(self.action_due_error, 3, 1)
        self.plan_panel = PlanPanel()  # driven by PlanController
        self.plan_panel.summaryChanged.connect(self._update_summaries)
        remedy.setColumnStretch(1, 1)

        forms = QHBoxLayout()
        forms.setSpacing(14)
        self.proof_panel = FoldPanel(self.tr("PROOF AND OWNERSHIP"), _stacked(proof, self.evidence_panel))
        self.remedy_panel = FoldPanel(self.tr("REMEDIATION"), _stacked(remedy, self.plan_panel))
        forms.addWidget(self.proof_panel, 1)
        forms.addWidget(self.remedy_panel, 1)

        escalation = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.escalate)
        head.addStretch(1)
        head.addWidget(self.budget)
        escalation.addLayout(head)
        escalation.addWidget(self.decision)
        board = QHBoxLayout()
        board.addWidget(self.board_status, 1)
        board.addWidget(self.board_button)
        escalation.addLayout(board)
        self.decision.hide()  # shown once the question is escalated: until then it would only take room

        context = QVBoxLayout()
        context.addWidget(self.consequence)
        context.addWidget(self.references)

        body = _Body()
        # Its contents sit at its top left and it paints nothing of its own: a question of another height resizes
        # it, and only what changed in it is painted again (not the whole page, margins and gaps included).
        body.setAttribute(Qt.WA_StaticContents)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 8, 20, 10)
        layout.setSpacing(6)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.position)
        heading.addWidget(self.title)
        layout.addLayout(heading)
        layout.addWidget(self.capped)
        layout.addWidget(self.flags_row)
        layout.addLayout(sides)
        layout.addWidget(self.na_hint)
        layout.addLayout(forms)
        self.context_panel = FoldPanel(self.tr("IF THIS FAILS"), context)
        closing = QHBoxLayout()  # escalation and context side by side, like proof and remediation above
        closing.setSpacing(14)
        self.escalation_panel = self._panel(self.tr("BOARD ESCALATION"), escalation)
        closing.addWidget(self.escalation_panel, 1)
        closing.addWidget(self.context_panel, 1)
        layout.addLayout(closing)
        self.folds = (self.proof_panel, self.remedy_panel, self.context_panel)
        self._user_folded = False  # once the user folds or unfolds a panel, the view stops doing it for them
        for fold in self.folds:
            fold.toggledByUser.connect(lambda _on: setattr(self, "_user_folded", True))
        layout.addStretch(1)

        scroll = _PageScroll(body)
        scroll.setFocusPolicy(Qt.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll
        self._layouts: list | None = None  # see needed_height
        self._fitted: tuple | None = None  # (question, width, height) fit_to_screen last fitted at
        scroll.viewport().installEventFilter(self)


    def tab_chain(self) -> list[QWidget]:
        """Logical keyboard order: the two sides first (Tab switches side), then proof, remediation, escalation.
        A folded panel's fields are hidden, so Tab goes from its title to the next panel."""
        return [self.compliance, self.capability, self.proof_panel.toggle, self.proven_on, self.proof_never,
                self.owner, self.evidence_note, *self.evidence_panel.tab_chain(), self.remedy_panel.toggle,
                self.action, self.action_owner, self.action_due, self.due_clear, *self.plan_panel.tab_chain(),
                self.escalate, self.decision, self.context_panel.toggle]

    # -- fitting a laptop --------------------------------------------------------------------------
    FIT_SCREENS = 1.5  # a question takes at most one and a half screens of scrolling

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self._refit)  # after the layout has taken the new width
        return False

    def _fit_key(self) -> tuple:
        return self.question_id, self.fit_width(), self.scroll.viewport().height()

    def _refit(self) -> None:
        """The viewport was resized: fitted again, unless only the vertical scroll bar came or went (the question
        was fitted at the width beside the bar, so it fits the same with it: measuring again cost a next question
        that unfolds a panel a third layout of the page)."""
        if self._fitted != self._fit_key():
            self.fit_to_screen()

    @contextmanager
    def laid_out_once(self):
        """Change the page (a new question's text, fields shown or hidden, panels folded) and lay it out once
        afterwards (needed_height, or the next event loop pass), not once per field shown.

        Qt lays a widget's ancestors out at once when it is shown, so their layouts give it its geometry: each
        hint, error line, board status or folded panel shown while a question is filled laid the whole page out
        again (with half the new question in it), ~1 ms each. The page's layout is switched off meanwhile: the
        layouts inside it still see every change and lay out once it is back on."""
        layout = self.scroll.page.layout()
        if not layout.isEnabled():  # already inside
            yield
            return
        layout.setEnabled(False)
        try:
            yield
        finally:
            layout.setEnabled(True)

    def needed_height(self, width: int | None = None) -> int:
        """The height the question needs at *width* (the width it has when None), every change laid out.

        Qt lays a change out one nested widget at a time, each on its own event (a card's new text reaches the
        page's layout three events later), and a folded panel's fields only once it is shown: measuring the
        page's own layout alone read the previous question's heights for part of the page."""
        body = self.scroll.page
        if self._layouts is None:  # every layout under the page, innermost first
            widgets = list(_widgets_below(body))
            for widget in widgets:
                widget.ensurePolished()  # fields of a panel folded before it was ever shown: style sheet fonts
            self._layouts = [w.layout() for w in reversed([body, *widgets]) if w.layout() is not None]
        for layout in self._layouts:
            layout.activate()  # returns at once for a layout with no change
        layout = body.layout()
        width = self.fit_width() if width is None else width
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()

    def fit_width(self) -> int:
        """The width a question is fitted at: the page's, beside the vertical scroll bar whether it shows or not
        (_PageScroll keeps its gutter). Measured without the bar, a question that fits only without it would
        be unfolded, gain the bar, no longer fit and fold again, on and on."""
        width = self.scroll.viewport().width()
        if self.scroll.verticalScrollBar().isVisibleTo(self.scroll):
            return width
        return min(width, self.scroll.page.maximumWidth())

    # Fold states fit_to_screen tries in turn, least folded first: (proof, remediation, context) open.
    FOLD_STEPS = ((True, True, True), (True, True, False), (True, False, False), (False, False, False))

    def fit_to_screen(self) -> None:
        """Fold the panels that matter least (context, then remediation, then proof) until the question takes at
        most FIT_SCREENS screens; unfold them again when there is room. A panel the user folded or unfolded
        stays as the user left it.

        The height of each fold state is worked out from the page as it is (FoldPanel.height_for_width), and
        only the panels whose state changes are folded or unfolded: unfolding everything and folding again to
        measure, on every question, cost more than the rest of a next question together."""
        if self._user_folded or self.scroll.viewport().height() <= 0:
            return
        limit = self.FIT_SCREENS * self.scroll.viewport().height()
        width = self.fit_width()
        predicted = self.fold_heights(width)
        chosen = next((state for state in self.FOLD_STEPS[:-1] if predicted[state] <= limit), self.FOLD_STEPS[-1])
        with self.laid_out_once():
            changed = self._set_folds(chosen)
        if changed and self.needed_height(width) != predicted[chosen]:
            self._fit_by_measuring(limit, width)  # not expected (a test holds the sums to Qt's): measure as before
        self._fitted = self._fit_key()

    def fold_heights(self, width: int | None = None) -> dict[tuple[bool, bool, bool], int]:
        """The height the question needs at *width* (fit_width() when None) in each of FOLD_STEPS, from one
        layout of the page as it stands: the panels sit in two rows of two (proof | remediation, escalation |
        context), each row takes the page's width and is as tall as its taller panel, so a state changes the
        page's height by what it changes in those two rows."""
        width = self.fit_width() if width is None else width
        now = self.needed_height(width)
        wider = width - self.scroll.page.width()  # what the rows gain (or lose) at *width*
        forms = self.proof_panel.width() + self.remedy_panel.width() + wider
        closing = self.escalation_panel.width() + self.context_panel.width() + wider
        escalation_min = self.escalation_panel.minimumSizeHint().width()

        def rows(proof: bool, remedy: bool, context: bool) -> int:
            proof_width, remedy_width = _share(forms, self.proof_panel.minimum_width(proof),
                                               self.remedy_panel.minimum_width(remedy))
            escalation_width, context_width = _share(closing, escalation_min, self.context_panel.minimum_width(context))
            return (max(self.proof_panel.height_for_width(proof_width, proof),
                        self.remedy_panel.height_for_width(remedy_width, remedy))
                    + max(item_height(self.escalation_panel, escalation_width),
                          self.context_panel.height_for_width(context_width, context)))

        current = rows(*(fold.is_open() for fold in self.folds))
        return {state: now - current + rows(*state) for state in self.FOLD_STEPS}

    def _set_folds(self, state: tuple[bool, bool, bool]) -> bool:
        changed = False
        for fold, on in zip(self.folds, state):
            if fold.is_open() != on:
                fold.set_open(on)
                changed = True
        return changed

    def _fit_by_measuring(self, limit: float, width: int) -> None:
        for state in self.FOLD_STEPS:
            self._set_folds(state)
            if self.needed_height(width) <= limit:
                return

    def _update_summaries(self) -> None:
        def text(name: str) -> str:
            widget = getattr(self, name)
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            return " ".join(value.split()) or "—"

        self.proof_panel.set_summary(
            self.tr("Last proven: {proven} · Capability owner: {owner} · Evidence: {evidence}").format(
                proven=text("proven_on"), owner=text("owner"), evidence=text("evidence_note"))
            + self.evidence_panel.summary_suffix())
        self.remedy_panel.set_summary(
            self.tr("Action: {action} · By: {owner} · Due: {due}").format(
                action=text("action"), owner=text("action_owner"), due=text("action_due"))
            + self.plan_panel.summary_suffix())
        self.context_panel.set_summary(self.consequence.text())

    def text_fields(self) -> list[QWidget]:
        return [getattr(self, name) for name in (*TEXT_FIELDS, *DATE_FIELDS)]

    @staticmethod
    def _panel(title: str, content) -> StyledBox:
        frame = StyledBox(objectName="panel")
        box = QVBoxLayout(frame)
        box.setContentsMargins(*framed(14, 10, 14, 12))
        box.setSpacing(8)
        box.addWidget(QLabel(title, objectName="sectionTitle"))
        box.addLayout(content)
        box.addStretch(1)  # side-by-side panels share a height; keep each one's content at the top
        return frame

    def _line_edit(self, field: str, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        # textChanged, not textEdited: a name picked from the completer (Down, Enter) is set by the completer, and
        # what the field shows is what must be saved.
        edit.textChanged.connect(lambda _t, f=field: self._touched(f))
        edit.editingFinished.connect(lambda: self._show_as_stored(edit))  # before flush: it saves what is shown
        edit.editingFinished.connect(self.flush)
        return edit

    @staticmethod
    def _show_as_stored(edit: QLineEdit) -> None:
        """A pasted tab, line break or control character is saved as the domain cleans it; show that, not the paste."""
        cleaned = one_line(edit.text())
        if cleaned != edit.text():
            edit.setText(cleaned)

    def _text_edit(self, field: str, name: str, tip: str, rows: int = 3) -> _PlainText:
        edit = _PlainText(rows)
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        edit.textChanged.connect(lambda f=field: self._touched(f))
        edit.focusLost.connect(self.flush)
        return edit

    def _date_edit(self, field: str, name: str, tip: str, empty: str) -> DateField:
        edit = DateField(empty)
        edit.setAccessibleName(name)
        edit.setToolTip(self.tr("{tip}\nType it as {forms}; Alt+Down opens a calendar").format(tip=tip, forms=edit.hint()))
        edit.setPlaceholderText(empty)
        edit.textChanged.connect(lambda _t, f=field: self._touched(f))
        edit.editingFinished.connect(self.flush)
        return edit

    @staticmethod
    def _error_label(edit: DateField) -> QLabel:
        label = _label("", "fieldError")
        label.setAccessibleName(translate("QuestionView", "{field}: problem").format(field=edit.accessibleName()))
        label.hide()
        edit.problemChanged.connect(lambda text: (label.setText(text), label.setVisible(bool(text))))
        return label

    def _clear_button(self, edit: DateField, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.clicked.connect(lambda: (edit.set_date(None), self.flush()))
        return button

    def set_today(self, today) -> None:
        """*today*: a callable giving the day "today" means in the date fields (the session's, in tests)."""
        for edit in (self.proven_on, self.action_due):
            edit._today = today

    # -- showing -----------------------------------------------------------------------------------
    def show_question(self, score: QuestionScore, pack: Pack, position: str) -> None:
        """Show a question with its answer; replaces everything, including text being typed (call flush first).
        The caller fits it to the screen (fit_to_screen) once the panels around it show this question too."""
        self._timer.stop()
        self._pending.clear()
        self._loading = True
        try:
            q = score.question
            self.question_id = q.id
            self.position.setText(position)
            self.title.setText(q.title)
            for side in (self.compliance, self.capability):
                scale = getattr(pack.scales, side.axis)
                side.set_content(
                    getattr(q, side.axis),
                    [(lvl.level, lvl.label, q.anchor(side.axis, lvl.level, pack.scales)) for lvl in scale.levels],
                )
            self.evidence_hint.setText(self.tr("What counts as proof: {evidence}").format(evidence=q.evidence)
                                       if q.evidence else "")
            self.evidence_hint.setVisible(bool(q.evidence))
            self.na_hint.setText(self.tr("Not applicable (N) when: {guidance}").format(guidance=q.na_guidance)
                                 if q.na_guidance else "")
            self.na_hint.setVisible(bool(q.na_guidance))
            # The pack's role tells a first-time assessor whom to name; the field still wants a person.
            tip = (self.tr("A named person, usually the {role}").format(role=q.owner_role) if q.owner_role
                   else owner_tip())
            self.owner.setPlaceholderText(tip)
            self.owner.setToolTip(tip)  # the placeholder is cut short in a narrow window
            self.consequence.setText(self.tr("“{consequence}”").format(consequence=q.consequence))
            self.references.set_runs(self._references_runs(q.references, q.reference_notes))
            self._fill(score.answer)  # the folded panels' summaries too
            self.show_score(score)
        finally:
            self._loading = False
        self.scroll.verticalScrollBar().setValue(0)

    def _fill(self, answer: Answer) -> None:
        self.compliance.set_value(answer.compliance)
        self.capability.set_value(answer.capability)
        self.proven_on.set_date(answer.proven_on)
        self.action_due.set_date(answer.action_due)
        for name in ("owner", "action_owner"):
            edit: QLineEdit = getattr(self, name)
            if edit.text() != getattr(answer, name):
                edit.setText(getattr(answer, name))
        for name in ("evidence_note", "action", "decision"):
            edit: QPlainTextEdit = getattr(self, name)
            if edit.toPlainText() != getattr(answer, name):
                edit.setPlainText(getattr(answer, name))
        self.escalate.setChecked(answer.escalate)
        self.decision.setEnabled(answer.escalate)
        self.decision.setVisible(answer.escalate)
        self._update_summaries()

    def refresh_answer(self, score: QuestionScore) -> None:
        """Re-show an answer changed elsewhere (undo, redo, a swap), keeping the question and scroll position."""
        self._timer.stop()
        self._pending.clear()
        self._loading = True
        try:
            self._fill(score.answer)
            self.show_score(score)
        finally:
            self._loading = False

    def show_score(self, score: QuestionScore) -> None:
        """Update what depends on the score only (the stale cap), leaving fields being typed in alone."""
        if score.capped_reason:
            self.capped.setText(self.tr("Capability counted lower: {reason}.").format(reason=score.capped_reason))
        self.capped.setVisible(bool(score.capped_reason))
        self.escalate.setChecked(score.answer.escalate)
        self.decision.setEnabled(score.answer.escalate)
        self.decision.setVisible(score.answer.escalate)

    def set_flags(self, carried_over: bool, to_confirm: bool) -> None:
        """Show the re-assessment flags of the question on screen (both False: nothing to show)."""
        parts = []
        if to_confirm:
            parts.append(self.tr("<b>To confirm</b> — last cycle's levels and proof date were pre-filled: "
                                 "confirm them as they are, or change them"))
        if carried_over:
            parts.append(self.tr("<b>Carried over</b> — owner, action and evidence note come from last cycle"))
        self.flags.setText("<br>".join(parts))
        self.confirm_button.setVisible(to_confirm)
        self.flags_row.setVisible(bool(parts))

    def set_board_decision(self, escalated: bool, text: str, label: str = "") -> None:
        """*text*: the board's recorded decision in full, or "" while the escalation waits for one; *label*: its
        short name (what the status line has room for)."""
        self.board_button.setVisible(escalated)  # like the decision field: only an escalation has a board decision
        self.board_status.setVisible(escalated)
        self.board_status.setText(self.tr("Resolved: {decision}").format(decision=label or text) if text
                                  else self.tr("Open: awaiting the board"))
        self.board_status.setToolTip(self.tr("Resolved: {decision}").format(decision=text) if text else
                                     self.tr("Open until the board's decision is recorded; it carries to the next "
                                             "cycle"))

    def set_budget(self, used: int, budget: int) -> None:
        self.budget.setText(self.tr("Escalations used: {used} of {budget}").format(used=used, budget=budget))

    def set_owner_names(self, names: list[str]) -> None:
        """Names offered by the owner completers. Applied once no completion list is open: resetting the model under
        an open list (a save while picking) made Enter complete the typed prefix instead of the highlighted name."""
        self._wanted_names = list(names)
        self._apply_owner_names()

    def _apply_owner_names(self) -> None:
        if self._wanted_names == self.owner_names.stringList():
            return
        if any(edit.completer().popup().isVisible() for edit in (self.owner, self.action_owner)):
            QTimer.singleShot(250, self._apply_owner_names)
            return
        self.owner_names.setStringList(self._wanted_names)

    @staticmethod
    def _references_runs(references, notes: str) -> list[tuple[str, str]]:
        """The frameworks a question maps to, a line each (ids in bold), and why, in italics."""
        lines: list[list[tuple[str, str]]] = []
        for ids, titles, name in ((references.iso27001, iso27001_controls, "ISO/IEC 27001:2022"),
                                  (references.nist_csf, nist_csf_subcategories, "NIST CSF 2.0"),
                                  (references.nis2, nis2_articles, "NIS2"),
                                  (references.dora, dora_articles, "DORA")):
            if ids:
                known = titles()
                line = [(f"{name} — ", "")]  # framework names are the same in every language
                for n, i in enumerate(ids):
                    line += [("; " if n else "", ""), (i, BOLD), (f" {known.get(i, '')}", "")]
                lines.append(line)
        if notes:
            lines.append([(translate("QuestionView", "Why these references: {notes}").format(notes=notes), ITALIC)])
        if not lines:
            return [(translate("QuestionView", "No framework references."), "")]
        return [run for n, line in enumerate(lines) for run in ([("\n", "")] if n else []) + line]

    # -- reporting what the user did -----------------------------------------------------------------
    def _emit_level(self, axis: str, value) -> None:
        if not self._loading:
            self.levelPicked.emit(axis, value)

    def _touched(self, field: str) -> None:
        if self._loading:
            return
        self._pending.add(field)
        self._timer.start()

    def _typing_pause(self) -> None:
        # A date half typed ("28 Mar") is not read while the user is still in the field: no error mid-word.
        focused = next((f for f in DATE_FIELDS if getattr(self, f).hasFocus()), None)
        self.flush(keep=focused)

    def flush(self, keep: str | None = None) -> None:
        """Emit every field edited since the last save (called on pause, on leaving a field, before navigating).

        A date that cannot be read is not saved: its field keeps the text and says why, and inputRejected tells
        the window (the question may be about to leave the screen)."""
        self._timer.stop()
        pending, self._pending = self._pending, set()
        if keep in pending:
            self._pending.add(keep)
            pending.discard(keep)
        for field in sorted(pending):
            if field in DATE_FIELDS:
                edit: DateField = getattr(self, field)
                self._loading = True  # showing the date in the app's form is not another edit
                try:
                    readable = edit.commit()
                finally:
                    self._loading = False
                if not readable:
                    label = field_label(field)
                    self.inputRejected.emit(self.tr("{field} not saved: {problem}").format(
                        field=label[:1].upper() + label[1:], problem=edit.problem()))
                    continue
            self.fieldChanged.emit(field, self.field_value(field))
        if pending:
            self._update_summaries()

    def field_value(self, field: str):
        widget = getattr(self, field)
        if field in DATE_FIELDS:
            try:
                return widget.date()
            except ValidationFailed:
                return None
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def _escalate_clicked(self, checked: bool) -> None:
        if not self._loading:
            self.escalateRequested.emit(checked)

    def focus_side(self, axis: str = "compliance") -> None:
        (self.compliance if axis == "compliance" else self.capability).setFocus(Qt.OtherFocusReason)

    @property
    def last_side(self) -> str:
        """The side the keyboard was on last (where Ctrl+R and Esc return to)."""
        return self._last_side
