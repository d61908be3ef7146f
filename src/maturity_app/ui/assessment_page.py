"""The assessment page: navigator on the left; the question or the dashboard on the right; a live gap meter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QSizePolicy, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QPushButton, QSplitter, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from .dashboard_view import DashboardView
from .elided_label import ElidedLabel
from .gap_meter import GapMeter
from .markers import marker_legend
from .navigator_model import FILTERS
from .question_view import QuestionView


class AssessmentPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.find = QLineEdit()
        self.find.setPlaceholderText("Find a question (Ctrl+F)")
        self.find.setAccessibleName("Find a question")
        self.find.setToolTip("Type to filter the questions; Enter opens the first match")
        self.find.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for key, text in FILTERS.items():
            self.filter.addItem(text, key)
        self.filter.setAccessibleName("Show")
        self.filter.setToolTip("Show all questions, only unanswered ones, or only gaps "
                               "(paper maturity, exposed, stale proof, unowned)")
        self.tree = QTreeView()
        self.tree.setAccessibleName("Questions by domain")
        self.tree.setToolTip("Domains and questions; markers show unanswered ○, to confirm, paper maturity ◆, "
                             "exposed ▲, stale proof, unowned and escalated (key below)")
        self.tree.setUniformRowHeights(True)  # keeps a 1,000-question navigator fast
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
        nav_layout.addWidget(self.filter)
        nav_layout.addWidget(self.tree, 1)
        nav_layout.addWidget(self.legend)

        # Long organisation and pack names give way (ellipsis, full text in the tooltip) so the page fits a laptop.
        self.subject = ElidedLabel(objectName="pageTitle")
        self.details = ElidedLabel(objectName="pageSubtitle")
        # The subtitle takes whatever width the title leaves; it must not squeeze the organisation's name.
        self.details.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.meter = GapMeter()  # sized from its font, so it stays legible at every font scale
        self.question_button = QPushButton("Question")
        self.dashboard_button = QPushButton("Dashboard")
        self.workshop_button = QPushButton("Workshop")
        self.workshop_button.hide()  # only workshop assessments have a rating round
        self.view_group = QButtonGroup(self)
        for button, tip in ((self.question_button, "Answer questions (Ctrl+1)"),
                            (self.dashboard_button, "See paper against practice (Ctrl+2)"),
                            (self.workshop_button, "Run the room's rating round (Ctrl+4)")):
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
        order = [self.find, self.filter, self.tree, *self.question_view.tab_chain(), self.question_button,
                 self.dashboard_button, self.workshop_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

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
            self.stack.addWidget(panel)
        self.workshop_button.setVisible(panel is not None)
