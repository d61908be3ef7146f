"""Qt table model of recent assessments for the start page, with headline gap and progress."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt

from ..app.start_rows import StartRow as RecentAssessment
from ..domain.formatting import day, percent, points, signed
from .language import translate
from .row_table_model import RowTableModel

AssessmentIdRole = Qt.UserRole + 1
SortRole = Qt.UserRole + 2

CONTEXT = "AssessmentList"
COLUMNS = (QT_TRANSLATE_NOOP("AssessmentList", "Organisation / vendor"), QT_TRANSLATE_NOOP("AssessmentList", "Questionnaire"),
           QT_TRANSLATE_NOOP("AssessmentList", "Mode"), QT_TRANSLATE_NOOP("AssessmentList", "Last change"),
           QT_TRANSLATE_NOOP("AssessmentList", "Progress"), QT_TRANSLATE_NOOP("AssessmentList", "Headline gap"))
SUBJECT, PACK, MODE, UPDATED, PROGRESS, GAP = range(len(COLUMNS))


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
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._rows = list(rows or [])
        self.rows_replaced()

    def rows_replaced(self) -> None:
        self._base = list(self._rows)  # the order rows came in: equal keys keep it, as Qt's stable sort does
        self._keys = [_sort_keys(row) for row in self._base]
        self._texts: dict[tuple[int, int], str] = {}
        if self._sorted_by is not None:
            self._rows = self._ordered(*self._sorted_by)

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[RecentAssessment]:
        if not 0 <= column < len(COLUMNS):
            return list(self._base)
        positions = sorted(range(len(self._base)), key=lambda i: self._keys[i][column],
                           reverse=order == Qt.DescendingOrder)
        return [self._base[i] for i in positions]

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
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
        return -1

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, col = index.row(), index.column()
        row = self._rows[r]
        if role == Qt.DisplayRole:
            text = self._texts.get((r, col))
            if text is None:
                text = self._texts[(r, col)] = _display(row, col)
            return text
        info = row.info
        if role == AssessmentIdRole:
            return info.id
        if role == SortRole:
            return _sort_keys(row)[col]
        if role == Qt.ToolTipRole:
            if col == SUBJECT:
                text = (translate("AssessmentList", "Vendor: {name}\nScope: {scope}\nAssessor: {assessor}")
                        if row.subject_kind == "vendor" else
                        translate("AssessmentList", "Organisation: {name}\nScope: {scope}\nAssessor: {assessor}"))
                return text.format(name=info.organisation, scope=info.scope or "—", assessor=info.assessor or "—")
            if col == GAP:
                return translate("AssessmentList",
                                 "Compliance index minus capability index: how far paper is ahead of practice "
                                 "(0–100 scale)")
            return self.data(index, Qt.DisplayRole)
        if role == Qt.TextAlignmentRole and col in (PROGRESS,):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class AssessmentSortProxy(QSortFilterProxyModel):
    """Sorts by each column's natural value (numbers as numbers, dates as timestamps) and filters by text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """The list model sorts itself (once per key); this proxy only filters."""
        source = self.sourceModel()
        if isinstance(source, AssessmentListModel):
            source.sort(column, order)
        else:
            super().sort(column, order)
