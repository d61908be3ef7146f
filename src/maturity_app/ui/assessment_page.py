"""The assessment page: navigator on the left; the question or the dashboard on the right; a live gap meter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QSizePolicy, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QPushButton, QSplitter, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from .dashboard_view import DashboardView
from .elided_label import ElidedLabel
from .gap_meter import GapMeter
from .markers import marker_legend
from .page_keys import PageKeys, enter_presses_buttons
from .wrapping_delegate import WrappingDelegate
from .navigator_model import ANY_OWNER, FILTERS, IsDomainRole, filter_label
from .question_view import QuestionView


class NavigatorTree(QTreeView):
    """Domains are headings, not stops: the keyboard moves from question to question (the question on screen is
    always the highlighted row), and headings stay open so no question is hidden by a fold."""

    _STEPS = (QAbstractItemView.MoveUp, QAbstractItemView.MoveDown, QAbstractItemView.MovePageUp,
              QAbstractItemView.MovePageDown, QAbstractItemView.MoveHome, QAbstractItemView.MoveEnd,
              QAbstractItemView.MovePrevious, QAbstractItemView.MoveNext)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemsExpandable(False)
        self.setRootIsDecorated(False)
        self.setObjectName("navigator")
        self.ensurePolished()  # polishing makes the viewport see-through: made opaque after it
        self._opaque_viewport()
        # Titles wrap rather than end in "…" (at large type a navigator column cut most of them short).
        titles = WrappingDelegate(self, lambda index: self.columnWidth(0) - 12 - (
            self.indentation() if index.parent().isValid() else 0))
        self.setItemDelegateForColumn(0, titles)
        self.header().sectionResized.connect(lambda *_: titles._relayout.start())

    def _opaque_viewport(self) -> None:
        """Scrolling then moves the rows already drawn and paints only those that come into view, as Qt does for
        a list whose viewport fills its own background. The style sheet leaves a framed list's viewport
        see-through (its rounded frame paints the background), and every scroll (a next question past the edge
        of the list) drew the whole list again. The viewport fills with the palette's Base, the colour the style
        sheet gives the list; the style sheet's padding keeps its square corners inside the rounded frame."""
        self.viewport().setAutoFillBackground(True)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.StyleChange, QEvent.PaletteChange):
            self._opaque_viewport()  # a style sheet applied again polishes the viewport see-through again
        if event.type() == QEvent.PaletteChange:  # the theme changed: the markers take its colours
            model = self.model()
            source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
            if hasattr(source, "follow_theme"):
                source.follow_theme()

    def selectionCommand(self, index, event=None):
        # A heading is never selected: clicking it opens its first question, whose row then takes the highlight.
        if index.isValid() and index.data(IsDomainRole):
            return QItemSelectionModel.NoUpdate
        return super().selectionCommand(index, event)

    def moveCursor(self, action, modifiers):
        start = self.currentIndex()
        index = super().moveCursor(action, modifiers)
        if action in (QAbstractItemView.MoveLeft, QAbstractItemView.MoveRight):
            return start  # no folding, and no jump to the heading
        if not index.isValid() or not index.data(IsDomainRole) or action not in self._STEPS:
            return index
        forward = action in (QAbstractItemView.MoveDown, QAbstractItemView.MovePageDown, QAbstractItemView.MoveHome,
                             QAbstractItemView.MoveNext)
        for step in ((self.indexBelow, self.indexAbove) if forward else (self.indexAbove, self.indexBelow)):
            found = index
            while found.isValid() and found.data(IsDomainRole):
                found = step(found)
            if found.isValid():
                return found
        return start


class AssessmentPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find a question (Ctrl+F)"))
        self.find.setAccessibleName(self.tr("Find a question"))
        self.find.setToolTip(self.tr("Type to filter the questions; Enter opens the first match"))
        self.find.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for key in FILTERS:
            self.filter.addItem(filter_label(key), key)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.setToolTip(self.tr("Show all questions, only gaps (paper maturity, exposed, stale proof, unowned), "
                               "or only the questions with one marker"))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.owner_filter.setToolTip(self.tr("Only the questions a person owns, as capability owner or as action owner"))
        self.set_owner_names([])
        for combo in (self.filter, self.owner_filter):
            # Long entries ("Gaps (paper maturity, ...)", long names) must not widen the navigator: the list drops
            # down wider than the box.
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.filter.view().setMinimumWidth(self.filter.view().sizeHintForColumn(0) + 24)
        self.tree = NavigatorTree()
        self.tree.setAccessibleName(self.tr("Questions by domain"))
        self.tree.setToolTip(self.tr("Domains and questions; markers show unanswered ○, to confirm, paper maturity ◆, "
                             "exposed ▲, stale proof, unowned and escalated (key below)"))
        self.tree.setUniformRowHeights(False)  # titles wrap (NavigatorTree)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setIconSize(QSize(96, 16))  # up to six 16 px markers side by side
        self.tree.setAlternatingRowColors(False)
        self.tree.header().setStretchLastSection(False)
        self.legend = marker_legend()

        nav = QWidget()
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(12, 12, 6, 12)
        nav_layout.setSpacing(8)
        nav_layout.addWidget(self.find)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.owner_filter, 1)
        nav_layout.addLayout(filters)
        nav_layout.addWidget(self.tree, 1)
        nav_layout.addWidget(self.legend)

        # Long organisation and pack names give way (ellipsis, full text in the tooltip) so the page fits a laptop.
        self.subject = ElidedLabel(objectName="pageTitle")
        self.details = ElidedLabel(objectName="pageSubtitle")
        # The subtitle takes whatever width the title leaves; it must not squeeze the organisation's name.
        self.details.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.meter = GapMeter()  # sized from its font, so it stays legible at every font scale
        self.question_button = QPushButton(self.tr("Question"))
        self.dashboard_button = QPushButton(self.tr("Dashboard"))
        self.workshop_button = QPushButton(self.tr("Workshop"))
        self.workshop_button.hide()  # only workshop assessments have a rating round
        self.view_group = QButtonGroup(self)
        for button, tip in ((self.question_button, self.tr("Answer questions (Ctrl+1)")),
                            (self.dashboard_button, self.tr("See paper against practice (Ctrl+2)")),
                            (self.workshop_button, self.tr("Run the room's rating round (Ctrl+4)"))):
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(button.text())
            self.view_group.addButton(button)
        self.question_button.setChecked(True)
        # The name shares its line with the meter only; the view buttons sit under the meter, beside the subtitle.
        # So at large type on a laptop the organisation's name keeps the width the buttons used to take.
        views = QHBoxLayout()
        views.setSpacing(6)
        views.addStretch(1)
        views.addWidget(self.question_button)
        views.addWidget(self.dashboard_button)
        views.addWidget(self.workshop_button)
        header = QGridLayout()
        header.setContentsMargins(20, 10, 20, 4)
        header.setHorizontalSpacing(16)
        header.setVerticalSpacing(2)
        header.addWidget(self.subject, 0, 0)
        header.addWidget(self.meter, 0, 1, Qt.AlignRight | Qt.AlignVCenter)
        header.addWidget(self.details, 1, 0, Qt.AlignTop)
        header.addLayout(views, 1, 1)
        header.setColumnStretch(0, 1)

        self.question_view = QuestionView()
        self.dashboard = DashboardView()
        self.workshop: QWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.question_view)
        self.stack.addWidget(self.dashboard)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 1100])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        order = [self.find, self.filter, self.owner_filter, self.tree, *self.question_view.tab_chain(), self.question_button,
                 self.dashboard_button, self.workshop_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.keys = PageKeys(self)
        question_fields = set(self.question_view.text_fields())
        for field in (self.find, *question_fields):
            self.keys.install(field, escape_returns=field in question_fields)

    def set_owner_names(self, names: list[str]) -> None:
        """Offer *names* in the owner filter, keeping the chosen one (and its filter) when it is still there."""
        chosen = self.owner_filter.currentData() or ANY_OWNER
        self.owner_filter.blockSignals(True)
        try:
            self.owner_filter.clear()
            self.owner_filter.addItem(self.tr("Anyone's"), ANY_OWNER)
            for name in names:
                self.owner_filter.addItem(name, name)
            found = self.owner_filter.findData(chosen)
            self.owner_filter.setCurrentIndex(max(found, 0))
        finally:
            self.owner_filter.blockSignals(False)
        self.owner_filter.view().setMinimumWidth(self.owner_filter.view().sizeHintForColumn(0) + 24)
        if found < 0 and chosen != ANY_OWNER:
            self.owner_filter.currentIndexChanged.emit(0)  # the chosen name is gone: so is its filter

    def configure_tree(self) -> None:
        """Column sizing once a model is set."""
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Fixed)
        header.resizeSection(1, 88)  # five markers at once (to confirm, paper, stale, unowned, escalated) fit
        header.hide()

    def show_dashboard(self, on: bool) -> None:
        self.show_view("dashboard" if on else "question")

    def show_view(self, name: str) -> None:
        """Show "question", "dashboard" or "workshop" (the last only when a workshop panel is set)."""
        if name == "workshop" and self.workshop is None:
            name = "question"
        widget, button = {
            "question": (self.question_view, self.question_button),
            "dashboard": (self.dashboard, self.dashboard_button),
            "workshop": (self.workshop, self.workshop_button),
        }[name]
        self.stack.setCurrentWidget(widget)
        button.setChecked(True)

    def current_view(self) -> str:
        current = self.stack.currentWidget()
        if current is self.dashboard:
            return "dashboard"
        return "workshop" if current is not None and current is self.workshop else "question"

    def set_workshop(self, panel: QWidget | None) -> None:
        """Host the workshop panel of the open assessment (None for a self-assessment); the old one is dropped."""
        if self.workshop is not None:
            if self.stack.currentWidget() is self.workshop:
                self.show_view("question")
            self.stack.removeWidget(self.workshop)
            self.workshop.deleteLater()
        self.workshop = panel
        if panel is not None:
            enter_presses_buttons(panel)
            self.stack.addWidget(panel)
        self.workshop_button.setVisible(panel is not None)
