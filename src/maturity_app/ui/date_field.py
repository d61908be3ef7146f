"""A date typed as text: read by domain.date_text (the forms people type), shown back as "28 Mar 2025".

A QDateEdit steps through sections and swallows what does not fit them: typing "28 Mar 2025" over "never" gave
"never8Mar2025" and was dropped without a word. Here the text is the user's until it is read; a date that cannot be
read stays as typed and says why next to the field, and a calendar is one key away (Alt+Down or F4).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit

from ..domain.date_text import form_hint, format_date_text, parse_date_text
from ..domain.errors import ValidationFailed


def locale_puts_day_first(locale: QLocale | None = None) -> bool:
    """Whether this computer writes short dates day first (28/03/2025) rather than month first (03/28/2025)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return day < month if day >= 0 and month >= 0 else True


def _calendar_icon(colour: QColor) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QPen(colour, 2.4))
    painter.drawRoundedRect(5, 8, 22, 19, 3, 3)
    painter.drawLine(5, 14, 27, 14)
    painter.drawLine(11, 4, 11, 10)
    painter.drawLine(21, 4, 21, 10)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """Emits dateEdited(date or None) once typed text is read; problemChanged(text) says why it could not be."""

    dateEdited = Signal(object)
    problemChanged = Signal(str)  # "" when the text reads as a date again

    def __init__(self, empty_word: str = "never", today=None, parent=None):
        super().__init__(parent)
        self.empty_word = empty_word
        self._today = today or dt.date.today
        self._problem = ""
        self.setProperty("invalid", False)
        self.setText(empty_word)
        self.calendar_action = QAction(_calendar_icon(self.palette().text().color()), self.tr("Pick from a calendar"), self)
        self.calendar_action.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar_action.setShortcuts([QKeySequence("Alt+Down"), QKeySequence(Qt.Key_F4)])
        self.calendar_action.setShortcutContext(Qt.WidgetShortcut)
        self.addAction(self.calendar_action, QLineEdit.TrailingPosition)
        self.installEventFilter(self)
        self.textEdited.connect(self._recheck)
        self.editingFinished.connect(self.commit)

    # -- value -------------------------------------------------------------------------------------
    def day_first(self) -> bool:
        return locale_puts_day_first(self.locale())

    def hint(self) -> str:
        return form_hint(self.day_first())

    def date(self) -> dt.date | None:
        """The typed date; ValidationFailed when the text is not one."""
        if self.text().strip().casefold() == self.empty_word.casefold():
            return None  # the field's own word for no date, in the interface language ("nie")
        return parse_date_text(self.text(), self._today(), self.day_first())

    def set_date(self, day: dt.date | None) -> None:
        self.setText(format_date_text(day, self.empty_word))
        self._set_problem("")

    def problem(self) -> str:
        return self._problem

    def commit(self) -> bool:
        """Read the text: show it in the app's own form and report the date, or keep it and say what is wrong."""
        try:
            day = self.date()
        except ValidationFailed as exc:
            self._set_problem(str(exc))
            return False
        shown = format_date_text(day, self.empty_word)
        if self.text() != shown:
            self.setText(shown)
        self._set_problem("")
        self.dateEdited.emit(day)
        return True

    def _recheck(self, _text: str) -> None:
        # Once an error is on screen, it goes away as soon as the text reads as a date (no nagging before that).
        if self._problem:
            try:
                self.date()
            except ValidationFailed:
                return
            self._set_problem("")

    def _set_problem(self, text: str) -> None:
        if text == self._problem:
            return
        self._problem = text
        self.setProperty("invalid", bool(text))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleDescription(text)
        self.problemChanged.emit(text)

    # -- keys and focus ----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self and event.type() == QEvent.PaletteChange:  # the theme changed: so does the icon
            self.calendar_action.setIcon(_calendar_icon(self.palette().text().color()))
        if watched is self and event.type() == QEvent.FocusIn \
                and self.text().strip().casefold() == self.empty_word.casefold():
            # Typing replaces "never" instead of appending to it; again after the event loop, since a click puts
            # the cursor where it landed after focus came in.
            self.selectAll()
            QTimer.singleShot(0, self._select_empty_word)
        return False

    def _select_empty_word(self) -> None:
        if self.hasFocus() and self.text().strip().casefold() == self.empty_word.casefold():  # not what was typed since
            self.selectAll()

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self, windowFlags=Qt.Popup)
        calendar.setAttribute(Qt.WA_DeleteOnClose)
        calendar.setAccessibleName(self.tr("{field}: calendar").format(field=self.accessibleName()))
        calendar.setGridVisible(True)
        try:
            current = self.date()
        except ValidationFailed:
            current = None
        current = current or self._today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.PopupFocusReason)

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        calendar.close()
        self.setFocus(Qt.PopupFocusReason)
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.editingFinished.emit()  # a pick is a finished edit: saved now, like leaving the field
