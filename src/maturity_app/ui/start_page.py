"""Start page: recent assessments with their progress and headline gap, and the actions on them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from .assessment_list_model import (
    DESCENDING, GAP, MODE, PACK, PROGRESS, SUBJECT, UPDATED, AssessmentIdRole, local_time, mode_text,
)
from .first_frame import after_first_frame
from ..domain import i18n
from ..domain.formatting import percent
from .language import translate
from .lazy_qt import ELIDE_MIDDLE, ELIDE_RIGHT, Qt
from .page_keys import enter_presses_buttons

# The widest bundled pack title with its version, in each interface language (a test keeps these the widest as the
# packs change): a fixed text rather than the titles of the rows, so the column's width costs the same whatever
# the archive holds, and no pack is parsed before the first frame.
WIDEST_PACK_TITLE = {
    "en": "NIS2 and DORA - can we meet the duties in practice 1.0.0",
    "de": "Vertrauen in Lieferanten – Behauptung und Nachweis 2.0.0",
}

# Sample texts as wide as each column's content usually gets (the user can still drag a column wider).
TYPICAL_WIDEST = {
    PACK: WIDEST_PACK_TITLE["en"],
    MODE: "Workshop",
    UPDATED: "30 Sep 2026 23:59",
    PROGRESS: "1000/1000  (100%)",
    GAP: "+100 pts  (paper 100 · practice 100)",
}


WHAT_IT_DOES = QT_TRANSLATE_NOOP(
    "EmptyStart",
    "Maturity asks, for every control, both what the paperwork says and whether it was proven to work "
    "under pressure, then shows the board where the organisation is compliant on paper but not capable in practice."
)


class EmptyStart(QFrame):
    """What a first launch shows instead of an empty table: what the app does and the two ways to begin."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="panel")
        self.setAccessibleName(self.tr("Getting started"))
        heading = QLabel(self.tr("Find out whether the capability behind your certificate exists"), objectName="questionTitle")
        heading.setWordWrap(True)
        what = QLabel(self.tr(WHAT_IT_DOES))
        what.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New assessment…"), objectName="primary")
        self.new_button.setAccessibleName(self.tr("New assessment"))
        self.new_button.setToolTip(self.tr("Start your own assessment (Ctrl+N)"))
        self.sample_button = QPushButton(self.tr("Open a sample assessment"))
        self.sample_button.setAccessibleName(self.tr("Open a sample assessment"))
        self.sample_button.setToolTip(self.tr("Creates a fictional, fully answered assessment to explore; delete it any time"))
        hint = QLabel(self.tr("The sample is a fictional logistics group with strong paper and uneven practice: explore the "
                      "dashboard and the board report, then delete it from this page."), objectName="muted")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.setMaximumWidth(820)

    def buttons(self) -> list[QPushButton]:
        return [self.new_button, self.sample_button]


class FittingTable(QTableView):
    """A table that calls *on_resize* whenever its viewport changes width (its column titles are laid out exactly
    as wide): a narrower window, or a scroll bar coming or going.

    Qt hands the viewport's resize to the view's own resizeEvent. Watched here rather than with a filter on the
    viewport (asking PySide for the viewport, a widget it has not met, makes it load every widget class Qt has)
    or with a header of our own (made with Qt's orientation enum, which PySide builds with all of ``Qt``)."""

    def __init__(self, on_resize, parent=None):
        super().__init__(parent)
        self._on_resize = on_resize
        self.on_selection_changed = None  # called after each change of the selection

    def selectionChanged(self, selected, deselected) -> None:  # noqa: N802 (Qt's name)
        # Qt's own slot for its selection model's signal: the model itself is never handed to Python before the
        # first frame (PySide would build QItemSelectionModel and its enum for it).
        super().selectionChanged(selected, deselected)
        if self.on_selection_changed is not None:
            self.on_selection_changed()

    def selected_rows(self) -> list[int]:
        """The rows selected (whole rows: see StartPage), in order."""
        return sorted({index.row() for index in self.selectedIndexes()})

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._on_resize(event.size().width())  # the viewport's (the header may not be laid out to it yet)


