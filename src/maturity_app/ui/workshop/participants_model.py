"""Table model of the room: seat number, who, and their rating (a dot until the facilitator reveals)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..language import translate
from .round import RatingRound, level_text

HIDDEN_RATED = "●"  # rated, level hidden
HIDDEN_WAITING = "…"

ParticipantRole = Qt.ItemDataRole.UserRole + 1


class ParticipantTableModel(QAbstractTableModel):
    COLUMNS = ("#", QT_TRANSLATE_NOOP("Workshop", "Participant"), QT_TRANSLATE_NOOP("Workshop", "Rating"))

    def __init__(self, round_: RatingRound, parent=None):
        super().__init__(parent)
        self.round = round_
        self.show_names = True
        self._rows = list(round_.participants)
        round_.changed.connect(self.refresh)

    def set_show_names(self, show: bool) -> None:
        self.show_names = show
        self.refresh()

    def refresh(self) -> None:
        if [p.id for p in self._rows] != [p.id for p in self.round.participants]:
            self.beginResetModel()
            self._rows = list(self.round.participants)
            self.endResetModel()
        else:
            self._rows = list(self.round.participants)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Workshop", self.COLUMNS[section])
        return None

    def rating_text(self, row: int) -> str:
        participant = self._rows[row]
        level = self.round.rating_of(participant).level(self.round.axis)
        if self.round.revealed:
            return level_text(level)
        return HIDDEN_WAITING if level is None else HIDDEN_RATED

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        participant = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(participant.number)
            if column == 1:
                return participant.label(show_names=self.show_names)
            return self.rating_text(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 2:
            text = self.rating_text(index.row())
            return {HIDDEN_RATED: translate("Workshop", "rated, hidden"),
                    HIDDEN_WAITING: translate("Workshop", "not rated yet")}.get(
                text, translate("Workshop", "level {level}").format(level=text))
        if role == ParticipantRole:
            return participant
        return None
