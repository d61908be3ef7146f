"""The board report as an editable Word document: the PDF's story read as blocks (report.content), written
with real heading styles, tables with repeating header rows, charts as images with alternative text, and the
document's title and language set: the accessible, tagged alternative to the PDF."""

from __future__ import annotations

import io
import re

from ..domain.i18n import _
from .builder import document_subject
from .options import printed_label
from .content import ContentsList, Heading, Image, Para, Run, TableBlock, story_content

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_SIZES = {"lead": 12, "callout": 11, "muted": 9, "cell": 9, "cell_bold": 9, "cell_muted": 9, "cell_head": 8.5,
          "kpi_value": 18, "kpi_label": 8.5, "cover_subject": 16, "cover_scope": 11, "small": 9}
_MUTED = "5F6B7A"


def word_document(ctx, title: str) -> bytes:
    from docx import Document

    from .document import document_language
    from .office import saved

    content = story_content(ctx)
    doc = Document()
    _page(doc, ctx)
    _properties(doc, ctx, title, document_language())
    writer = _Writer(doc, ctx)
    writer.sections = [b.text for b in content.blocks if isinstance(b, Heading) and b.level == 1
                       and b.text != _("Contents")]
    for block in content.blocks:
        ctx.options.check_cancelled()
        writer.block(block)
    return saved(doc)


def _properties(doc, ctx, title: str, language: str) -> None:
    from docx.oxml.ns import qn

    from .office import property_text

    props = doc.core_properties
    props.title = property_text(title)
    props.subject = property_text(document_subject(ctx.score))
    props.author = property_text(ctx.info.assessor or "Maturity")
    props.language = language
    props.keywords = property_text(f"{_('capability assessment')}; {printed_label(ctx.options.label)}")
    props.comments = property_text(_("Record fingerprint {digest}").format(digest=ctx.fingerprint))
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def _page(doc, ctx) -> None:
    from docx.shared import Mm, Pt

    from .document import PAGE_SIZES

    section = doc.sections[0]
    width, height = PAGE_SIZES[ctx.options.page_size]
    section.page_width, section.page_height = Pt(width), Pt(height)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    header = section.header.paragraphs[0]
    header.text = printed_label(ctx.options.label)
    footer = section.footer.paragraphs[0]
    footer.text = f"Fingerprint {ctx.fingerprint[:16]}…"
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.font.name = "Calibri"  # Word's default sans; other scripts fall back per run to the reader's fonts
    _complex_script_like_latin(normal.element.get_or_add_rPr())


