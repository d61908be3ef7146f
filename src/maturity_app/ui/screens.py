"""The screen a widget is on, asked in a way that never lets Python own one of Qt's screens.

PySide keeps the QScreen that ``QWidget.screen()`` returns as a child of the widget it was asked of (its
return-value heuristic: a returned object without a Qt parent is tied to the callee). A screen asked of one window
and then of another moves to the newer one; when the garbage collector then breaks that window's reference
cycles while Qt still has the window (closed, its deletion pending), shiboken may clear the older screen wrapper
first and hand it to Python, whose end deletes Qt's QScreen, which stays in Qt's list of screens: the next text
measured or window painted reads freed memory. Full GUI test runs died that way now and then (in setStyleSheet,
in a paint, in pytest-qt's teardown). QGuiApplication's functions are static: what they return is nobody's child.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def screen_of(widget):
    """The screen holding *widget*'s centre, else the primary screen (None when there is no screen at all)."""
    return QGuiApplication.screenAt(widget.mapToGlobal(widget.rect().center())) or QGuiApplication.primaryScreen()
