"""The compare page: a subject's trend, then what changed between two of its assessments, per domain and question."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain.formatting import day, signed
from ...domain.compare import Comparison
from ...domain.errors import MaturityError
from ...storage.cycle_store import CycleStore
from .compare_model import (
    ACTION, DOMAIN, ESCALATION, GAP, PAPER, PRACTICE, QUESTION, WHY, CompareFilterProxy, CompareTableModel,
    DomainChangeModel, QuestionIdRole,
)
from ..language import translate
from .trend_chart import TrendChart


_signed = signed


def _table(name: str) -> QTableView:
    table = QTableView()
    table.horizontalHeader().setTextElideMode(Qt.ElideRight)  # a title cut short says so ("…"); its tooltip is whole
    table.setAccessibleName(name)
    table.setToolTip(translate("ComparePage", "{table}; Enter or double-click opens the question").format(table=name))
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class _Figure(QFrame):
    """A headline number with its caption."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("—", objectName="figureValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, objectName="muted")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self._fit_caption()

    def _fit_caption(self) -> None:
        # A wrapped label's minimum ignores its wrapping: at least two lines are reserved so a splitter never clips
        # them, and as many as the caption takes at its width (German captions run to three).
        width = self.caption.width() if self.caption.width() > 1 else self.caption.sizeHint().width()
        lines = max(2 * self.caption.fontMetrics().lineSpacing(), self.caption.heightForWidth(width))
        if self.caption.minimumHeight() != lines:
            self.caption.setMinimumHeight(lines)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._fit_caption()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_caption()


