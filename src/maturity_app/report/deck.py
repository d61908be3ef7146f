"""The board deck: 6 to 9 slides taken from the report's own content (report.content), so every sentence and
number on a slide is the one the PDF and the Word report print.

Slides: title, headline, paper vs practice by domain, escalations with the decisions asked, top gaps, the plan,
since last cycle, what the figures rest on. Every slide has a real title (screen readers and the outline
navigate by it); the deck carries its title and language.
"""

from __future__ import annotations

import io
import unicodedata

from ..domain import i18n
from ..domain.formatting import capitalised
from ..domain.i18n import _
from .options import printed_label, section_title
from .content import Heading, Image, Para, Section, TableBlock, sections_of, story_content

_INK = "14213D"
_MUTED = "5F6B7A"
_ALERT = "D55E00"
ROWS_PER_SLIDE = 6


def _section(sections: list[Section], *prefixes: str) -> Section | None:
    for section in sections:
        if any(section.title.startswith(p) for p in prefixes):
            return section
    return None


def _joined(text: str) -> str:
    """A table header as one line, a word broken at its hyphen joined again ("Short-\nfall" -> "Shortfall")."""
    return " ".join(text.split()).replace("- ", "")


def _first(blocks, kind=None, cls=Para):
    for block in blocks:
        if isinstance(block, cls) and (kind is None or getattr(block, "kind", None) == kind):
            return block
    return None


def _after(blocks, heading: str) -> list:
    """The blocks under the sub-heading *heading*, up to the next heading."""
    out, level = [], None
    for block in blocks:
        if isinstance(block, Heading):
            if level is not None and block.level <= level:
                break
            if level is None and block.text.startswith(heading):
                level = block.level
                continue
        if level is not None and not isinstance(block, Heading):
            out.append(block)
    return out


def _latin_only(text: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


class _Deck:
    def __init__(self, ctx, title: str):
        from pptx import Presentation
        from pptx.util import Inches

        self.ctx = ctx
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Inches(13.333), Inches(7.5)
        props = self.prs.core_properties
        from .builder import document_subject
        from .document import document_language
        from .office import property_text

        props.title = property_text(title)
        props.language = document_language()
        props.author = property_text(ctx.info.assessor or "Maturity")
        props.subject = property_text(document_subject(ctx.score))
        props.keywords = property_text(printed_label(ctx.options.label))

    # -- primitives ---------------------------------------------------------------------------------------
    def slide(self, title: str):
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        slide = self.prs.slides.add_slide(self.prs.slide_layouts[5])  # "Title Only": a real, navigable title
        shape = slide.shapes.title
        shape.left, shape.top, shape.width, shape.height = Inches(0.6), Inches(0.35), Inches(12.1), Inches(0.9)
        shape.text = title
        para = shape.text_frame.paragraphs[0]
        para.alignment = 1
        for run in para.runs:
            run.font.size, run.font.bold = Pt(30), True
            run.font.color.rgb = RGBColor.from_string(_INK)
        self._language(shape.text_frame)
        self._footer(slide)
        return slide

    def _footer(self, slide) -> None:
        from pptx.util import Inches

        text = (f"{printed_label(self.ctx.options.label)}   ·   "
                + _("Fingerprint {digest}…").format(digest=self.ctx.fingerprint[:16]))
        self.text(slide, [(text, {"size": 10, "colour": _MUTED})], 0.6, 7.0, 12.1, 0.35)
        del Inches

    def _language(self, frame) -> None:
        """The deck's own words are British English; a run in another script keeps no language (a screen
        reader would read it with an English voice), and a paragraph wholly right to left is set so."""
        from pptx.enum.lang import MSO_LANGUAGE_ID
        from pptx.enum.text import PP_ALIGN

        from .scripts import wholly_right_to_left

        language = MSO_LANGUAGE_ID.GERMAN if i18n.language() == "de" else MSO_LANGUAGE_ID.ENGLISH_UK
        for para in frame.paragraphs:
            for run in para.runs:
                if _latin_only(run.text):
                    run.font.language_id = language
            if wholly_right_to_left(para.text):
                para._p.get_or_add_pPr().set("rtl", "1")
                para.alignment = PP_ALIGN.RIGHT

    def text(self, slide, lines: list[tuple[str, dict]], left, top, width, height):
        """A text box of paragraphs: (text, {size, bold, colour})."""
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        frame = box.text_frame
        frame.word_wrap = True
        for index, (line, look) in enumerate(lines):
            para = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            run = para.add_run()
            run.text = line
            run.font.size = Pt(look.get("size", 18))
            run.font.bold = look.get("bold", False)
            run.font.color.rgb = RGBColor.from_string(look.get("colour", _INK))
            para.space_after = Pt(look.get("after", 6))
        self._language(frame)
        return box

    def table(self, slide, rows: list[list[str]], widths: list[float], top: float, size: int = 14):
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(top), Inches(12.1),
                                       Inches(0.4 * len(rows)))
        table = shape.table
        total = sum(widths)
        for index, share in enumerate(widths):
            table.columns[index].width = Inches(12.1 * share / total)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for para in cell.text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(size if r else size - 1)
                        run.font.bold = r == 0
                        if r:
                            run.font.color.rgb = RGBColor.from_string(_INK)
                self._language(cell.text_frame)
        return table

    def picture(self, slide, image: Image, top: float, max_height: float) -> None:
        from pptx.util import Inches

        from .raster import drawing_png

        drawing = image.drawing
        width = 12.1
        height = width * drawing.height / drawing.width
        if height > max_height:
            width, height = max_height * drawing.width / drawing.height, max_height
        left = 0.6 + (12.1 - width) / 2
        pic = self.prs.slides[-1].shapes.add_picture(io.BytesIO(drawing_png(drawing)), Inches(left), Inches(top),
                                                     Inches(width), Inches(height))
        pic._element.nvPicPr.cNvPr.set("descr", _("Chart: paper and practice by domain. The figures are in the "
                                                  "report's domain table."))
        del slide

    def notes(self, slide, text: str) -> None:
        slide.notes_slide.notes_text_frame.text = text

    def saved(self) -> bytes:
        from .office import saved

        return saved(self.prs)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def board_deck(ctx, title: str) -> bytes:
    content = story_content(ctx)
    sections = sections_of(content)
    deck = _Deck(ctx, title)
    _title_slide(deck, ctx, sections[0])
    summary = _section(sections, section_title("summary"), _("At a glance"))
    _headline_slide(deck, summary)
    _domains_slide(deck, _section(sections, section_title("domains")) or summary)
    _escalations_slide(deck, _section(sections, section_title("escalations")))
    _gaps_slide(deck, _section(sections, section_title("gaps")))
    _plan_slide(deck, _section(sections, section_title("actions")))
    _since_slide(deck, _section(sections, _("Since last assessment")))
    _basis_slide(deck, summary)
    return deck.saved()


