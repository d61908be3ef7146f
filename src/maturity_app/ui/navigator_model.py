"""Qt item model of domains and their questions with progress and markers, and the proxy that filters it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from ..domain.i18n import _
from ..domain.scoring import AssessmentScore, QuestionScore
from . import theme
from .language import translate
from .markers import ORDER, marker_icon, marker_text, question_markers
from .navigator_filters import FILTERS, filter_label  # noqa: F401 (defined apart: the Go menu lists them at launch)

QuestionIdRole = Qt.UserRole + 1
MarkersRole = Qt.UserRole + 2
IsDomainRole = Qt.UserRole + 3
DomainIdRole = Qt.UserRole + 4
OwnersRole = Qt.UserRole + 5  # the capability owner and the action owner of a question

COLUMNS = (QT_TRANSLATE_NOOP("Navigator", "Question"), QT_TRANSLATE_NOOP("Navigator", "Status"))


class NavigatorModel(QStandardItemModel):
    """Two levels: domains, then their questions. Reads everything from a scored assessment.

    Every row's text, tooltip, font, icon and roles are stored in Qt's own items, worked out once per change of
    that row: a view asks for about ten roles of every cell it paints, and a Python data() answering them (with
    Python index() and rowCount() behind the filter) made a repaint of the navigator cost 11 ms, against 1 ms
    for the same rows read from C++. What a role shows is decided in _question_row and _domain_row alone."""

    def __init__(self, score: AssessmentScore, parent=None):
        super().__init__(parent)
        self._score = score
        self._rows: dict[str, tuple[int, int]] = {}
        self._to_confirm: frozenset[str] = frozenset()  # pre-filled by a re-assessment, not yet confirmed
        self._kept: str | None = None  # listed only because it is on screen (the filters would hide it)
        self._dark = theme.tones().dark  # the theme the marker icons were drawn for
        self.setHorizontalHeaderLabels([translate("Navigator", c) for c in COLUMNS])
        self._build()

    def _build(self) -> None:
        self.removeRows(0, self.rowCount())
        self._rows = {}
        root = self.invisibleRootItem()
        for d_row, domain in enumerate(self._score.domains):
            items = _items()
            root.appendRow(items)
            self._fill(items, self._domain_row(domain))
            for q_row, question in enumerate(domain.questions):
                self._rows[question.question.id] = (d_row, q_row)
                row = _items()
                items[0].appendRow(row)
                self._fill(row, self._question_row(question))

    # -- what each row shows -----------------------------------------------------------------------
    def _question_row(self, question: QuestionScore) -> tuple[dict, dict]:
        """(column 0, column 1) roles of a question's row; the roles that identify it are in both columns."""
        qid = question.question.id
        markers = question_markers(question)
        if qid in self._to_confirm:
            markers = markers | {"confirm"}
        status = ", ".join(marker_text(m) for m in ORDER if m in markers) or translate("Markers", "answered")
        kept = qid == self._kept
        common = {
            QuestionIdRole: qid, DomainIdRole: question.domain.id, IsDomainRole: False, MarkersRole: markers,
            OwnersRole: tuple(name.strip() for name in (question.answer.owner, question.answer.action_owner)
                              if name.strip()),
        }
        tip = f"{question.question.title} ({qid})" + (
            "\n" + translate("Navigator", "Listed because it is the question on screen; the filter hides it")
            if kept else "")
        title = {**common, Qt.DisplayRole: question.question.title, Qt.ToolTipRole: tip,
                 Qt.FontRole: _font(italic=True) if kept else None}
        return title, {**common, Qt.DecorationRole: marker_icon(markers), Qt.ToolTipRole: status,
                       Qt.AccessibleTextRole: status}

    def _domain_row(self, domain) -> tuple[dict, dict]:
        common = {IsDomainRole: True, DomainIdRole: domain.domain.id, QuestionIdRole: domain.questions[0].question.id,
                  MarkersRole: frozenset({"paper"}) if domain.paper_maturity else frozenset(), OwnersRole: ()}
        text = translate("Navigator", "{answered} of {applicable} applicable answered").format(
            answered=domain.answered, applicable=domain.applicable)
        # The verdict is the core's English value (compared, stored): worded in its catalogue here.
        text += f"; {_(domain.verdict)}" if domain.verdict else ""
        return ({**common, Qt.DisplayRole: domain.domain.title, Qt.FontRole: _font(bold=True),
                 Qt.ToolTipRole: domain.domain.description or domain.domain.title},
                {**common, Qt.DisplayRole: f"{domain.answered}/{domain.applicable}", Qt.ToolTipRole: text,
                 Qt.AccessibleTextRole: text, Qt.TextAlignmentRole: int(Qt.AlignRight | Qt.AlignVCenter)})

    @staticmethod
    def _fill(items, roles) -> None:
        for item, values in zip(items, roles):
            for role, value in values.items():
                item.setData(value, role)

    def _update(self, index: QModelIndex, roles) -> None:
        """Store new roles for the row of *index* and signal the row once (not once per role and column)."""
        items = [self.itemFromIndex(index.siblingAtColumn(column)) for column in (0, 1)]
        blocked = self.blockSignals(True)
        try:
            self._fill(items, roles)
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(1))

    def _update_question(self, question_id: str) -> None:
        index = self.index_of(question_id)
        if index.isValid():
            d_row, q_row = self._rows[question_id]
            self._update(index, self._question_row(self._score.domains[d_row].questions[q_row]))

    # -- updates -----------------------------------------------------------------------------------
    def set_score(self, score: AssessmentScore, changed_question: str | None = None) -> None:
        """Take a fresh score; signal only the rows that can have changed (one question and its domain)."""
        same_shape = [len(d.questions) for d in score.domains] == [len(d.questions) for d in self._score.domains]
        self._score = score
        if not same_shape:
            self.beginResetModel()
            blocked = self.blockSignals(True)
            try:
                self._build()
            finally:
                self.blockSignals(blocked)
            self.endResetModel()
            return
        if changed_question and changed_question in self._rows:
            d_row, _q_row = self._rows[changed_question]
            self._update_question(changed_question)
            self._update(self.index(d_row, 0), self._domain_row(score.domains[d_row]))
        else:
            for d_row, domain in enumerate(score.domains):
                self._update(self.index(d_row, 0), self._domain_row(domain))
                for question in domain.questions:
                    self._update_question(question.question.id)

    def set_to_confirm(self, question_ids) -> None:
        """The questions whose pre-filled answers wait for confirmation; only rows that changed are signalled."""
        new = frozenset(question_ids)
        changed = new ^ self._to_confirm
        self._to_confirm = new
        for question_id in changed:
            self._update_question(question_id)

    def set_kept_by_filter(self, question_id: str | None) -> None:
        """The question listed only because it is on screen (drawn in italics), or None."""
        if question_id == self._kept:
            return
        changed = [q for q in (self._kept, question_id) if q]
        self._kept = question_id
        for qid in changed:
            self._update_question(qid)

    def follow_theme(self) -> None:
        """Draw the marker icons again when the theme changed between light and dark (they take its colours)."""
        if theme.tones().dark != self._dark:
            self._dark = theme.tones().dark
            for question_id in self._rows:
                self._update_question(question_id)

    def recheck(self, question_ids) -> None:
        """Signal the rows of *question_ids* as changed, so a filter in front of this model looks at them again."""
        for question_id in question_ids:
            index = self.index_of(question_id)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(1))

    def index_of(self, question_id: str) -> QModelIndex:
        if question_id not in self._rows:
            return QModelIndex()
        d_row, q_row = self._rows[question_id]
        return self.index(q_row, 0, self.index(d_row, 0))


