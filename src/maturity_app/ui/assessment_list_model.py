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


class AssessmentListModel(RowTableModel):
    context = CONTEXT
    headers = COLUMNS

    def __init__(self, rows: list[RecentAssessment] | None = None, parent=None):
        super().__init__(parent)
        self._rows = list(rows or [])

    def row_for(self, assessment_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.info.id == assessment_id:
                return i
        return -1

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        info, col = row.info, index.column()
        if role == AssessmentIdRole:
            return info.id
        if role == Qt.DisplayRole:
            return {
                SUBJECT: info.organisation,
                PACK: f"{info.pack_title} {info.pack_version}",
                MODE: mode_text(info.mode),
                UPDATED: local_time(info.updated_at),
                PROGRESS: f"{info.answered}/{info.applicable}  "
                          f"({percent(info.answered / info.applicable) if info.applicable else '—'})",
                GAP: gap_text(row),
            }[col]
        if role == SortRole:
            return {
                SUBJECT: info.organisation.casefold(),
                PACK: info.pack_title.casefold(),
                MODE: info.mode,
                UPDATED: info.updated_at,
                PROGRESS: info.answered / info.applicable if info.applicable else 0.0,
                GAP: row.gap_points if row.gap_points is not None else -1e9,
            }[col]
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
