"""The start page's questionnaire column in each interface language: as wide as the widest bundled pack title in
that language (German titles run longer than the English sample the column was sized from, and were cut at every
window width), and when the window is too narrow for every column, words give way before numbers: the headline gap
and the date stay whole, a title keeps its start, its version and, in the tooltip, its whole text."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt

from maturity_app.domain import i18n
from maturity_app.domain.pack_loader import load_pack
from maturity_app.paths import bundled_packs_dir
from maturity_app.ui.assessment_list_model import GAP, PACK, SUBJECT, UPDATED
from maturity_app.ui.start_page import WIDEST_PACK_TITLE


@functools.cache
def _bundled():
    return [load_pack(path) for path in sorted(bundled_packs_dir().glob("*.yaml"))]


def _shown_titles(language: str) -> list[str]:
    """What the questionnaire column shows for an assessment of each bundled pack, in *language*."""
    return [f"{pack.localized(language).title} {pack.version}" for pack in _bundled()]


@pytest.fixture
def interface(isolated_data_dir):
    """The interface language chosen in Settings, as a user does (read when the window is built)."""
    from maturity_app.ui.app_settings import AppSettings, save_settings, settings_path

    def choose(code: str) -> None:
        isolated_data_dir.mkdir(parents=True, exist_ok=True)
        assert save_settings(AppSettings(language=code), settings_path())

    yield choose
    i18n.set_language("en")


def _room(table, col: int) -> int:
    """The width a cell of *col* draws its text in: the item's rectangle less the style sheet's padding (what the
    style's text rectangle is) and the margin Qt's item painting keeps on each side of the text."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = table.model().index(0, col)
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, index)
    option.rect = table.visualRect(index)
    text = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return text.width() - 2 * margin


def _whole(table, col: int, text: str) -> bool:
    """Whether a cell of *col* shows *text* uncut."""
    return table.fontMetrics().elidedText(text, table.textElideMode(), _room(table, col)) == text


def _start_page(make_app, store, qtbot, width: int):
    for pack in _bundled():
        store.create(pack, "Nordlicht Logistik GmbH")
    window, _controller = make_app()
    window.resize(width, 850)
    table = window.start_page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.model().rowCount() == len(_bundled()) and header.width() == table.viewport().width())
    return table


@pytest.mark.parametrize("language", i18n.SUPPORTED)
def test_the_sample_is_the_widest_bundled_pack_title_in_each_language(language, qtbot):
    """Kept in step with the packs: a pack title made longer, or a new pack, fails here until the sample follows."""
    from PySide6.QtWidgets import QTableView

    table = QTableView()
    qtbot.addWidget(table)
    metrics = table.fontMetrics()
    titles = _shown_titles(language)
    assert WIDEST_PACK_TITLE[language] in titles
    assert metrics.horizontalAdvance(WIDEST_PACK_TITLE[language]) == max(map(metrics.horizontalAdvance, titles))


@pytest.mark.parametrize("language", i18n.SUPPORTED)
def test_every_bundled_pack_title_is_whole_in_a_wide_window(language, interface, make_app, store, qtbot):
    interface(language)
    table = _start_page(make_app, store, qtbot, 1600)
    model = table.model()
    shown = {model.index(row, PACK).data() for row in range(model.rowCount())}
    assert shown == set(_shown_titles(language))  # in the interface language
    cut = [title for title in shown if not _whole(table, PACK, title)]
    assert not cut, f"{cut} cut at {table.horizontalHeader().sectionSize(PACK)} px"


@pytest.mark.parametrize("language", i18n.SUPPORTED)
def test_in_a_narrow_window_titles_give_way_before_the_gap_and_the_date(language, interface, make_app, store, qtbot):
    interface(language)
    table = _start_page(make_app, store, qtbot, 1300)
    header, model = table.horizontalHeader(), table.model()
    assert header.sectionSize(SUBJECT) >= table.viewport().width() // 4  # the name keeps its share
    # The widest a gap is written (two digits and a decimal in each figure), in the window's language, and a date.
    from maturity_app.domain.formatting import points, signed
    from maturity_app.ui.assessment_list_model import local_time
    from maturity_app.ui.language import translate

    gap = translate("AssessmentList", "{gap} pts  (paper {paper} · practice {practice})").format(
        gap=signed(-45.5), paper=points(48.5), practice=points(93.5))
    assert ("," in gap) == (language == "de")
    assert _whole(table, GAP, gap)
    assert _whole(table, UPDATED, local_time("2026-09-30T23:59:00"))
    # A title too long for what is left is cut in the middle (at 1300 px the German ones are, with these fonts):
    # its start and its version stay, and its tooltip is whole.
    for row in range(model.rowCount()):
        title = model.index(row, PACK).data()
        shown = table.fontMetrics().elidedText(title, table.textElideMode(), _room(table, PACK))
        assert shown == title or ("…" in shown and shown.endswith(title.rsplit(" ", 1)[1]))
        assert model.index(row, PACK).data(Qt.ToolTipRole) == title