def show_sort_indicator(header: QHeaderView, section: int, order: int) -> bool:
    """Show the sort arrow on *section* in *order* (Qt.SortOrder's number) without the ``Qt`` namespace (see
    lazy_qt) and without sorting: the header's own saved state, with those two fields changed, given back.

    The layout is QHeaderView::saveState's: a marker (0xff) and version (0), then orientation, sort order and
    sort section as 32-bit big-endian numbers, then whether the arrow shows. False (nothing changed) for any
    other layout."""
    state = bytearray(header.saveState().data())
    if len(state) < 21 or state[:8] != b"\x00\x00\x00\xff\x00\x00\x00\x00":
        return False
    state[12:16] = order.to_bytes(4, "big")
    state[16:20] = section.to_bytes(4, "big")
    state[20] = 1
    return header.restoreState(bytes(state))


class StartPage(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()  # the getting-started panel's "New assessment…" (the page's own button is new_button)
    sampleRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("Maturity", objectName="pageTitle")
        subtitle = QLabel(self.tr("Compliance on paper, capability in practice: find where they part."), objectName="pageSubtitle")
        self.new_button = QPushButton(self.tr("New assessment…"), objectName="primary")
        self.new_button.setToolTip(self.tr("Start a new assessment (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.reassess_button = QPushButton(self.tr("Re-assess…"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        for button, tip in ((self.open_button, self.tr("Open the selected assessment (Enter)")),
                            (self.rename_button, self.tr("Rename the organisation or vendor of the selected assessment")),
                            (self.duplicate_button, self.tr("Copy the selected assessment with all its answers")),
                            (self.reassess_button, self.tr("Start the next cycle of the selected assessment (Ctrl+Shift+R)")),
                            (self.compare_button, self.tr("Compare the selected assessment with the previous one of its "
                                                  "subject (Ctrl+3)")),
                            (self.delete_button, self.tr("Delete the selected assessment (asks first)"))):
            button.setToolTip(tip)
            button.setAccessibleName(button.text().rstrip("…"))
        self.new_button.setAccessibleName(self.tr("New assessment"))
        self.portfolio_button = QPushButton(self.tr("Vendor portfolio"))
        self.portfolio_button.setAccessibleName(self.tr("Vendor portfolio"))
        self.portfolio_button.setToolTip(self.tr("Key vendors side by side: trusted on proof, or on claims? (Ctrl+Shift+P)"))

        self._typical_widths: dict[int, int] = {}
        self._fitted: dict[int, int] | None = None
        self._titles: list[str] = []
        self._sorting_on_click = False  # a click on a title switches sorting on (see sort_newest_first)
        self.table = FittingTable(self._fit_columns)
        # A title cut short says so ("…"); its tooltip is whole. (Set by name: see lazy_qt.)
        self.table.horizontalHeader().setProperty("textElideMode", ELIDE_RIGHT)
        self.table.setAccessibleName(self.tr("Recent assessments"))
        self.table.setToolTip(self.tr("Recent assessments; double-click or press Enter to open"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionsClickable(True)  # a click sorts, once sorting is on (see sort_newest_first)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # rows are picked whole: Tab goes on to the buttons
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # A name too long for its column keeps its start and its end ("Bundesanstalt für … Zahlungsdienstleister"):
        # long names often differ only at the end (a site, a department, the legal form). The whole name is the
        # cell's text (screen readers read it) and heads its tooltip.
        self.table.setProperty("textElideMode", ELIDE_MIDDLE)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self._empty: EmptyStart | None = None  # what a first launch shows: built when there is nothing to list
        # Built when first needed (see notice, update_state): a widget made before the first frame is styled before
        # it, shown or not.
        self._notice: QLabel | None = None
        self._empty_spacer: QWidget | None = None

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.portfolio_button)
        actions.addStretch(1)
        for button in (self.open_button, self.rename_button, self.duplicate_button, self.reassess_button,
                       self.compare_button, self.delete_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        self.section_title = QLabel(self.tr("RECENT ASSESSMENTS"), objectName="sectionTitle")
        layout.addWidget(self.section_title)
        layout.addWidget(self.table, 1)
        self._empty_at = layout.count()  # where the getting-started panel goes
        self.actions_row = QWidget()
        self.actions_row.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_row)
        QWidget.setTabOrder(self.table, self.new_button)

    @property
    def empty(self) -> EmptyStart:
        """The getting-started panel in place of the table; a launch with assessments to list never builds it."""
        if self._empty is None:
            self._empty = EmptyStart()
            self._empty.setVisible(False)
            self._empty.new_button.clicked.connect(self.newRequested)
            self._empty.sample_button.clicked.connect(self.sampleRequested)
            self.layout().insertWidget(self._empty_at, self._empty)
            enter_presses_buttons(self._empty, self._empty.buttons())
        return self._empty

    @property
    def notice(self) -> QLabel:
        """A line under the buttons for what went wrong loading the packs: made the first time there is one."""
        if self._notice is None:
            self._notice = QLabel(objectName="notice")
            self._notice.setWordWrap(True)
            self._notice.hide()
            self.layout().addWidget(self._notice)
        return self._notice

    def _show_empty_spacer(self, shown: bool) -> None:
        """The free height below the getting-started panel when the table is hidden (keeps that panel at the top);
        made the first time the table is hidden."""
        if self._empty_spacer is None:
            if not shown:
                return
            self._empty_spacer = QWidget()
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.actions_row), self._empty_spacer, 1)
        self._empty_spacer.setVisible(shown)

    def buttons(self) -> list[QPushButton]:
        """Every button on the page (Enter presses the focused one: see enter_presses_buttons)."""
        return [self.new_button, self.portfolio_button, self.open_button, self.rename_button, self.duplicate_button,
                self.reassess_button, self.compare_button, self.delete_button,
                *(self._empty.buttons() if self._empty is not None else ())]

    def set_list_model(self, model) -> None:
        """The table shows *model* (a RowTableModel); its column titles are held by Qt for the header (see
        RowTableModel.titles_for_header), so that painting them asks no Python."""
        header = self.table.horizontalHeader()
        header.hide()  # while the table takes the model: a header on show would measure its titles by asking it
        self.table.setModel(model)
        titles = model.titles_for_header(self.table)
        header.setModel(titles)
        header.show()
        after_first_frame(self.window(), lambda: model.add_title_tips(titles))
        self._titles = [model.title(col) for col in range(model.columnCount())]

    def configure_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SUBJECT, QHeaderView.Stretch)
        # Widths from the widest text each column can show, not ResizeToContents: that asks the model for every
        # row's text (tens of thousands of calls with a large archive) on every visit of the page.
        metrics = self.table.fontMetrics()
        self._typical_widths = {col: metrics.horizontalAdvance(self._typical(col, widest)) + 24
                                for col, widest in TYPICAL_WIDEST.items()}
        self._fitted = None
        for col in TYPICAL_WIDEST:
            header.setSectionResizeMode(col, QHeaderView.Interactive)
        self._fit_columns()
        header.setHighlightSections(False)
        self.sort_newest_first()

    def sort_newest_first(self) -> None:
        """The newest change first. Before the window's first frame the rows already come in that order: the arrow
        is shown without sorting or naming Qt's sort order (see show_sort_indicator), and sorting is switched on
        just after that frame (enable_sorting), or by the first click on a title if that comes first."""
        if self.table.isSortingEnabled():
            self.table.sortByColumn(UPDATED, Qt.DescendingOrder)
        elif self.table.model() is not None and show_sort_indicator(self.table.horizontalHeader(), UPDATED,
                                                                     DESCENDING):
            if not self._sorting_on_click:
                # A click first moves the arrow, then says which title it was: sorted as the arrow then shows.
                # (Not sortIndicatorChanged: PySide cannot hand over its Qt.SortOrder before Qt's namespace exists.)
                self._sorting_on_click = True
                self.table.horizontalHeader().sectionClicked.connect(self._title_clicked)
        else:
            self.table.setSortingEnabled(True)
            self.table.sortByColumn(UPDATED, Qt.DescendingOrder)

    def _title_clicked(self, _section: int) -> None:
        self.enable_sorting()

    def enable_sorting(self) -> None:
        """Sorting by a click on a column title, in the order the arrow shows."""
        if self._sorting_on_click:
            self._sorting_on_click = False
            self.table.horizontalHeader().sectionClicked.disconnect(self._title_clicked)
        if not self.table.isSortingEnabled():
            self.table.setSortingEnabled(True)  # sorts by the arrow shown (the newest first, or a click's)

    def _title_metrics(self) -> QFontMetrics:
        """The metrics of the column titles (the theme sets them in bold), as the header's font is now."""
        font = QFont(self.table.horizontalHeader().font())
        font.setBold(True)
        return QFontMetrics(font)

    def _title_width(self, col: int, metrics: QFontMetrics | None = None) -> int:
        """What a column's title needs, with the sort arrow's room."""
        title = self._titles[col] if col < len(self._titles) else ""
        return (metrics if metrics is not None else self._title_metrics()).horizontalAdvance(title) + 28

    def _fit_columns(self, viewport: int | None = None) -> None:
        """Each column as wide as its usual content; but the name is what people scan, so when large type or
        German's longer texts would leave it less than a quarter of the table (or less than its title), the
        others give way, never below their own titles. Columns the user dragged are left as dragged."""
        if not self._typical_widths or self.table.model() is None:
            return
        header = self.table.horizontalHeader()
        if self._fitted is not None and any(header.sectionSize(c) != w for c, w in self._fitted.items()):
            return  # the user has sized the columns
        metrics = self._title_metrics()
        titles = {col: self._title_width(col, metrics) for col in self._typical_widths}
        widths = {col: max(width, titles[col]) for col, width in self._typical_widths.items()}  # a title is whole
        if viewport is None:
            viewport = self.table.horizontalHeader().width()  # as wide as the viewport, once laid out
        over = sum(widths.values()) + max(self._title_width(SUBJECT, metrics), viewport // 4) - viewport
        fitted = dict(widths)
        # Words give way first (a questionnaire's title cut in the middle keeps its start, its version and, in the
        # tooltip, its whole text), numbers only when that is not enough: a gap cut short hides a figure. A date
        # cut short is a wrong date: the last-change column keeps its whole width.
        for giving in ((PACK, MODE), (PROGRESS, GAP)):
            give = {col: widths[col] - titles[col] for col in giving if col in widths}
            spare = sum(give.values())
            if over <= 0 or not spare:
                continue
            taken = min(over, spare)
            cuts = {col: taken * most // spare for col, most in give.items()}
            # Whole pixels that add up to what is taken (rounding each share left the name a pixel short).
            for col in sorted(give, key=lambda c: give[c] - cuts[c], reverse=True)[:taken - sum(cuts.values())]:
                cuts[col] += 1
            for col, cut in cuts.items():
                fitted[col] -= cut
            over -= taken
        for col, width in fitted.items():
            header.resizeSection(col, width)
        self._fitted = fitted

    @staticmethod
    def _typical(col: int, widest: str) -> str:
        """The sample in the interface language (German words and dates run longer)."""
        if col == PACK:
            return WIDEST_PACK_TITLE.get(i18n.language(), widest)
        if col == MODE:
            return mode_text("workshop")
        if col == UPDATED:
            return local_time("2026-09-30T23:59:00")
        if col == PROGRESS:
            return f"1000/1000  ({percent(1.0)})"  # German writes "100 %"
        if col == GAP:
            return translate("AssessmentList", "{gap} pts  (paper {paper} · practice {practice})").format(
                gap="+100", paper="100", practice="100")
        return widest

    def selected_id(self) -> int | None:
        rows = self.table.selected_rows() if self.table.model() is not None else []
        return self.table.model().index(rows[0], 0).data(AssessmentIdRole) if rows else None

    def select_id(self, assessment_id: int) -> None:
        model = self.table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(AssessmentIdRole) == assessment_id:
                self.table.selectRow(row)
                return

    def update_state(self) -> None:
        has_rows = self.table.model() is not None and self.table.model().rowCount() > 0
        # A first launch shows what the app does and how to begin, not an empty table and disabled buttons.
        if not has_rows or self._empty is not None:
            self.empty.setVisible(not has_rows)
        self._show_empty_spacer(not has_rows)
        for widget in (self.section_title, self.table, self.actions_row):
            widget.setVisible(has_rows)
        if not has_rows and (self.focusWidget() is None or not self.focusWidget().isVisible()):
            self.empty.new_button.setFocus()  # the default action: Enter starts
        selected = self.selected_id() is not None
        for button in (self.open_button, self.rename_button, self.duplicate_button, self.reassess_button,
                       self.compare_button, self.delete_button):
            button.setEnabled(selected)

    def _activated(self, index) -> None:
        assessment_id = index.data(AssessmentIdRole)
        if assessment_id is not None:
            self.openRequested.emit(assessment_id)
