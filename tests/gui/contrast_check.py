"""Measure contrast on screen: text against the pixels behind it, control boundaries and state marks against the
pixels around them (WCAG 2.1: 4.5:1 for text, 3:1 for large text and for non-text parts of controls)."""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QStyle, QStyleOptionButton, QTextEdit, QWidget,
)

TEXT = 4.5
LARGE_TEXT = 3.0
NON_TEXT = 3.0


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _dominant(image: QImage, rect: QRect) -> QColor | None:
    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return None
    counts = Counter()
    step = max(1, min(rect.width(), rect.height()) // 40)
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _ring(image: QImage, rect: QRect, width: int = 3) -> QColor | None:
    """The most common colour just outside *rect*."""
    counts = Counter()
    outer = rect.adjusted(-width, -width, width, width).intersected(image.rect())
    for y in range(outer.top(), outer.bottom() + 1):
        for x in range(outer.left(), outer.right() + 1):
            if not rect.contains(x, y):
                counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0]) if counts else None


def _edge_contrast(image: QImage, rect: QRect, outside: QColor, visible: QRect | None = None) -> float:
    """The weakest side of *rect*: on each side, the strongest of its two outermost pixels at the side's middle
    (sides scrolled out of *visible* are left out)."""
    sides = []
    visible = visible or image.rect()
    middle_x, middle_y = rect.center().x(), rect.center().y()
    for points in (
        [(rect.left() + d, middle_y) for d in (0, 1)], [(rect.right() - d, middle_y) for d in (0, 1)],
        [(middle_x, rect.top() + d) for d in (0, 1)], [(middle_x, rect.bottom() - d) for d in (0, 1)],
    ):
        inside = [p for p in points if image.rect().contains(*p) and visible.contains(*p)]
        if inside:
            sides.append(max(contrast(QColor.fromRgb(image.pixel(*p)), outside) for p in inside))
    return min(sides) if sides else 21.0


def _large(font: QFont) -> bool:
    size = font.pointSizeF()
    return size >= 18 or (size >= 14 and font.bold())


def _text_role(widget: QWidget) -> QPalette.ColorRole | None:
    if isinstance(widget, QLabel):
        return widget.foregroundRole() if widget.text().strip() and widget.pixmap().isNull() else None
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return QPalette.Text
    if isinstance(widget, QComboBox):
        return QPalette.Text if widget.isEditable() else QPalette.ButtonText
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return QPalette.WindowText if widget.text() else None
    if isinstance(widget, QAbstractButton):
        return QPalette.ButtonText if widget.text() else None
    if isinstance(widget, QAbstractItemView):
        return QPalette.Text
    return None


def _name(widget: QWidget) -> str:
    text = ""
    if hasattr(widget, "text") and callable(widget.text):
        text = widget.text()
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text[:30]!r})"


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    region = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(top, region.topLeft()), region.size())


def problems(top: QWidget) -> list[str]:
    """Every contrast failure among the visible widgets of the window *top*, as it is on screen now."""
    image = top.grab().toImage().convertToFormat(QImage.Format_RGB32)
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        rect = _visible_rect(widget, top)
        if rect.width() < 4 or rect.height() < 4:
            continue
        group = QPalette.Active if widget.isEnabled() else QPalette.Disabled
        role = _text_role(widget)
        if role is not None:
            inner = rect.adjusted(3, 3, -3, -3) if isinstance(widget, QPushButton) else rect
            if isinstance(widget, QAbstractItemView):
                inner = _visible_rect(widget.viewport(), top)
            background = _dominant(image, inner)
            ink = widget.palette().color(group, role)
            needed = LARGE_TEXT if _large(widget.font()) else TEXT
            if background is not None and contrast(ink, background) < needed:
                found.append(f"text {_name(widget)}: {ink.name()} on {background.name()} is "
                             f"{contrast(ink, background):.2f}:1 < {needed}")
            if isinstance(widget, (QLineEdit, QPlainTextEdit)) and background is not None:
                placeholder = widget.palette().color(group, QPalette.PlaceholderText)
                if contrast(placeholder, background) < TEXT:
                    found.append(f"placeholder {_name(widget)}: {contrast(placeholder, background):.2f}:1")
        if not widget.isEnabled():
            continue  # WCAG 1.4.11 leaves inactive controls out; their text is still checked above
        boundary = None
        if isinstance(widget, (QCheckBox, QRadioButton)):
            option = QStyleOptionButton()
            option.initFrom(widget)
            element = QStyle.SE_CheckBoxIndicator if isinstance(widget, QCheckBox) else QStyle.SE_RadioButtonIndicator
            indicator = widget.style().subElementRect(element, option, widget)
            boundary = QRect(widget.mapTo(top, indicator.topLeft()), indicator.size())
            state = "checked" if widget.isChecked() else "unchecked"
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)) or (
                isinstance(widget, QPushButton) and not widget.isFlat()):
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue  # the editor inside a combo or spin box: its frame is the box's
            boundary = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            state = "focused" if widget.hasFocus() else ("checked" if getattr(widget, "isChecked", bool)() else
                                                         "normal")
        if boundary is None or not rect.contains(boundary.center()):
            continue
        outside = _ring(image, boundary)
        edge = _edge_contrast(image, boundary, outside, rect) if outside is not None else 21.0
        if edge < NON_TEXT:
            found.append(f"boundary {_name(widget)} ({state}): {edge:.2f}:1 against {outside.name()}")
    return found


@contextmanager
def checkboxes_flipped(top: QWidget):
    """Every visible check box in its other state (signals blocked), then back. Radio buttons need no flipping: a
    group on screen shows both states at once."""
    flipped = [box for box in top.findChildren(QCheckBox) if box.isVisible()]
    for box in flipped:
        was = box.blockSignals(True)
        box.setChecked(not box.isChecked())
        box.blockSignals(was)
    try:
        yield
    finally:
        for box in flipped:
            was = box.blockSignals(True)
            box.setChecked(not box.isChecked())
            box.blockSignals(was)