def _title_slide(deck: _Deck, ctx, cover: Section) -> None:
    from pptx.util import Inches

    slide = deck.prs.slides.add_slide(deck.prs.slide_layouts[0])
    slide.shapes.title.text = " ".join(_("Compliance on paper,\ncapability in practice").split())
    deck._language(slide.shapes.title.text_frame)
    subtitle = slide.placeholders[1]
    lines = [p.text for p in cover.blocks if isinstance(p, Para) and p.kind in ("cover_subject", "cover_kicker")]
    subtitle.text = "\n".join(lines[1:] + lines[:1])
    deck._language(subtitle.text_frame)
    del Inches
    deck._footer(slide)


def _headline_slide(deck: _Deck, summary: Section | None) -> None:
    slide = deck.slide(_("The headline"))
    if summary is None:
        deck.text(slide, [(_("The summary was left out of this report."), {})], 0.6, 1.4, 12.1, 1)
        return
    headline = _first(summary.blocks, "lead")
    coverage = _first(summary.blocks, "body")
    tiles = next((b for b in summary.blocks if isinstance(b, TableBlock)
                  and any(isinstance(x, Para) and x.kind == "kpi_value" for row in b.rows for cell in row
                          for x in cell)), None)
    lines = []
    if headline:
        lines.append((headline.text, {"size": 22, "bold": True, "after": 12}))
    if coverage:
        lines.append((coverage.text, {"size": 14, "colour": _MUTED}))
    deck.text(slide, lines, 0.6, 1.3, 12.1, 2.4)
    if tiles:
        cells = tiles.rows[0]
        values = [" ".join(_lines(c[0].text)) for c in cells if c and isinstance(c[0], Para)]
        labels = [" ".join(_lines(c[1].text)) if len(c) > 1 else "" for c in cells if c]
        deck.table(slide, [labels, values], [1] * len(values), 4.3, size=13)
    deck.notes(slide, "\n".join(p.text for p in summary.blocks if isinstance(p, Para) and p.kind == "callout"))


def _domains_slide(deck: _Deck, section: Section | None) -> None:
    slide = deck.slide(_("Paper vs practice by domain"))
    image = _first(section.blocks, cls=Image) if section else None
    if image is None:
        deck.text(slide, [(_("The domain view was left out of this report."), {})], 0.6, 1.4, 12.1, 1)
        return
    deck.picture(slide, image, 1.35, 5.4)


