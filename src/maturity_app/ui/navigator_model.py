"""Qt item model of domains and their questions with progress and markers, and the proxy that filters it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ..domain.i18n import _
from ..domain.scoring import AssessmentScore, QuestionScore
from .language import translate
from .markers import MARKER_SHORT, ORDER, marker_icon, marker_text, question_markers

QuestionIdRole = Qt.UserRole + 1
MarkersRole = Qt.UserRole + 2
IsDomainRole = Qt.UserRole + 3
DomainIdRole = Qt.UserRole + 4
OwnersRole = Qt.UserRole + 5  # the capability owner and the action owner of a question

COLUMNS = (QT_TRANSLATE_NOOP("Navigator", "Question"), QT_TRANSLATE_NOOP("Navigator", "Status"))
_DOMAIN = 0  # internalId of domain rows; question rows carry their domain row + 1


class NavigatorModel(QAbstractItemModel):
    """Two levels: domains, then their questions. Reads everything from a scored assessment."""

    def __init__(self, score: AssessmentScore, parent=None):
        super().__init__(parent)
        self._score = score
        self._rows: dict[str, tuple[int, int]] = {}
        self._to_confirm: frozenset[str] = frozenset()  # pre-filled by a re-assessment, not yet confirmed
        # Per question: (its score, markers, status text). A view asks for them on every repaint of every visible
        # row; they only change with that question's score object or flag, so they are computed once per change.
        # (The icon is not kept: it follows the live theme, and marker_icon keeps its own per-theme cache.)
        self._row_cache: dict[str, tuple] = {}
        self._kept: str | None = None  # listed only because it is on screen (the filters would hide it)
        self._index_questions()

    def _index_questions(self) -> None:
        self._rows = {
            q.question.id: (d_row, q_row)
            for d_row, d in enumerate(self._score.domains)
            for q_row, q in enumerate(d.questions)
        }

    # -- structure ---------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DOMAIN)
        if parent.internalId() == _DOMAIN:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _DOMAIN:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _DOMAIN)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._score.domains)
        if parent.internalId() == _DOMAIN:
            return len(self._score.domains[parent.row()].questions)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return translate("Navigator", COLUMNS[section])
        return None

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    # -- content -----------------------------------------------------------------------------------
    def _row(self, question: QuestionScore) -> tuple:
        cached = self._row_cache.get(question.question.id)
        if cached is None or cached[0] is not question:
            markers = question_markers(question)
            if question.question.id in self._to_confirm:
                markers = markers | {"confirm"}
            status = ", ".join(marker_text(m) for m in ORDER if m in markers) or translate("Markers", "answered")
            cached = self._row_cache[question.question.id] = (question, markers, status)
        return cached

    def _markers(self, question: QuestionScore) -> frozenset[str]:
        return self._row(question)[1]

    def _question(self, index: QModelIndex) -> QuestionScore | None:
        if index.internalId() == _DOMAIN:
            return None
        return self._score.domains[index.internalId() - 1].questions[index.row()]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        question = self._question(index)
        if question is None:
            return self._domain_data(index, role)
        if role == QuestionIdRole:
            return question.question.id
        if role == DomainIdRole:
            return question.domain.id
        if role == IsDomainRole:
            return False
        if role == MarkersRole:
            return self._markers(question)
        if role == OwnersRole:
            return tuple(name.strip() for name in (question.answer.owner, question.answer.action_owner) if name.strip())
        if index.column() == 0:
            if role == Qt.DisplayRole:
                return question.question.title
            kept = question.question.id == self._kept
            if role == Qt.ToolTipRole:
                return f"{question.question.title} ({question.question.id})" + (
                    "\n" + translate("Navigator", "Listed because it is the question on screen; the filter hides it")
                    if kept else "")
            if role == Qt.FontRole and kept:
                font = QFont()
                font.setItalic(True)
                return font
        if index.column() == 1:
            if role == Qt.DecorationRole:
                return marker_icon(self._row(question)[1])
            if role in (Qt.ToolTipRole, Qt.AccessibleTextRole):
                return self._row(question)[2]
        return None

    def _domain_data(self, index: QModelIndex, role: int):
        domain = self._score.domains[index.row()]
        if role == IsDomainRole:
            return True
        if role == DomainIdRole:
            return domain.domain.id
        if role == QuestionIdRole:
            return domain.questions[0].question.id
        if role == MarkersRole:
            return frozenset({"paper"}) if domain.paper_maturity else frozenset()
        if role == OwnersRole:
            return ()
        if index.column() == 0:
            if role == Qt.DisplayRole:
                return domain.domain.title
            if role == Qt.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ToolTipRole:
                return domain.domain.description or domain.domain.title
        if index.column() == 1:
            if role == Qt.DisplayRole:
                return f"{domain.answered}/{domain.applicable}"
            if role in (Qt.ToolTipRole, Qt.AccessibleTextRole):
                text = translate("Navigator", "{answered} of {applicable} applicable answered").format(
                    answered=domain.answered, applicable=domain.applicable)
                # The verdict is the core's English value (compared, stored): worded in its catalogue here.
                return text + (f"; {_(domain.verdict)}" if domain.verdict else "")
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    # -- updates -----------------------------------------------------------------------------------
    def set_score(self, score: AssessmentScore, changed_question: str | None = None) -> None:
        """Take a fresh score; signal only the rows that can have changed (one question and its domain)."""
        same_shape = [len(d.questions) for d in score.domains] == [len(d.questions) for d in self._score.domains]
        self._score = score
        if not same_shape:
            self.beginResetModel()
            self._index_questions()
            self.endResetModel()
            return
        if changed_question and changed_question in self._rows:
            d_row, q_row = self._rows[changed_question]
            domain_index = self.index(d_row, 0)
            self.dataChanged.emit(self.index(q_row, 0, domain_index), self.index(q_row, 1, domain_index))
            self.dataChanged.emit(domain_index, self.index(d_row, 1))
        else:
            for d_row, d in enumerate(score.domains):
                domain_index = self.index(d_row, 0)
                self.dataChanged.emit(domain_index, self.index(d_row, 1))
                self.dataChanged.emit(self.index(0, 0, domain_index), self.index(len(d.questions) - 1, 1, domain_index))

    def set_to_confirm(self, question_ids) -> None:
        """The questions whose pre-filled answers wait for confirmation; only rows that changed are signalled."""
        new = frozenset(question_ids)
        changed = new ^ self._to_confirm
        self._to_confirm = new
        for question_id in changed:
            self._row_cache.pop(question_id, None)
        for question_id in changed:
            index = self.index_of(question_id)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(1))

    def set_kept_by_filter(self, question_id: str | None) -> None:
        """The question listed only because it is on screen (drawn in italics), or None."""
        if question_id == self._kept:
            return
        changed = [q for q in (self._kept, question_id) if q]
        self._kept = question_id
        for qid in changed:
            index = self.index_of(qid)
            if index.isValid():
                self.dataChanged.emit(index, index)

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


GAP_MARKERS = frozenset({"paper", "exposed", "stale", "unowned"})


def _filters() -> dict[str, str]:
    """Every way to narrow the navigator: all, gaps, then one per marker, read from the marker definitions (a
    marker added in markers.ORDER gets its filter with no change here)."""
    filters = {"all": QT_TRANSLATE_NOOP("Navigator", "All questions"), "unanswered": MARKER_SHORT["unanswered"],
               "gaps": QT_TRANSLATE_NOOP("Navigator", "Gaps (paper maturity, exposed, stale proof, unowned)")}
    filters.update({marker: MARKER_SHORT[marker] for marker in ORDER if marker not in filters})
    return filters


FILTERS = _filters()  # English source text: filter_label() is what is shown


def filter_label(mode: str) -> str:
    text = FILTERS[mode]
    return translate("Markers", text) if mode in MARKER_SHORT else translate("Navigator", text)
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