def _complex_script_like_latin(rpr) -> None:
    """Word sets Arabic, Hebrew, Indic and Thai text with the complex-script size and weight (szCs, bCs, iCs),
    not the Latin ones: without them such a name in an 8-point table cell printed at the template's 11 points,
    and never in bold. Each is made to follow its Latin counterpart."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for latin, complex_ in (("w:b", "w:bCs"), ("w:i", "w:iCs"), ("w:sz", "w:szCs")):
        source = rpr.find(qn(latin))
        if source is None or rpr.find(qn(complex_)) is not None:
            continue
        twin = OxmlElement(complex_)
        for key, value in source.attrib.items():
            twin.set(key, value)
        source.addnext(twin)  # the schema's order: each complex-script twin right after its Latin element


class _Writer:
    def __init__(self, doc, ctx):
        from docx.shared import Mm, Pt

        self.doc = doc
        self.ctx = ctx
        width = doc.sections[0].page_width - Mm(40)
        self.text_width = width
        self.last_heading = ""
        self.sections: list[str] = []
        self._pt = Pt

    def block(self, block, container=None) -> None:
        if isinstance(block, Heading):
            self.last_heading = block.text
            heading = self.doc.add_heading(block.text, level=min(block.level, 3))
            if block.level == 1:  # each section on a new page, as in the PDF
                heading.paragraph_format.page_break_before = True
        elif isinstance(block, Para):
            self.paragraph(block, container)
        elif isinstance(block, TableBlock):
            self.table(block)
        elif isinstance(block, Image):
            self.image(block)
        elif isinstance(block, ContentsList):  # page numbers belong to the PDF; Word's navigation pane has them
            for title in self.sections:
                self.doc.add_paragraph(title, style="List Number")

    def paragraph(self, para: Para, container=None, paragraph=None):
        style = {"cover_title": "Title", "cover_kicker": "Subtitle", "bullet": "List Bullet"}.get(para.kind)
        if paragraph is None:
            target = container if container is not None else self.doc
            paragraph = target.add_paragraph(style=style)
        size = _SIZES.get(para.kind)
        for run in para.runs:
            self.run(paragraph, run, size, muted=para.kind in ("muted", "cell_muted", "cell_head", "kpi_label"),
                     bold=para.kind in ("cell_bold", "cell_head", "kpi_value", "cover_subject"))
        if any(_RTL.search(r.text) for r in para.runs) and not _RTL.sub("", para.text).strip("  .,:;-0-9"):
            paragraph.paragraph_format.alignment = 2  # right: a paragraph wholly in a right-to-left script
        return paragraph

    def run(self, paragraph, run: Run, size, *, muted: bool, bold: bool) -> None:
        from docx.oxml import OxmlElement
        from docx.shared import Pt, RGBColor

        parts = run.text.split("\n")
        for index, part in enumerate(parts):
            if index:
                paragraph.add_run().add_break()
            if not part:
                continue
            r = paragraph.add_run(part)
            r.bold = run.bold or bold or None
            r.italic = run.italic or None
            if size:
                r.font.size = Pt(size)
            _complex_script_like_latin(r._r.get_or_add_rPr())
            colour = run.colour[1:] if run.colour else (_MUTED if muted else None)
            if colour and colour.upper() not in ("FFFFFF", "D7E0EE", "9FB3D1"):  # the cover band's light inks
                r.font.color.rgb = RGBColor.from_string(colour.upper())
            if _RTL.search(part):
                r._r.get_or_add_rPr().append(OxmlElement("w:rtl"))

    def table(self, block: TableBlock) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        columns = max((len(r) for r in block.rows), default=0)
        if not columns or not block.rows:
            return
        table = self.doc.add_table(rows=len(block.rows), cols=columns)
        table.style = "Table Grid"
        table.autofit = False
        widths = [int(self.text_width * share) for share in block.widths]
        for index, width in enumerate(widths[:columns]):
            table.columns[index].width = width  # the grid LibreOffice and Word lay the table out from
        for r_index, row in enumerate(block.rows):
            cells = table.rows[r_index].cells
            if r_index < block.header_rows:  # repeats on every page and is read as a header by screen readers
                header = OxmlElement("w:tblHeader")
                header.set(qn("w:val"), "true")
                table.rows[r_index]._tr.get_or_add_trPr().append(header)
            for c_index, cell_blocks in enumerate(row):
                cell = cells[c_index]
                if c_index < len(widths):
                    cell.width = widths[c_index]
                first = cell.paragraphs[0]
                used = False
                for item in cell_blocks:
                    if isinstance(item, Para):
                        self.paragraph(item, paragraph=first if not used else cell.add_paragraph())
                        used = True
                    elif isinstance(item, Image):
                        target = first if not used else cell.add_paragraph()
                        self._picture(target.add_run(), item, widths[c_index] if c_index < len(widths) else None)
                        used = True
                    elif isinstance(item, TableBlock):  # a table inside a cell: its rows as lines
                        for line in item.text_rows():
                            target = first if not used else cell.add_paragraph()
                            target.add_run(" · ".join(t for t in line if t))
                            used = True
        self.doc.add_paragraph()

    def image(self, block: Image) -> None:
        paragraph = self.doc.add_paragraph()
        self._picture(paragraph.add_run(), block, self.text_width)

    def _picture(self, run, block: Image, width) -> None:
        from docx.shared import Pt

        from .raster import drawing_png

        natural = Pt(block.drawing.width)
        shape = run.add_picture(io.BytesIO(drawing_png(block.drawing)),
                                width=min(natural, width) if width else natural)
        alt = f"Chart: {self.last_heading}" if self.last_heading else "Chart"
        shape._inline.docPr.set("descr", alt + ". The same figures are in the tables of this report.")
        shape._inline.docPr.set("title", alt)
