"""What one report build has already worked out about its paragraphs, so that the same text is not worked out
again: a table cell saying "ON PAPER", "3 · Evidenced" or "Paper only" appears hundreds of times in a report.

reportlab parses every Paragraph's markup with an HTML parser when it is made, breaks it into lines word by
word when it is laid out and writes its PDF operators when it is drawn: most of a report's build time. While a
build remembers (`remembering()`: one memory per build and per thread of work, dropped when the build ends, so
nothing outlives the texts and styles it was made from):

- a paragraph whose text, style and bullet were parsed before gets fresh copies of the fragments that parse
  made, and parses nothing; a new markup is cut into tokens by markup.py for reportlab's own handlers;
- a paragraph broken into lines at widths another paragraph of the same markup, class and style was broken at
  takes that paragraph's lines (and one broken again at the same widths keeps its own, unless a word was
  hyphenated or split). Laying out, measuring and drawing only read lines; the one thing that changes them,
  splitting a paragraph across a page, first gives the paragraph lines of its own, broken again exactly as
  before. Paragraphs that shape, reorder or carry a bullet are always broken themselves;
- a paragraph drawn with the same lines, size and canvas font as one drawn before writes the same operators
  (see _replayable for what is always drawn afresh);
- line breaking measures each distinct word in each font once.

tests/unit/test_report_fast_paths.py builds reports with and without the memory and compares every page's
content stream byte for byte.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from dataclasses import dataclass, field

from . import markup


@dataclass
class _Memory:
    parsed: dict = field(default_factory=dict)  # (text, style, bullet, case, cleaner) -> parse result
    lines: dict = field(default_factory=dict)  # (state, class, style, autoLeading, widths) -> line-breaking result
    other: dict = field(default_factory=dict)  # recall(): anything else worked out from a paragraph's markup
    drawn: dict = field(default_factory=dict)  # (state, class, style, size, canvas font) -> PDF operators or None
    widths: dict = field(default_factory=dict)  # (text, font, size) -> width; (font, size) -> (ascent, descent)
    skeletons: dict = field(default_factory=dict)  # (markup skeleton, style, case) -> template or False


_memory: contextvars.ContextVar[_Memory | None] = contextvars.ContextVar("paragraph_memory", default=None)
_installed = False
_install_lock = threading.Lock()
_UNSEEN = object()


@contextlib.contextmanager
def remembering():
    """Paragraphs made and laid out inside this block parse and break each distinct text once."""
    _install()
    token = _memory.set(_Memory())
    try:
        yield
    finally:
        _memory.reset(token)


def recall(paragraph, what: str, work_out):
    """*work_out(paragraph)*, worked out once per build for paragraphs of the same markup, style and state."""
    memory = _memory.get()
    state = paragraph.__dict__.get("_memo_state")
    if memory is None or state is None:
        return work_out(paragraph)
    key = (what, state, paragraph.style)
    found = memory.other.get(key)
    if found is None:
        found = memory.other[key] = work_out(paragraph)
    return found


def remembered(what: str, key, work_out):
    """*work_out()*, worked out once per build for *key* (a pure function of it: escaping a text people typed,
    which a report repeats in hundreds of cells); worked out each time outside a build."""
    memory = _memory.get()
    if memory is None:
        return work_out()
    found = memory.other.get((what, key), _UNSEEN)
    if found is _UNSEEN:
        found = memory.other[(what, key)] = work_out()
    return found


def string_width(text: str, font: str, size: float) -> float:
    """pdfmetrics.stringWidth, each distinct word measured once per build (shared with line breaking)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    memory = _memory.get()
    if memory is None:
        return stringWidth(text, font, size)
    key = (text, font, size)
    found = memory.widths.get(key)
    if found is None:
        found = memory.widths[key] = stringWidth(text, font, size)
    return found


def _copies(frags):
    return [frag.clone() for frag in frags] if isinstance(frags, list) else frags


def _keep(table: dict, key, value):
    """Store *value* under *key* (one place, so that a test can watch what is kept)."""
    table[key] = value
    return value


