"""Navigator markers stay legible on a selected row in both themes: drawn in the highlighted-text colour there."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from contrast_check import contrast
from maturity_app.ui import markers, theme
from maturity_app.ui.theme import apply_theme


def _ink(icon: QIcon, mode: QIcon.Mode) -> set[tuple[int, int, int]]:
    """The colours of the icon's well-covered pixels (antialiased edges left out)."""
    image = icon.pixmap(16, 16, mode).toImage()
    seen = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                seen.add((pixel.red(), pixel.green(), pixel.blue()))
    return seen


def _near(pixel: tuple[int, int, int], colour: QColor, slack: int = 3) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel, (colour.red(), colour.green(), colour.blue())))


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp):
    apply_theme(QApplication.instance(), request.param)
    yield theme.tones()
    apply_theme(QApplication.instance(), "light")


def test_markers_on_a_selected_row_use_a_colour_that_stands_out_from_the_selection(themed):
    selection = QColor(themed.accent)
    ink = markers.selected_marker_colour()
    assert ink == QApplication.palette().color(QPalette.HighlightedText)  # the same colour as the row's text
    assert contrast(ink, selection) >= 4.5
    # The problem this fixes: the muted "unanswered" ring (and the accent-blue "to confirm") vanish on the accent.
    assert contrast(markers.marker_colour("unanswered"), selection) < 3 or not themed.dark
    for marker in markers.ORDER:
        icon = markers.single_marker_icon(marker)
        selected = _ink(icon, QIcon.Selected)
        assert selected and all(_near(pixel, ink) for pixel in selected), marker
        normal = _ink(icon, QIcon.Normal)
        colour = markers.marker_colour(marker)
        assert (colour.red(), colour.green(), colour.blue()) in normal, marker  # unselected rows keep their colours


def test_the_selected_navigator_row_draws_its_marker_in_the_highlighted_text_colour(opened, qtbot):
    window, controller = opened
    apply_theme(QApplication.instance(), "dark", 1.0)
    try:
        tree = window.assessment_page.tree
        current = tree.currentIndex()
        assert current.isValid() and tree.selectionModel().isSelected(current)
        marker_cell = tree.visualRect(current.siblingAtColumn(1))
        qtbot.wait(20)
        image = tree.viewport().grab(marker_cell).toImage()
        ink = markers.selected_marker_colour()
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        assert ink.name() in colours  # the ring of the unanswered question, drawn dark on the light-blue selection
        assert markers.marker_colour("unanswered").name() not in colours
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
