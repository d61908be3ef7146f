"""The page furniture of a board report: page templates, header and footer, outline, "page X of Y", laid out
in one pass."""

from __future__ import annotations

from ..domain import i18n
from ..domain.i18n import _
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from . import styles as st
from .bidi import base_direction
from .fonts import BOLD, REGULAR, draw_text, drawable, string_width
from .keeping import HOLE_LIMIT, Figure, KeepWithStart
from .options import ReportOptions

PAGE_SIZES = {"a4": A4, "letter": LETTER}
DOCUMENT_LANGUAGE = "en-GB"  # the language of the report's own sentences, in all three formats (English)
LANGUAGE_TAGS = {"en": "en-GB", "de": "de-DE"}


def document_language() -> str:
    """The BCP 47 tag of the language the report is being written in (PDF /Lang, Word and deck properties)."""
    return LANGUAGE_TAGS.get(i18n.language(), DOCUMENT_LANGUAGE)
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
COVER_BAND = 0.46  # share of the cover page filled by the dark band
BRIEF_BAND = 0.27  # the brief needs the room for its summary


def canvas_width(text: str, font: str, size: float) -> float:
    return string_width(text, font, size)


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """*text*, cut at a word with an ellipsis when it is wider than *width* points."""
    if canvas_width(text, font, size) <= width:
        return text
    words = text.split(" ")
    while words and canvas_width(" ".join(words) + "…", font, size) > width:
        words.pop()
    if words:
        return " ".join(words).rstrip(" ·,;:") + "…"
    cut = text
    while cut and canvas_width(cut + "…", font, size) > width:
        cut = cut[:-1]
    return cut + "…" if cut else ""


def page_of(page: int, total: int) -> str:
    return _("Page {page} of {total}").format(page=page, total=total)


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer print on every page."""

    subject: str
    label: str
    fingerprint: str
    draft: str = ""  # "draft — N of M answered" on every page until every applicable question is answered


class Heading(Paragraph):
    """A heading that registers itself in the PDF outline (and the contents list) once it is placed."""

    def __init__(self, text_markup: str, style, level: int, outline_title: str, key: str, toc: bool = True):
        super().__init__(text_markup, style)
        self.outline_level = level
        self.outline_title = outline_title
        self.outline_key = key
        self.in_toc = toc


DeferredDraw = Callable[[object, "BoardDocument"], None]  # (canvas, document) once every page is laid out


def headings_in(flowables) -> list[Heading]:
    """Every Heading of a story in reading order, including those kept together with what follows them."""
    found = []
    for flowable in flowables:
        if isinstance(flowable, Heading):
            found.append(flowable)
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list):
            found += headings_in(inner)
    return found


def keep_headings_with_groups(story: list) -> list:
    """*story* with each run of keep-with-next flowables (headings) moved into the KeepTogether that follows
    it. reportlab keeps a heading with the next flowable only when that one is not itself a container, so a
    domain heading followed by a question's block was left alone at the foot of a page."""
    from reportlab.platypus import KeepTogether

    out: list = []
    for flowable in story:
        if isinstance(flowable, KeepTogether) and out and _keeps_with_next(out[-1]):
            leading = []
            while out and _keeps_with_next(out[-1]):
                leading.insert(0, out.pop())
            # Of its own kind: a figure stays a figure, a group that may flow still may.
            flowable = type(flowable)(leading + list(flowable._content), maxHeight=flowable._maxHeight)
        out.append(flowable)
    return out


def _ends_section(flowable) -> bool:
    """A page break, or a section's heading: a held figure must be placed before it."""
    from reportlab.platypus import PageBreak

    return isinstance(flowable, PageBreak) or (isinstance(flowable, Heading) and flowable.outline_level == 0)


def _keeps_with_next(flowable) -> bool:
    from reportlab.platypus import KeepTogether

    keeps = getattr(flowable, "getKeepWithNext", None)
    return bool(keeps and keeps()) and not isinstance(flowable, KeepTogether)