def _read_quickly(paragraph, text, style, bullet, cleaner, memory=None) -> bool:
    """Paragraph._setup's work with the markup read by markup.parse; False where that does not read it.

    Markup of a skeleton parsed before in this build (the same tags, attributes and entities around other text:
    "<b>{title}</b><br/><font color=...>{domain}</font>" in every row) takes that parse's fragments with its own
    text in them instead of going through the parser's handlers again."""
    from reportlab.platypus.paragraph import textTransformFrags
    from reportlab.platypus.paraparser import ParaParser

    cleaned = cleaner(text)
    found = markup.tokens(cleaned)
    if found is None:
        return False
    shape = markup.skeleton(found)
    key = (shape, style, paragraph.caseSensitive) if shape is not None and memory is not None else None
    template = memory.skeletons.get(key) if key is not None else None
    if template:
        result = markup.from_template(template, found)
    else:
        parser = ParaParser()
        parser.caseSensitive = paragraph.caseSensitive
        made_by_data = [] if key is not None and template is None else None
        try:
            result = markup.parse_tokens(parser, found, style, made_by_data)
        except Exception:  # noqa: BLE001 (reportlab parses it again and reports the error its own way)
            return False
        if result is None or result[1] is None:
            return False
        if made_by_data is not None:
            memory.skeletons[key] = markup.template_of(result, made_by_data) or False
    style, frags, bullet_frags = result
    textTransformFrags(frags, style)
    paragraph.text, paragraph.frags, paragraph.style = cleaned, frags, style
    paragraph.bulletText = bullet_frags or bullet
    paragraph.debug = 0
    return True


def _replayable(paragraph, operators: list[str]) -> list[str] | None:
    """The PDF operators a paragraph drew, when drawing it again elsewhere means writing the same operators:
    its drawing is relative to its own origin and registers nothing beyond what the first drawing registered
    for the whole document (fonts and their subsets). Links, images, callbacks, underlines, backgrounds behind
    words, transparency, dot leaders, shaping and right-to-left lines do more, so they are drawn each time."""
    style = paragraph.style
    if style.endDots or style.wordWrap or style.shaping or type(paragraph).breakLines is not _own_break_lines:
        return None
    for frag in paragraph.__dict__.get("_memo_source") or ():
        if getattr(frag, "link", None) or getattr(frag, "us_lines", None) or hasattr(frag, "cbDefn") \
                or getattr(frag, "backColor", None):
            return None
    if any(" gs" in operator for operator in operators):
        return None
    return operators


_own_break_lines = None  # Paragraph.breakLines once installed: a class that overrides it reorders its lines


def _install() -> None:
    if _installed:
        return
    with _install_lock:  # exports run on worker threads: two first builds must not wrap reportlab twice
        if not _installed:
            _install_once()


