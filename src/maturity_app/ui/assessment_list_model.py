"""Qt table model of recent assessments for the start page, with headline gap and progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QTimer

from ..app.start_rows import StartRow as RecentAssessment
from ..domain.formatting import day, percent, points, signed
from .language import translate
from .lazy_qt import (
    ALIGN_LEFT, ALIGN_RIGHT, ALIGN_VCENTER, DISPLAY_ROLE, TEXT_ALIGNMENT_ROLE, TOOLTIP_ROLE, USER_ROLE,
)
from .row_table_model import RowTableModel

AssessmentIdRole = USER_ROLE + 1
SortRole = USER_ROLE + 2

CONTEXT = "AssessmentList"
COLUMNS = (QT_TRANSLATE_NOOP("AssessmentList", "Organisation / vendor"), QT_TRANSLATE_NOOP("AssessmentList", "Questionnaire"),
           QT_TRANSLATE_NOOP("AssessmentList", "Mode"), QT_TRANSLATE_NOOP("AssessmentList", "Last change"),
           QT_TRANSLATE_NOOP("AssessmentList", "Progress"), QT_TRANSLATE_NOOP("AssessmentList", "Headline gap"))
SUBJECT, PACK, MODE, UPDATED, PROGRESS, GAP = range(len(COLUMNS))
ASCENDING, DESCENDING = 0, 1  # Qt.SortOrder's values
NEWEST_FIRST = (UPDATED, DESCENDING)  # the order the store lists assessments in (ties: newest id first)


def local_time(iso_utc: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso_utc).astimezone()
    except ValueError:
        return iso_utc
    return f"{day(moment.date())} {moment:%H:%M}"  # the date as every face writes it (formatting.day)


def gap_text(row: RecentAssessment) -> str:
    if row.gap_points is None:
        return "—"
    return translate("AssessmentList", "{gap} pts  (paper {paper} · practice {practice})").format(
        gap=signed(row.gap_points), paper=points(row.compliance_index), practice=points(row.capability_index))


def mode_text(mode: str) -> str:
    return translate("AssessmentList", "Workshop") if mode == "workshop" else translate("AssessmentList", "Self")


def _display(row: RecentAssessment, col: int) -> str:
    info = row.info
    if col == SUBJECT:
        return info.organisation
    if col == PACK:
        return f"{info.pack_title} {info.pack_version}"
    if col == MODE:
        return mode_text(info.mode)
    if col == UPDATED:
        return local_time(info.updated_at)
    if col == PROGRESS:
        return f"{info.answered}/{info.applicable}  ({percent(info.answered / info.applicable) if info.applicable else '—'})"
    return gap_text(row)


def _sort_keys(row: RecentAssessment) -> tuple:
    info = row.info
    return (
        info.organisation.casefold(),
        info.pack_title.casefold(),
        info.mode,
        info.updated_at,
        info.answered / info.applicable if info.applicable else 0.0,
        row.gap_points if row.gap_points is not None else -1e9,
    )


class AssessmentListModel(RowTableModel):
    """Sorts itself (``sort``), from sort keys made once per row: a proxy sorting a thousand rows would ask Python
    for a key some twenty thousand times, on every visit of the start page. Texts are made for the rows shown."""

    context = CONTEXT
    headers = COLUMNS

    def __init__(self, rows: list[RecentAssessment] | None = None, parent=None):
        super().__init__(parent)
        self._sorted_by: tuple[int, int] | None = None  # column, and the order as a number
        self._rows = list(rows or [])
        self._total = 0  # with the newest rows only: how many there are in all
        self._load_all: Callable[[], list[RecentAssessment]] | None = None
        self.rows_replaced()

    # -- the newest rows first, the rest on demand ---------------------------------------------------
    def set_rows(self, rows) -> None:
        self._load_all = None
        self._total = 0
        super().set_rows(rows)

    def set_newest_rows(self, rows: list[RecentAssessment], total: int,
                        load_all: Callable[[], list[RecentAssessment]]) -> None:
        """The newest *rows* (newest first) of *total*. The list counts and scrolls as the whole one does;
        *load_all()* reads every row the first time more is needed (a row further down, another order, a look-up
        by id) or when ``load_all()`` is called here, so a window can show its first rows without reading all."""
        if self._sorted_by not in (None, NEWEST_FIRST):
            self.set_rows(load_all())  # listed in another order: every row is needed now
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._load_all = load_all if total > len(self._rows) else None
        self.rows_replaced()
        self.endResetModel()

    def has_all_rows(self) -> bool:
        return self._load_all is None

    def load_all(self) -> None:
        """Every row, where only the newest were read. They were always this model's rows (counted, scrolled),
        only not read yet, so the rows on screen keep their place and nothing is announced as changed."""
        if self._load_all is None:
            return
        load, self._load_all = self._load_all, None
        rows = load()
        shown = [row.info.id for row in self._rows]
        if len(rows) == self._total and [row.info.id for row in rows[:len(shown)]] == shown:
            self._rows = list(rows)
            self.rows_replaced()
        else:  # the database changed in between: listed as it is now, once no view is in the middle of reading
            QTimer.singleShot(0, self, lambda: self.set_rows(rows))

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return max(self._total, len(self._rows))

    def rows_replaced(self) -> None:
        self._base = list(self._rows)  # the order rows came in: equal keys keep it, as Qt's stable sort does
        self._keys = [_sort_keys(row) for row in self._base]
        self._texts: dict[tuple[int, int], str] = {}
        if self._sorted_by is not None:
            self._rows = self._ordered(*self._sorted_by)

    def _ordered(self, column: int, order: int) -> list[RecentAssessment]:
        if not 0 <= column < len(COLUMNS):
            return list(self._base)
        positions = sorted(range(len(self._base)), key=lambda i: self._keys[i][column],
                           reverse=order == DESCENDING)
        return [self._base[i] for i in positions]

    def sort(self, column: int, order=ASCENDING) -> None:
        order = getattr(order, "value", order)  # Qt hands a Qt.SortOrder
        if (column, order) != NEWEST_FIRST:
            self.load_all()  # only the newest rows so far: another order needs them all
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._sorted_by = (column, order)
        self._rows = self._ordered(column, order)
        self._texts.clear()
        now = {id(row): i for i, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(now[id(before[p.row()])], p.column()) for p in persistent])
        self.layoutChanged.emit()

    def row_for(self, assessment_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.info.id == assessment_id:
                return i
        if self._load_all is not None:
            self.load_all()
            return self.row_for(assessment_id)
        return -1

    def row_at(self, row: int) -> RecentAssessment:
        if row >= len(self._rows):
            self.load_all()
        return self._rows[row]

    def data(self, index, role=DISPLAY_ROLE):
        if not index.isValid():
            return None
        return self._value(index.row(), index.column(), role)

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's name)
        """Every role a view asks of a cell in one call: a delegate asks seven for each cell it paints, and one
        call from Qt into Python costs more than what most of them return (nothing)."""
        if len(roles) == _PAINTED_ROLES:
            # What a painting delegate asks, in its order: only its text and alignment have an answer here. Each
            # role read is a call into Qt (PySide wraps every element of the span), so the two are looked up where
            # the delegate puts them, checked, and answered; the other five stay unanswered, as below.
            text, alignment = roles[_PAINTED_DISPLAY_AT], roles[_PAINTED_ALIGNMENT_AT]
            if text.role() == _DISPLAY and alignment.role() == _ALIGNMENT:
                r, col = index.row(), index.column()
                if r >= 0:
                    value = self._texts.get((r, col))
                    text.setData(value if value is not None else self._value(r, col, _DISPLAY))
                    alignment.setData(_RIGHT if col == PROGRESS else _LEFT)
                return
        if not index.isValid():
            return
        r, col = index.row(), index.column()
        for role_data in roles:
            role = role_data.role()
            if role in _NOTHING_HERE:  # most of what a delegate asks for: answered without a call
                continue
            value = self._value(r, col, role)
            if value is not None:
                role_data.setData(value)

    def _value(self, r: int, col: int, role):
        if r >= len(self._rows):  # further down than the newest rows read so far
            self.load_all()
            if r >= len(self._rows):
                return None
        row = self._rows[r]
        if role == _DISPLAY:
            text = self._texts.get((r, col))
            if text is None:
                text = self._texts[(r, col)] = _display(row, col)
            return text
        if role == _ALIGNMENT:
            # Always an answer: a view may hand multiData the same roles again for the next cell, so a role left
            # unset keeps the previous cell's value (every column after Progress was right-aligned).
            return _RIGHT if col == PROGRESS else _LEFT
        if role not in _ASKED_FOR_MORE:
            return None
        info = row.info
        if role == AssessmentIdRole:
            return info.id
        if role == SortRole:
            return _sort_keys(row)[col]
        if col == SUBJECT:  # the tooltip
            text = (translate("AssessmentList", "Vendor: {name}\nScope: {scope}\nAssessor: {assessor}")
                    if row.subject_kind == "vendor" else
                    translate("AssessmentList", "Organisation: {name}\nScope: {scope}\nAssessor: {assessor}"))
            return text.format(name=info.organisation, scope=info.scope or "—", assessor=info.assessor or "—")
        if col == GAP:
            return translate("AssessmentList",
                             "Compliance index minus capability index: how far paper is ahead of practice "
                             "(0–100 scale)")
        return self._value(r, col, _DISPLAY)


_DISPLAY = DISPLAY_ROLE
_ALIGNMENT = TEXT_ALIGNMENT_ROLE
_RIGHT = ALIGN_RIGHT | ALIGN_VCENTER
_LEFT = ALIGN_LEFT | ALIGN_VCENTER
_ASKED_FOR_MORE = frozenset({AssessmentIdRole, SortRole, TOOLTIP_ROLE})
# QStyledItemDelegate::initStyleOption asks, for every cell it paints: font, text alignment, foreground, check state,
# decoration, display, background (a test checks this against what a painted table asks).
_PAINTED_ROLES = 7
_PAINTED_ALIGNMENT_AT = 1
_PAINTED_DISPLAY_AT = 5
# The roles a painting delegate asks of every cell that this model never answers (font, colours, icon, check state,
# size): plain numbers, so the test is a set look-up.
_NOTHING_HERE = frozenset(range(USER_ROLE)) - {_DISPLAY, _ALIGNMENT} - {
    int(role) for role in _ASKED_FOR_MORE}