class BoardDocument(BaseDocTemplate):
    def __init__(self, filename: str, options: ReportOptions, page: PageInfo, *, on_flowable=None, **meta):
        self.options = options
        self.page_info = page
        self.total_pages: int | None = None  # known once the story is laid out
        self.heading_pages: dict[str, int] = {}  # outline key -> page of the heading's first line
        self._deferred: list[tuple[str, DeferredDraw]] = []
        self._on_flowable = on_flowable
        self._outline_seen: set[str] = set()
        self._held_figure: tuple | None = None  # (figure, page it was held on) while what follows fills the page
        super().__init__(
            filename,
            pagesize=PAGE_SIZES[options.page_size],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=REGULAR,  # otherwise every page references a non-embedded Helvetica
            lang=document_language(),
            keepTogetherClass=KeepWithStart,  # a heading goes with the start of what follows, not all of it
            **meta,
        )
        width, height = self.pagesize
        body = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.band_share = BRIEF_BAND if options.brief else COVER_BAND
        band_height = height * self.band_share
        bottom_gap = 30 * mm if not options.brief else 20 * mm
        cover_top = Frame(MARGIN_X, height - band_height + 14 * mm, width - 2 * MARGIN_X, band_height - bottom_gap,
                          id="cover-band", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_rest = Frame(MARGIN_X, MARGIN_BOTTOM + 2 * mm, width - 2 * MARGIN_X,
                           height - band_height - MARGIN_BOTTOM - 12 * mm, id="cover-details",
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover_top, cover_rest], onPage=self._draw_cover,
                             autoNextPageTemplate="body"),
                PageTemplate(id="body", frames=[body], onPage=self._draw_furniture),
            ]
        )

    @property
    def content_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    @property
    def content_height(self) -> float:
        return self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM

    # -- one layout pass ------------------------------------------------------------------------------------
    # Page totals and contents page numbers are not known while pages are drawn. Rather than lay the story out
    # twice (multiBuild), each such text is a named PDF form placed where it belongs and filled in once the last
    # page is done: the same text at the same place, from one pass.
    def defer(self, canvas, name: str, draw: DeferredDraw) -> None:
        """Place form *name* here on the current page; *draw(canvas, doc)* paints it once every page is known.
        It paints in the coordinates current now, so it sets its own font and colour."""
        canvas.doForm(name)
        self._deferred.append((name, draw))

    def lay_out(self, story: list) -> None:
        from .scripts import prepare

        prepare(story)  # paragraphs in scripts that need shaping or right-to-left layout
        self.build(keep_headings_with_groups(story))

    # -- figures float ----------------------------------------------------------------------------------------
    # A figure that does not fit where it is would leave the rest of the page blank. When that blank would be a
    # hole and its section goes on after it, the figure is held back: what follows fills the page, and the
    # figure opens the next page (before the rest of what filled the page above it), or ends the section.
    def handle_flowable(self, flowables):  # noqa: N802 (reportlab's name)
        held = self._held_figure
        if held is not None and (self.page > held[1] or _ends_section(flowables[0])):
            self._held_figure = None
            flowables.insert(0, held[0])
        elif held is None and isinstance(flowables[0], Figure) and self._hold(flowables):
            self._held_figure = (flowables.pop(0), self.page)
            return
        super().handle_flowable(flowables)

    def _hold(self, flowables: list) -> bool:
        frame = self.frame
        room = frame._y - frame._y1p - (0 if frame._atTop else flowables[0].getSpaceBefore())
        if frame._atTop or room <= HOLE_LIMIT * frame._aH or len(flowables) < 2 or _ends_section(flowables[1]):
            return False
        if not any(_ends_section(f) for f in flowables[2:]):
            return False  # nothing would put it back: the figure stays where the story has it
        figure = flowables[0]
        figure.wrapOn(self.canv, frame._getAvailableWidth(), room)
        return room < figure._H <= frame._aH

    def _endBuild(self):  # noqa: N802 (reportlab's name)
        self.total_pages = self.page
        self._doSave = 0
        super()._endBuild()  # ends the last page without saving
        canvas = self.canv
        for name, draw in self._deferred:
            canvas.beginForm(name, -10_000, -10_000, 10_000, 10_000)
            draw(canvas, self)
            canvas.endForm()
        canvas.save()

    def beforeDocument(self):  # noqa: N802
        self._outline_seen.clear()
        self._furniture: dict[float, str] = {}  # room for the page label -> form of the header and footer
        # Opens with the bookmarks panel shown, and viewers title the window with the report's title, not
        # the file name (PDF/UA asks for both); the document language is set through `lang`.
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")

    def afterFlowable(self, flowable):  # noqa: N802
        if isinstance(flowable, Heading):
            key = flowable.outline_key
            if key not in self._outline_seen:  # a heading split across pages must not be listed twice
                self._outline_seen.add(key)
                self.heading_pages[key] = self.page
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level,
                                          closed=flowable.outline_level >= 1)
        if self._on_flowable:
            self._on_flowable()

    # -- page furniture -----------------------------------------------------------------------------------
    def _draw_page_label(self, canvas, x_right: float, y: float) -> None:
        """"Page N of M" in the footer, right-aligned at (x_right, y); M is filled in after the last page."""
        page = self.page

        def draw(canvas, doc) -> None:
            canvas.setFont(BOLD, 7.5)
            canvas.setFillColor(colors.HexColor(st.INK))
            canvas.drawRightString(x_right, y, page_of(page, doc.total_pages))

        self.defer(canvas, f"page-label-{page}", draw)

    def _page_label_room(self) -> float:
        return canvas_width(page_of(self.page, max(self.page, 9999)), BOLD, 7.5)

    def _chip_width(self) -> float:
        label = drawable(self.page_info.label)
        return canvas_width(label, BOLD, 7) + 10 if label else 0.0

    def _draw_label_chip(self, canvas, x_right: float, y: float, on_dark: bool) -> None:
        label = drawable(self.page_info.label)
        if not label:
            return
        canvas.setFont(BOLD, 7)
        text_width = string_width(label, BOLD, 7)
        pad = 5
        canvas.setFillColor(colors.HexColor(st.ALERT if not on_dark else "#FFFFFF"))
        canvas.setStrokeColor(colors.HexColor(st.ALERT))
        canvas.roundRect(x_right - text_width - 2 * pad, y - 3.5, text_width + 2 * pad, 12.5, 2, stroke=0, fill=1)
        canvas.setFillColor(colors.white if not on_dark else colors.HexColor(st.BAND))
        draw_text(canvas, x_right - pad, y, label, BOLD, 7, anchor="end", base=base_direction(label))

    def _draw_furniture(self, canvas, doc):
        """Header and footer of a body page: drawn once as a form and placed on every page (they are the same on
        every page but for the page number, whose room changes only with its number of digits), then the page's
        own "Page N of M"."""
        width = self.pagesize[0]
        room = width - 2 * MARGIN_X - self._page_label_room() - 14
        name = self._furniture.get(room)
        if name is None:
            name = self._furniture[room] = f"furniture-{len(self._furniture) + 1}"
            canvas.beginForm(name)
            self._draw_fixed_furniture(canvas, room)
            canvas.endForm()
        canvas.doForm(name)
        self._draw_page_label(canvas, width - MARGIN_X, 11 * mm)

    def _draw_fixed_furniture(self, canvas, room: float) -> None:
        width, height = self.pagesize
        canvas.saveState()
        top = height - 13 * mm
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        # The running header gives way to the classification chip (up to 80 characters), never runs under it.
        header_room = width - 2 * MARGIN_X - self._chip_width() - 12
        draw_text(canvas, MARGIN_X, top, fit_width(drawable(self.page_info.subject), REGULAR, 7.5, header_room),
                  REGULAR, 7.5)
        self._draw_draft(canvas, top - 15)  # under the header rule, where nothing else is drawn
        self._draw_label_chip(canvas, width - MARGIN_X, top, on_dark=False)
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, width - MARGIN_X, top - 5)
        bottom = 11 * mm
        canvas.line(MARGIN_X, bottom + 9, width - MARGIN_X, bottom + 9)
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        # "Page N of M" keeps its place (M is filled in after the last page, so its *room* is reserved for up to
        # four digits); the label before the fingerprint gives way (it is in the header too).
        print_ = ("   ·   " + _("Fingerprint {digest}…").format(digest=self.page_info.fingerprint[:16])
                  if self.page_info.fingerprint else "")
        label_room = room - canvas_width(print_, REGULAR, 7)
        label = fit_width(drawable(self.page_info.label), REGULAR, 7, label_room)
        # The label in its own direction (as in the header's chip), then the fingerprint after it.
        draw_text(canvas, MARGIN_X, bottom, label, REGULAR, 7, base=base_direction(label))
        draw_text(canvas, MARGIN_X + canvas_width(label, REGULAR, 7), bottom,
                  fit_width(print_, REGULAR, 7, room - canvas_width(label, REGULAR, 7)), REGULAR, 7)
        canvas.restoreState()

    def _draw_draft(self, canvas, y: float) -> None:
        if not self.page_info.draft:
            return
        canvas.setFont(BOLD, 7.5)
        canvas.setFillColor(colors.HexColor(st.ALERT))
        canvas.drawRightString(self.pagesize[0] - MARGIN_X, y, self.page_info.draft.upper())

    def _draw_cover(self, canvas, doc):
        width, height = self.pagesize
        band_height = height * self.band_share
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(st.BAND))
        canvas.rect(0, height - band_height, width, band_height, stroke=0, fill=1)
        # The two axes of the report as a thin orange/blue rule under the band.
        canvas.setFillColor(colors.HexColor(st.COMPLIANCE))
        canvas.rect(0, height - band_height - 4, width / 2, 4, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(st.CAPABILITY))
        canvas.rect(width / 2, height - band_height - 4, width / 2, 4, stroke=0, fill=1)
        self._draw_label_chip(canvas, width - MARGIN_X, height - 14 * mm, on_dark=True)
        self._draw_draft(canvas, 11 * mm + 11)  # just above the page number
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        room = width - 2 * MARGIN_X - self._page_label_room() - 14
        label = fit_width(drawable(self.page_info.label), REGULAR, 7, room)
        draw_text(canvas, MARGIN_X, 11 * mm, label, REGULAR, 7, base=base_direction(label))
        self._draw_page_label(canvas, width - MARGIN_X, 11 * mm)
        canvas.restoreState()