def _install_once() -> None:
    global _installed, _own_break_lines
    from reportlab.platypus.paragraph import Paragraph

    parse, break_lines, split, draw = Paragraph._setup, Paragraph.breakLines, Paragraph.split, Paragraph.drawPara

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 (reportlab's names)
        memory = _memory.get()
        if memory is None or frags is not None or not isinstance(text, str) \
                or not (bulletText is None or isinstance(bulletText, str)):
            return parse(self, text, style, bulletText, frags, cleaner)
        key = (text, style, bulletText, self.caseSensitive, cleaner)
        found = memory.parsed.get(key)
        if found is None:
            if not _read_quickly(self, text, style, bulletText, cleaner, memory):
                parse(self, text, style, bulletText, frags, cleaner)
            # Kept as copies: the paragraph's own fragments change when it is broken into lines.
            found = _keep(memory.parsed, key, (self.text, _copies(self.frags), self.style, _copies(self.bulletText)))
        else:
            self.text, frags, self.style, bullet = found
            self.frags = _copies(frags)
            self.bulletText = _copies(bullet)
            self.debug = 0
        self._memo_source = found[1]
        self._memo_state = key
        self._memo_widths = ()
        return None

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        memory = _memory.get()
        state = self.__dict__.get("_memo_state")
        style = self.style
        if memory is None or state is None or self.bulletText or style.wordWrap or style.shaping \
                or type(self).breakLines is not breakLines:
            if state is not None:
                self._memo_state = None  # broken on its own: its lines and fragments are its own from now on
            return break_lines(self, width)
        widths = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        last = self.__dict__.get("_memo_last")
        if last is not None and last[0] == widths and self.frags is last[1][1] and not (last[1][3] or last[1][4]):
            # Broken again at the widths it was just broken at (measured inside a KeepTogether, then placed),
            # no word hyphenated or split: reportlab's second breaking of the same words gives the same lines.
            found = last[1]
            self._width_max, self._splitLongWordCount, self._hyphenations = found[2:]
            self.height = 0
            return found[0]
        key = (state, type(self), style, self.__dict__.get("autoLeading"), widths)
        found = memory.lines.get(key)
        if found is None:
            blPara = break_lines(self, width)  # noqa: N806
            found = _keep(memory.lines, key, (blPara, self.frags, self._width_max, self._splitLongWordCount,
                                              self._hyphenations))
        else:
            self.frags, self._width_max, self._splitLongWordCount, self._hyphenations = found[1:]
            self.height = 0
        self._memo_state = key
        self._memo_widths = (*self._memo_widths, widths)
        self._memo_last = (widths, found)
        return found[0]

    def _lines_of_its_own(self) -> None:
        """The lines this paragraph shares, broken again for it alone, exactly as they were broken."""
        self.frags = _copies(self._memo_source)
        self._memo_state = None  # from now on this paragraph is broken on its own
        lines = None
        for widths in self._memo_widths:
            lines = break_lines(self, list(widths))
        if lines is not None:
            self.blPara = lines

    def _split(self, availWidth, availHeight):  # noqa: N803
        if self.__dict__.get("_memo_state") is not None:
            _lines_of_its_own(self)
        return split(self, availWidth, availHeight)

    def drawPara(self, debug=0):  # noqa: N802 (reportlab's name)
        memory = _memory.get()
        state = self.__dict__.get("_memo_state")
        if memory is None or state is None or debug:
            return draw(self, debug)
        canvas = self.canv
        key = (state, type(self), self.style, self.width, self.height, canvas._fontname, canvas._fontsize,
               canvas._leading)
        found = memory.drawn.get(key, _UNSEEN)
        if found is None:  # drawn with effects beyond its own operators
            return draw(self, debug)
        if found is not _UNSEEN:
            canvas._code.extend(found)
            return None
        code = canvas._code
        start = len(code)
        result = draw(self, debug)
        memory.drawn[key] = _replayable(self, code[start:])
        return result

    from reportlab.platypus import paragraph as module

    measure, extent = module.stringWidth, module.getAscentDescent

    def stringWidth(text, fontName, fontSize, encoding="utf8"):  # noqa: N802, N803 (reportlab's names)
        memory = _memory.get()
        if memory is None or encoding != "utf8":
            return measure(text, fontName, fontSize, encoding)
        key = (text, fontName, fontSize)
        found = memory.widths.get(key)
        if found is None:
            found = memory.widths[key] = measure(text, fontName, fontSize, encoding)
        return found

    def getAscentDescent(fontName, fontSize=None):  # noqa: N802, N803
        memory = _memory.get()
        if memory is None:
            return extent(fontName, fontSize)
        key = (fontName, fontSize)
        found = memory.widths.get(key)
        if found is None:
            found = memory.widths[key] = extent(fontName, fontSize)
        return found

    # Line breaking measures every word and asks every word's font for its ascent: the same few hundred words
    # and fonts, thousands of times.
    module.stringWidth, module.getAscentDescent = stringWidth, getAscentDescent
    Paragraph._setup = _setup
    Paragraph.drawPara = drawPara
    _own_break_lines = breakLines
    Paragraph.breakLines = breakLines
    Paragraph.split = _split
    _installed = True
