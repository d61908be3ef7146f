"""What Ctrl+Right does to the page, counted rather than timed (issue #21: the next question within one frame):
it fills the widgets already there, leaves the navigator's model and rows alone except for what changed, and
the navigator's rows are read from Qt's items, not from Python on every paint."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QRegion, QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget

from maturity_app.ui.markers import marker_icon
from maturity_app.ui.navigator_model import MarkersRole, NavigatorModel, QuestionIdRole
from maturity_app.ui.theme import apply_theme
from maturity_app.ui.screens import screen_of  # never QWidget.screen(): see ui/screens.py

from gui_helpers import core_demo, open_core_demo


def _next(qtbot, window):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_Right, Qt.ControlModifier)


def test_next_question_fills_the_widgets_it_has(make_app, store, qtbot):
    window, controller = open_core_demo(make_app, store)
    for _ in range(3):  # the first questions may build what Qt makes on first use (a completer's popup...)
        _next(qtbot, window)
    qtbot.wait(1)
    before = {id(w) for w in window.findChildren(QWidget)}
    seen = set()
    for _ in range(25):
        _next(qtbot, window)
        seen.add(controller.assessment.current)
    qtbot.wait(1)
    assert len(seen) == 25  # every press was a new question...
    assert {id(w) for w in window.findChildren(QWidget)} == before  # ...shown in the same widgets


def test_next_question_leaves_the_navigator_model_alone(make_app, store, qtbot):
    window, controller = make_app()
    controller.open_assessment(core_demo(store))
    tree = window.assessment_page.tree
    proxy, model = tree.model(), controller.assessment.model
    events: list[str] = []
    for source in (proxy, model):
        for name in ("modelAboutToBeReset", "layoutAboutToBeChanged", "rowsAboutToBeRemoved", "rowsAboutToBeInserted"):
            getattr(source, name).connect(lambda *_, n=name: events.append(n))
        source.dataChanged.connect(lambda first, *_: events.append(first.data(QuestionIdRole)))
    for _ in range(10):
        _next(qtbot, window)
    assert events == []  # no reset, no re-layout, no row signalled: only the highlight moved
    assert tree.currentIndex().data(QuestionIdRole) == controller.assessment.current


def test_navigator_rows_are_read_from_qt_not_from_python():
    # A Python data()/index()/rowCount() is called for every role of every cell a repaint draws (and through the
    # filter proxy more than once): the navigator's model keeps its rows in Qt's items instead.
    for name in ("data", "flags", "index", "parent", "rowCount", "columnCount", "headerData", "itemData", "multiData"):
        assert getattr(NavigatorModel, name) is getattr(QStandardItemModel, name), name
    assert issubclass(NavigatorModel, QAbstractItemModel)


def test_the_markers_follow_a_change_of_theme_while_open(make_app, store, qtbot):
    window, controller = make_app()
    controller.open_assessment(core_demo(store))
    model = controller.assessment.model
    index = model.index_of(controller.assessment.current)
    markers = index.data(MarkersRole)
    assert markers
    try:
        for theme in ("dark", "light"):
            apply_theme(QApplication.instance(), theme)
            qtbot.wait(1)
            assert index.siblingAtColumn(1).data(Qt.DecorationRole).cacheKey() == marker_icon(markers).cacheKey()
    finally:
        apply_theme(QApplication.instance(), "light")


class _Painted(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.region = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()
        return False


def test_a_press_that_scrolls_the_navigator_paints_only_the_rows_that_came_into_view(make_app, store, qtbot):
    # The list moves what it has drawn and paints the rows scrolled into view (and the two whose highlight moved);
    # a see-through viewport (the style sheet's rounded frame) had every scroll paint the whole list again.
    window, controller = open_core_demo(make_app, store)
    tree = window.assessment_page.tree
    viewport = tree.viewport()
    qtbot.wait(1)
    bar = tree.verticalScrollBar()
    scrolled = 0
    for _ in range(40):
        painted = _Painted(viewport)
        before = bar.value()
        _next(qtbot, window)
        qtbot.wait(1)
        viewport.removeEventFilter(painted)
        if bar.value() != before:
            scrolled += 1
            assert not QRegion(viewport.rect()).subtracted(painted.region).isEmpty(), "the whole list painted again"
            area = sum(r.width() * r.height() for r in painted.region)
            assert area < 0.8 * viewport.width() * viewport.height()
    assert scrolled >= 2  # the list did scroll along (the demo has more questions than the list shows)
    assert tree.viewport().autoFillBackground()


def test_the_navigator_keeps_its_opaque_viewport_through_a_change_of_theme(make_app, store, qtbot):
    window, controller = make_app()
    controller.open_assessment(core_demo(store))
    viewport = window.assessment_page.tree.viewport()
    try:
        for theme in ("dark", "light"):
            apply_theme(QApplication.instance(), theme)
            qtbot.wait(1)
            assert viewport.autoFillBackground()  # the style sheet's polish made it see-through again
            assert viewport.palette().color(viewport.backgroundRole()).name() == (
                "#252a31" if theme == "dark" else "#ffffff")  # the list's own background, the style sheet's @base
    finally:
        apply_theme(QApplication.instance(), "light")


class _Resized(QObject):
    def __init__(self, widgets, filling):
        super().__init__()
        self.filling = filling
        self.while_filling: list[str] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Resize and self.filling[0]:
            self.while_filling.append(watched.objectName() or type(watched).__name__)
        return False


def test_filling_a_question_lays_the_page_out_once_it_is_filled(make_app, store, qtbot, monkeypatch):
    # Qt lays out a widget's ancestors as soon as it is shown: every field, hint or board line a new question shows
    # laid the whole page out again, half filled. Filling switches the page's layout off; it lays out once after.
    window, controller = open_core_demo(make_app, store)
    assessment = controller.assessment
    ids = assessment.session.question_ids
    escalated = next(q for q in ids[1:] if assessment.session.question_score(q).answer.escalate)
    assessment.go_to(ids[ids.index(escalated) - 1])
    qtbot.wait(1)
    view = assessment.view
    assert not view.decision.isVisible()
    filling = [True]
    resized = _Resized([view.escalation_panel, view.proof_panel, view.compliance, view.position], filling)
    real_fit = type(view).fit_to_screen

    def fit(self):
        filling[0] = False
        return real_fit(self)

    monkeypatch.setattr(type(view), "fit_to_screen", fit)
    _next(qtbot, window)
    qtbot.wait(1)
    assert assessment.current == escalated
    assert view.decision.isVisible() and view.board_button.isVisible()  # shown while the question was filled...
    assert resized.while_filling == []  # ...without laying the page out for each of them
    assert view.decision.parentWidget() is view.escalation_panel  # ...and laid out once it was filled:
    assert view.decision.height() > 0 and view.escalation_panel.rect().contains(view.decision.geometry())


def test_a_question_is_fitted_once_a_press_even_when_its_scroll_bar_comes_or_goes(make_app, store, qtbot, monkeypatch):
    # Fitted at the width beside the scroll bar, a question fits the same once the bar shows or hides: the
    # viewport's resize then fits it again only when the window changed.
    window, controller = open_core_demo(make_app, store)
    qtbot.wait(1)
    view = controller.assessment.view
    bar = view.scroll.verticalScrollBar()
    fitted = []
    real_fit = type(view).fit_to_screen
    monkeypatch.setattr(type(view), "fit_to_screen", lambda self: (fitted.append(self.question_id), real_fit(self)))
    toggled = 0
    for _ in range(12):
        fitted.clear()
        shown = bar.isVisible()
        _next(qtbot, window)
        qtbot.wait(1)
        toggled += bar.isVisible() != shown
        assert fitted == [controller.assessment.current]
    assert toggled  # the bar did come or go on the way
    fitted.clear()
    window.resize(1366, 700)  # the window changed: the question is fitted again
    qtbot.waitUntil(lambda: fitted == [controller.assessment.current], timeout=2000)


def test_a_question_of_another_height_repaints_what_changed_not_the_whole_page(make_app, store, qtbot):
    window, controller = open_core_demo(make_app, store)
    qtbot.wait(1)
    view = controller.assessment.view
    body, viewport = view.scroll.widget(), view.scroll.viewport()
    resized_in_part = 0
    for _ in range(8):
        height, bar = body.height(), view.scroll.verticalScrollBar().isVisible()
        painted = _Painted(viewport)
        _next(qtbot, window)
        qtbot.wait(1)
        viewport.removeEventFilter(painted)
        if body.height() != height and view.scroll.verticalScrollBar().isVisible() == bar:
            assert not painted.region.isEmpty()
            # The page's margins and the gaps between its panels are not painted again: the body's contents
            # stay where they are when it grows or shrinks.
            resized_in_part += not QRegion(viewport.rect()).subtracted(painted.region).isEmpty()
    assert resized_in_part


def test_what_a_next_question_leaves_on_screen_is_what_a_full_repaint_draws(make_app, store, qtbot):
    # The presses paint only what changed (the navigator moves its drawn rows, the page keeps its margins): the
    # window's backing store must still hold exactly what painting the whole window afresh gives.
    from PySide6.QtGui import QImage

    window, controller = open_core_demo(make_app, store)
    qtbot.wait(1)
    bar = window.assessment_page.tree.verticalScrollBar()
    start = bar.value()
    for press in range(30):
        _next(qtbot, window)
        qtbot.wait(1)
        shown = screen_of(window).grabWindow(window.winId()).toImage().convertToFormat(QImage.Format_RGB32)
        fresh = window.grab().toImage().convertToFormat(QImage.Format_RGB32)
        assert shown == fresh, f"press {press + 1} left stale pixels"
    assert bar.value() != start  # the navigator did scroll on the way


def test_the_page_keeps_its_width_when_the_scroll_bar_comes_or_goes(make_app, store, qtbot):
    # A stable gutter (as CSS's scrollbar-gutter): the bar comes and goes beside the page, which neither moves
    # sideways nor takes another width (every paragraph would be laid out again at it).
    window, controller = open_core_demo(make_app, store)
    qtbot.wait(1)
    view = controller.assessment.view
    bar, page = view.scroll.verticalScrollBar(), view.scroll.page
    widths, seen = set(), set()
    for _ in range(12):
        _next(qtbot, window)
        qtbot.wait(1)
        seen.add(bar.isVisible())
        widths.add((page.x(), page.width()))
        assert page.width() == view.fit_width()
    assert seen == {True, False}  # some questions fit the screen and some do not
    assert len(widths) == 1
    width = widths.pop()[1]
    assert width == view.scroll.maximumViewportSize().width() - bar.sizeHint().width()
    window.resize(1200, 768)  # a narrower window: a narrower page, the gutter kept
    qtbot.waitUntil(lambda: page.width() == view.scroll.maximumViewportSize().width() - bar.sizeHint().width())
    assert page.width() < width