class ComparePage(QWidget):
    """Self-contained: give it a CycleStore and call show_subject(assessment_id)."""

    questionActivated = Signal(int, str)  # assessment id (the newer one), question id

    def __init__(self, cycle: CycleStore, parent=None):
        super().__init__(parent)
        self.cycle = cycle
        self.comparison: Comparison | None = None
        self._ids: list[int] = []

        self.title = QLabel(self.tr("Since last assessment"), objectName="pageTitle")
        self.subtitle = QLabel(objectName="pageSubtitle")
        self.old_combo = QComboBox()
        self.old_combo.setAccessibleName(self.tr("Earlier assessment"))
        self.old_combo.setToolTip(self.tr("The assessment to compare from"))
        self.new_combo = QComboBox()
        self.new_combo.setAccessibleName(self.tr("Later assessment"))
        self.new_combo.setToolTip(self.tr("The assessment to compare with it"))
        self.changed_only = QCheckBox(self.tr("Changed questions only"))
        self.changed_only.setToolTip(self.tr("Hide questions where neither level, action nor escalation moved"))
        self.trend_chart = TrendChart()
        self.trend_chart.setMinimumHeight(120)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.verdict.setFont(font)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.figures = {
            "paper": _Figure(self.tr("Paper index change")),
            "practice": _Figure(self.tr("Practice index change")),
            "gap": _Figure(self.tr("Gap change (− = catching up)")),
            "paper_maturity": _Figure(self.tr("Paper-maturity questions")),
            "actions": _Figure(self.tr("Actions closed · still open · new")),
            "escalations": _Figure(self.tr("Escalations carried · resolved · new")),
        }
        figures = QGridLayout()
        figures.setSpacing(8)
        for i, figure in enumerate(self.figures.values()):
            figures.addWidget(figure, 0, i)

        self.domain_model = DomainChangeModel(self)
        self.domain_table = _table(self.tr("Change per domain"))
        self.domain_table.setModel(self.domain_model)
        self.question_model = CompareTableModel(self)
        self.question_proxy = CompareFilterProxy(self)
        self.question_proxy.setSourceModel(self.question_model)
        self.question_table = _table(self.tr("Change per question"))
        self.question_table.setModel(self.question_proxy)
        self.question_table.setSortingEnabled(True)
        # Regressions first, then the largest movement by weight (click Domain for the pack's order).
        self.question_table.sortByColumn(QUESTION, Qt.AscendingOrder)
        header = self.question_table.horizontalHeader()
        header.setResizeContentsPrecision(30)  # size columns from a sample of rows: a 100-question pack opens fast
        header.setSectionResizeMode(QUESTION, QHeaderView.Stretch)
        header.setSectionResizeMode(WHY, QHeaderView.Stretch)  # shares the width with the question: no side scroll
        for col in (PAPER, PRACTICE, GAP, ACTION, ESCALATION):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        # The domain repeats down the rows (the table above lists the domains): it gives way, with an ellipsis,
        # before the question's own title does (large type, German's longer domain names).
        header.setSectionResizeMode(DOMAIN, QHeaderView.Interactive)
        self.question_table.viewport().installEventFilter(self)
        dheader = self.domain_table.horizontalHeader()
        dheader.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2, 3):
            dheader.setSectionResizeMode(col, QHeaderView.ResizeToContents)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.old_combo, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.new_combo, 1)
        pick.addSpacing(16)
        pick.addWidget(self.changed_only)

        # The overview (trend, choice, verdict, figures) and the tables share the height through a splitter.
        # The chart is the part that gives way: on a short window or at large type the tables keep their rows.
        overview = QWidget()
        top = QVBoxLayout(overview)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.trend_chart, 1)
        top.addSpacing(6)
        top.addLayout(pick)
        top.addWidget(self.notice)
        top.addWidget(self.verdict)
        self.targets = QLabel(objectName="muted")  # current against the board's target, before and now
        self.targets.setWordWrap(True)
        self.targets.hide()
        top.addWidget(self.targets)
        top.addLayout(figures)
        self.tables = QSplitter(Qt.Vertical)
        self.tables.addWidget(self.domain_table)
        self.tables.addWidget(self.question_table)
        self.tables.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(overview)
        self.splitter.addWidget(self.tables)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self._shared_out = False  # the first layout shares the height out; after that the person's dragging stands

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.splitter, 1)

        self.old_combo.currentIndexChanged.connect(self._recompute)
        self.new_combo.currentIndexChanged.connect(self._recompute)
        self.changed_only.toggled.connect(self.question_proxy.set_changed_only)
        self.trend_chart.pointClicked.connect(self._point_clicked)
        self.question_table.activated.connect(self._question_activated)
        self.question_table.doubleClicked.connect(self._question_activated)

    # -- sharing the height ------------------------------------------------------------------------
    CHART_ROOM = 160  # what the chart may grow beyond its minimum before the tables get the rest

    def _share_height(self) -> None:
        """Give the tables their rows first; the chart takes what is left, between its minimum and a bit more."""
        total = self.splitter.height() - self.splitter.handleWidth()
        overview = self.splitter.widget(0)
        least = overview.minimumSizeHint().height()
        if total <= least:
            return
        row = self.question_table.verticalHeader().defaultSectionSize()
        header = self.question_table.horizontalHeader().sizeHint().height()
        frame = 2 * self.question_table.frameWidth()
        tables_want = 2 * (header + frame) + (5 + 8) * row + self.tables.handleWidth()  # 5 domains, 8 questions
        top = max(least, min(least + self.CHART_ROOM, total - tables_want, int(total * 0.45)))
        self.splitter.setSizes([top, total - top])
        rest = total - top - self.tables.handleWidth()
        two_domains = header + frame + 2 * row + 4  # a pixel or two of slack: the handle and frames round
        question = max(int(rest * 0.6), min(rest - two_domains, header + frame + 8 * row))
        self.tables.setSizes([rest - question, question])
        self._shared_out = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._shared_out and self.isVisible():
            self._share_height()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            # At a new type size the old split no longer fits the rows: share the height out again.
            self._shared_out = False
            QTimer.singleShot(0, self, self._reshare)  # not after the page is gone

    def _fit_domain_column(self) -> None:
        table = self.question_table
        wanted = table.sizeHintForColumn(DOMAIN)
        title = table.horizontalHeader().sectionSizeFromContents(DOMAIN).width()
        table.setColumnWidth(DOMAIN, max(title, min(wanted, table.viewport().width() // 6)))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.question_table.viewport() and event.type() == QEvent.Resize:
            self._fit_domain_column()
        return False

    def _reshare(self) -> None:
        if self.isVisible() and not self._shared_out:
            self._share_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shared_out:
            QTimer.singleShot(0, self, self._reshare)  # not after the page is gone

    # -- filling -----------------------------------------------------------------------------------
    def show_subject(self, assessment_id: int, compare_with: int | None = None) -> None:
        """Show the subject of *assessment_id*: it as the later side, its predecessor (or *compare_with*) earlier."""
        ids = self.cycle.subject_ids(assessment_id)
        trend = self.cycle.trend(assessment_id)
        self._ids = ids
        labels = {p.assessment_id: self.tr("#{id} · {date} · v{version} · {answered}/{total} answered").format(
                  id=p.assessment_id, date=day(p.assessed_on), version=p.pack_version, answered=p.answered,
                  total=p.total) for p in trend.points}
        info = self.cycle.store.info(assessment_id)
        self.subtitle.setText(self.tr("{name} — {pack}: %n assessment(s)", "", len(ids)).format(
            name=info.organisation, pack=info.pack_title))
        self.trend_chart.set_trend(trend, selected=assessment_id)
        previous = compare_with if compare_with is not None else self.cycle.previous_of(assessment_id)
        # One comparison for the whole refill, not one per combo change.
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
            for i in ids:
                combo.addItem(labels[i], i)
        self.new_combo.setCurrentIndex(ids.index(assessment_id))
        self.old_combo.setCurrentIndex(ids.index(previous) if previous in ids else ids.index(assessment_id))
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(False)
        self._recompute()

    def _recompute(self) -> None:
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        self.comparison = None
        if old_id is None or new_id is None:
            return self._show(None)
        if old_id == new_id:
            only_one = len(self._ids) < 2
            return self._show(None, self.tr("This subject has one assessment so far: re-assess it next cycle to "
                                            "compare.") if only_one
                              else self.tr("Pick two different assessments to compare."))
        try:
            self.comparison = self.cycle.comparison(old_id, new_id)
        except MaturityError as exc:
            return self._show(None, str(exc))
        self.trend_chart.select(new_id)
        self._show(self.comparison)

    def _show(self, c: Comparison | None, notice: str = "") -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.domain_model.set_comparison(c)
        self.question_model.set_comparison(c)
        self._fit_domain_column()
        self.verdict.setVisible(c is not None)
        self.targets.setVisible(False)
        for figure in self.figures.values():
            figure.setVisible(c is not None)
        if c is None:
            return
        if c.old.info.created_at > c.new.info.created_at:
            self.notice.setText(self.tr("The “earlier” assessment is the more recent one: the changes read backwards."))
            self.notice.show()
        self.verdict.setText(c.verdict())
        from ...app.plan import comparison_targets

        targets = comparison_targets(self.cycle.db, c)
        self.targets.setText(self.tr("Against the board's targets · ") + " · ".join(t.text() for t in targets)
                             if targets else "")
        self.targets.setVisible(bool(targets))
        self.figures["paper"].value.setText(_signed(c.compliance_delta))
        self.figures["practice"].value.setText(_signed(c.capability_delta))
        self.figures["gap"].value.setText(_signed(c.gap_delta))
        old_pm, new_pm = len(c.old.score.paper_maturity), len(c.new.score.paper_maturity)
        self.figures["paper_maturity"].value.setText(f"{old_pm} → {new_pm}")
        self.figures["actions"].value.setText(
            f"{len(c.actions_closed)} · {len(c.actions_open)} · {len(c.actions_new)}")
        self.figures["escalations"].value.setText(
            f"{len(c.escalations_carried)} · {len(c.escalations_resolved)} · {len(c.escalations_new)}")
        dropped = len(c.escalations_dropped)
        self.figures["escalations"].setToolTip(
            self.tr("%n escalation(s) dropped without a board decision", "", dropped) if dropped else
            self.tr("An escalation is resolved only when the board's decision is recorded"))

    # -- reacting ----------------------------------------------------------------------------------
    def _point_clicked(self, assessment_id: int) -> None:
        # A click on the trend compares that assessment with the later one already chosen.
        index = self.old_combo.findData(assessment_id)
        if index >= 0:
            self.old_combo.setCurrentIndex(index)

    def _question_activated(self, index) -> None:
        question_id = index.data(QuestionIdRole)
        if self.comparison and question_id:
            self.questionActivated.emit(self.comparison.new.info.id, question_id)
