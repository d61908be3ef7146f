"""Table model of a comparison, one row per question, with a proxy that sorts by value and hides the unchanged."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...domain import formatting
from ...domain.formatting import signed  # noqa: F401 (imported from here by the compare page)
from ...domain.compare import (
    CLOSED, NEW, REPLACED, STILL_OPEN, Comparison, QuestionChange, capability_reason_text,
)
from ...domain.escalation import DROPPED, RESOLVED, STATUS_LABELS
from .. import theme
from ...domain.i18n import _
from ..language import translate
from ..row_table_model import RowTableModel

DOMAIN, QUESTION, PAPER, PRACTICE, WHY, GAP, ACTION, ESCALATION = range(8)
HEADERS = (QT_TRANSLATE_NOOP("Compare", "Domain"), QT_TRANSLATE_NOOP("Compare", "Question"), QT_TRANSLATE_NOOP("Compare", "Paper"), QT_TRANSLATE_NOOP("Compare", "Practice"), QT_TRANSLATE_NOOP("Compare", "Why practice moved"), QT_TRANSLATE_NOOP("Compare", "Gap change"), QT_TRANSLATE_NOOP("Compare", "Action"), QT_TRANSLATE_NOOP("Compare", "Escalation"))
SortRole = Qt.UserRole + 1
QuestionIdRole = Qt.UserRole + 2
ChangedRole = Qt.UserRole + 3

_ACTION_TEXT = {CLOSED: QT_TRANSLATE_NOOP("Compare", "closed"), STILL_OPEN: QT_TRANSLATE_NOOP("Compare", "still open"),
                NEW: QT_TRANSLATE_NOOP("Compare", "new"), REPLACED: QT_TRANSLATE_NOOP("Compare", "closed, new one opened")}


level_text = formatting.level


def change_text(old, new, status: str) -> str:
    if status == "vanished":
        return translate("Compare", "{old} → removed").format(old=level_text(old))
    if status == "appeared":
        return translate("Compare", "new → {new}").format(new=level_text(new))
    return f"{level_text(old)} → {level_text(new)}"


class CompareTableModel(RowTableModel):
    context = "Compare"
    headers = HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cache: dict[tuple[int, int, int], object] = {}
        self._rank: dict[str, int] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        # The question column sorts by the domain's ranking: regressions first, then the largest by weight.
        ranked = comparison.question_changes if comparison else []
        self._rank = {q.question_id: i for i, q in enumerate(ranked)}
        self.set_rows(comparison.questions if comparison else [])

    def rows_replaced(self) -> None:
        self._cache = {}

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Views ask for the same cells many times (sizing, sorting, painting): compute each value once.
        if not index.isValid():
            return None
        key = (index.row(), index.column(), int(role))
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = self._data(index.row(), index.column(), role)
            return value

    def _data(self, row: int, col: int, role):
        q = self._rows[row]
        if role == QuestionIdRole:
            return q.question_id
        if role == ChangedRole:
            return q.changed
        if role == Qt.DisplayRole:
            return self._display(q, col)
        if role == SortRole:
            return self._sort_key(q, col, row)
        if role == Qt.ToolTipRole:
            return self._tooltip(q, col)
        if role == Qt.ForegroundRole:
            return self._foreground(q, col)
        if role == Qt.TextAlignmentRole and col in (PAPER, PRACTICE, GAP):
            return int(Qt.AlignCenter)
        return None

    def _display(self, q: QuestionChange, col: int) -> str:
        if col == DOMAIN:
            return q.domain_title
        if col == QUESTION:
            return q.title
        if col == PAPER:
            return change_text(q.old_compliance, q.new_compliance, q.status)
        if col == PRACTICE:
            return change_text(q.old_capability, q.new_capability, q.status)
        if col == WHY:
            return capability_reason_text(q)
        if col == GAP:
            return signed(q.gap_delta)
        if col == ACTION:
            return translate("Compare", _ACTION_TEXT[q.action_status]) if q.action_status in _ACTION_TEXT else ""
        if col == ESCALATION:
            text = _(STATUS_LABELS[q.escalation_status]) if q.escalation_status in STATUS_LABELS else ""
            return f"{text}: {_(q.decision.label)}" if q.escalation_status == RESOLVED and q.decision else text
        return ""

    def _sort_key(self, q: QuestionChange, col: int, row: int):
        # Numbers sort as numbers; the unknown sorts last in ascending order.
        if col == PAPER:
            return q.compliance_delta if q.compliance_delta is not None else 99
        if col == PRACTICE:
            return q.capability_delta if q.capability_delta is not None else 99
        if col == GAP:
            return q.gap_delta if q.gap_delta is not None else 99
        if col == QUESTION:  # moved questions in the domain's order of importance, then the rest in pack order
            return self._rank.get(q.question_id, len(self._rank) + row)
        if col == DOMAIN:
            return row  # pack order within the table is the natural one
        return self._display(q, col)

    def _tooltip(self, q: QuestionChange, col: int) -> str:
        lines = [f"{q.question_id} — {q.title}"]
        if q.status == "vanished":
            lines.append(translate("Compare", "This question is no longer in the current pack."))
        elif q.status == "appeared":
            lines.append(translate("Compare", "This question is new in the current pack."))
        why = capability_reason_text(q)
        if why:
            lines.append(translate("Compare", "Practice moved: {why}").format(why=why))
        if q.old_action:
            lines.append(translate("Compare", "Previous action: {action}").format(action=q.old_action))
        if q.new_action and q.new_action != q.old_action:
            lines.append(translate("Compare", "Current action: {action}").format(action=q.new_action))
        return "\n".join(lines)

    def _foreground(self, q: QuestionChange, col: int):
        t = theme.tones()
        if col == PRACTICE and q.capability_delta:
            return QColor(t.ok_ink if q.capability_delta > 0 else t.gap_ink)
        if col == GAP and q.gap_delta:
            return QColor(t.ok_ink if q.gap_delta < 0 else t.gap_ink)
        if col == ACTION and q.action_status in (CLOSED, REPLACED):
            return QColor(t.ok_ink)
        if col == ESCALATION and q.escalation_status == RESOLVED:
            return QColor(t.ok_ink)
        if col == ESCALATION and q.escalation_status == DROPPED:
            return QColor(t.gap_ink)
        if col == QUESTION and q.regressed:
            return QColor(t.gap_ink)
        if q.status != "both":
            return QColor(t.muted)
        return None


class CompareFilterProxy(QSortFilterProxyModel):
    """Sorts on SortRole; with changed_only, hides questions where nothing moved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._changed_only = False
        self.setSortRole(SortRole)

    @property
    def changed_only(self) -> bool:
        return self._changed_only

    def set_changed_only(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: the non-deprecated way
            self.beginFilterChange()
            self._changed_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._changed_only = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._changed_only:
            return True
        return bool(self.sourceModel().index(source_row, 0, source_parent).data(ChangedRole))


D_DOMAIN, D_PAPER, D_PRACTICE, D_GAP = range(4)
DOMAIN_HEADERS = (QT_TRANSLATE_NOOP("Compare", "Domain"), QT_TRANSLATE_NOOP("Compare", "Paper"), QT_TRANSLATE_NOOP("Compare", "Practice"), QT_TRANSLATE_NOOP("Compare", "Gap (paper − practice)"))


def _index_change(old: float | None, new: float | None, delta: float | None) -> str:
    fmt = formatting.points
    tail = "" if delta is None else f"  ({signed(delta)})"
    return f"{fmt(old)} → {fmt(new)}{tail}"


class DomainChangeModel(RowTableModel):
    """One row per domain: indices before and after, and the change."""

    context = "Compare"
    headers = DOMAIN_HEADERS

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.set_rows(comparison.domains if comparison else [])

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == D_DOMAIN:
                suffix = {"vanished": translate("Compare", " (removed from the pack)"),
                          "appeared": translate("Compare", " (new in the pack)")}.get(d.status, "")
                return d.title + suffix
            if col == D_PAPER:
                return _index_change(d.old_compliance, d.new_compliance, d.compliance_delta)
            if col == D_PRACTICE:
                return _index_change(d.old_capability, d.new_capability, d.capability_delta)
            return _index_change(d.old_gap, d.new_gap, d.gap_delta)
        if role == Qt.ForegroundRole:
            t = theme.tones()
            if col == D_PRACTICE and d.capability_delta:
                return QColor(t.ok_ink if d.capability_delta > 0 else t.gap_ink)
            if col == D_GAP and d.gap_delta:
                return QColor(t.ok_ink if d.gap_delta < 0 else t.gap_ink)
        if role == Qt.TextAlignmentRole and col != D_DOMAIN:
            return int(Qt.AlignCenter)
        return None