def _escalations_slide(deck: _Deck, section: Section | None) -> None:
    slide = deck.slide(_("Decisions asked of the board"))
    if section is None:
        deck.text(slide, [(_("The escalations were left out of this report."), {})], 0.6, 1.4, 12.1, 1)
        return
    cards = [b for b in section.blocks if isinstance(b, TableBlock)]
    if not cards:
        lead = _first(section.blocks, "lead")
        deck.text(slide, [(lead.text if lead else _("No question is escalated to the board."), {"size": 20})],
                  0.6, 1.4, 12.1, 2)
        return
    asked, owner_label = _("Decision asked of the board."), _("Capability owner")
    open_word, resolved_word = _("Open"), _("Resolved.")
    rows = [["#", _("Question"), _("Decision asked of the board"), owner_label, _("Status")]]
    for card in cards:
        texts = card.text_rows()
        number = texts[0][0]
        question = _lines(texts[0][1])[0] if _lines(texts[0][1]) else ""
        decision = next((r[1] for r in texts if r[1].startswith(asked)), "")
        owner = next((r[1] for r in texts if r[1].startswith(owner_label)), "")
        # The card's status line: "Open until the board's decision is recorded ..." or "Resolved. <decision>".
        status = next((r[1] for r in texts if r[1].startswith((open_word + " ", resolved_word))), "")
        status = open_word if status.startswith(open_word + " ") else status.removeprefix(resolved_word).strip()
        rows.append([number, question, decision.removeprefix(asked).strip(),
                     owner.split("·")[0].removeprefix(owner_label).strip(), status])
    deck.table(slide, rows, [0.4, 3.0, 5.2, 2.0, 1.5], 1.4, size=14 if len(rows) <= 5 else 12)


def _table_slide(deck: _Deck, title: str, table: TableBlock | None, keep: list[str], empty: str,
                 widths: list[float], note: str = "") -> None:
    slide = deck.slide(title)
    if table is None:
        deck.text(slide, [(empty, {"size": 20})], 0.6, 1.4, 12.1, 2)
        return
    texts = table.text_rows()
    head = [_joined(h) for h in texts[0]]
    columns = [next(i for i, h in enumerate(head) if h.startswith(_joined(k))) for k in keep]
    rows = [[head[i] for i in columns]]
    rows += [[" · ".join(_lines(r[i])) for i in columns] for r in texts[1:ROWS_PER_SLIDE + 1]]
    deck.table(slide, rows, widths, 1.4, size=13)
    more = len(texts) - 1 - ROWS_PER_SLIDE
    if more > 0:
        note = _("{count} more in the full report.").format(count=more) + " " + note
    if note:
        deck.text(slide, [(note.strip(), {"size": 12, "colour": _MUTED})], 0.6, 6.4, 12.1, 0.5)


def _gaps_slide(deck: _Deck, section: Section | None) -> None:
    table = _first(section.blocks, cls=TableBlock) if section else None
    empty = _("The top gaps were left out of this report.")
    if section is not None and table is None:
        lead = _first(section.blocks, "lead")
        empty = lead.text if lead else _("No gap between paper and practice.")
    _table_slide(deck, section_title("gaps"), table, ["#", _("Question"), _("On paper"), _("In practice"),
                                                      _("Short-\nfall"), _("Action owner"), _("Due")], empty,
                 [0.4, 3.9, 1.8, 2.2, 1.3, 1.6, 1.2])


def _plan_slide(deck: _Deck, section: Section | None) -> None:
    # The plan's first table: its nearest horizon, overdue actions first.
    blocks = _after(section.blocks, _("The plan")) if section else []
    table = _first(blocks, cls=TableBlock)
    empty = _("The action plan was left out of this report.") if section is None else \
        _("No remediation action has been recorded yet.")
    _table_slide(deck, _("The plan"), table, [_("Due"), _("Action"), _("Action owner"), _("Status")], empty,
                 [1.4, 6.4, 3.0, 1.3])


def _since_slide(deck: _Deck, section: Section | None) -> None:
    slide = deck.slide(_("Since last cycle"))
    if section is None:
        deck.text(slide, [(_("This is the first assessment of this subject in this database: there is no earlier "
                             "cycle to compare with. The next assessment will show what moved."), {"size": 20})],
                  0.6, 1.4, 12.1, 2)
        return
    verdict = _first(section.blocks, "lead")
    basis = _first(section.blocks, "muted")
    lines = [(verdict.text, {"size": 22, "bold": True, "after": 10})] if verdict else []
    if basis:
        lines.append((basis.text, {"size": 14, "colour": _MUTED}))
    deck.text(slide, lines, 0.6, 1.3, 12.1, 2.2)
    tiles = _first(section.blocks, cls=TableBlock)
    if tiles:
        cells = tiles.rows[0]
        values = [" ".join(_lines(c[0].text)) for c in cells if c]
        labels = [capitalised(" ".join(_lines(c[1].text))) if len(c) > 1 else "" for c in cells if c]
        deck.table(slide, [labels, values], [1] * len(values), 4.0, size=13)


def _basis_slide(deck: _Deck, summary: Section | None) -> None:
    slide = deck.slide(_("What these figures rest on"))
    if summary is None:
        return
    coverage = _first(summary.blocks, "body")
    limits = next((p for p in summary.blocks if isinstance(p, Para) and p.text.startswith(_("Limitations."))), None)
    lines = [(p.text, {"size": 16, "after": 12}) for p in (coverage, limits) if p is not None]
    deck.text(slide, lines, 0.6, 1.4, 12.1, 5)