def _items() -> list[QStandardItem]:
    items = [QStandardItem(), QStandardItem()]
    for item in items:
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    return items


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


GAP_MARKERS = frozenset({"paper", "exposed", "stale", "unowned"})


ANY_OWNER = ""


class NavigatorFilterProxy(QSortFilterProxyModel):
    """Filter by marker (or gaps), by owner and by typed text. The current question is never filtered away: the
    navigator always shows the question on screen (in italics when it is only there for that reason)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._mode = "all"
        self._text = ""
        self._owner = ANY_OWNER
        self._pinned: str | None = None
        self.setRecursiveFilteringEnabled(True)

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def owner(self) -> str:
        return self._owner

    def set_mode(self, mode: str) -> None:
        if mode not in FILTERS:
            raise ValueError(mode)
        self._refilter(lambda: setattr(self, "_mode", mode))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_owner(self, name: str) -> None:
        """Only questions *name* owns (capability owner or action owner); ANY_OWNER for everyone's."""
        self._refilter(lambda: setattr(self, "_owner", name))

    def filtering(self) -> bool:
        """Whether any filter is on (with none, every row is listed and pinning changes nothing)."""
        return self._mode != "all" or bool(self._text) or bool(self._owner)

    def set_pinned(self, question_id: str | None) -> None:
        """The question on screen, shown whatever the filters say.

        Moving the pin re-filters two rows (the old and the new pinned question, through the source model's
        dataChanged, which the proxy answers row by row), never the whole tree: that cost a full pass over every
        question, with a Python call per row, on each next question."""
        old = self._pinned
        self._pinned = question_id
        model = self.sourceModel()
        if question_id != old and model is not None and self.filtering():
            model.recheck(q for q in (old, question_id) if q)
        self._mark_kept()

    def _mark_kept(self) -> None:
        # The source model draws the kept question in italics (the proxy has no data() of its own to keep fast).
        model = self.sourceModel()
        if model is None:
            return
        index = model.index_of(self._pinned) if self._pinned else QModelIndex()
        model.set_kept_by_filter(self._pinned if index.isValid() and not self.matches(index) else None)

    def _refilter(self, change) -> None:
        # Qt 6.9+ wants the change bracketed; invalidateFilter() is deprecated there.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()
        if self._pinned is not None:
            self._mark_kept()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, IsDomainRole):
            if self._mode == "all" and not self._text and not self._owner:
                return True
            # Recursive filtering keeps a domain whose questions match; a domain never matches by itself.
            return False
        return model.data(index, QuestionIdRole) == self._pinned or self.matches(index)

    def matches(self, index: QModelIndex) -> bool:
        """Whether a question row (of the source model) passes the filters, leaving the pinned question aside."""
        model = index.model()
        markers = model.data(index, MarkersRole)
        if self._mode == "gaps" and not markers & GAP_MARKERS:
            return False
        if self._mode not in ("all", "gaps") and self._mode not in markers:
            return False
        if self._owner and self._owner.strip().casefold() not in {o.casefold() for o in model.data(index, OwnersRole)}:
            return False
        if self._text:
            title = str(model.data(index, Qt.DisplayRole)).casefold()
            qid = str(model.data(index, QuestionIdRole)).casefold()
            return self._text in title or self._text in qid
        return True

