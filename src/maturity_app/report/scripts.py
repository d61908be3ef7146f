"""Paragraphs in scripts that need more than a left-to-right row of glyphs.

reportlab shapes a paragraph's words with HarfBuzz when its style asks for it (Arabic joining, Indic conjuncts
and vowel signs, Thai and Khmer marks): a right-to-left word then comes out with its glyphs in visual order.
What reportlab does not do, for a paragraph of several fonts, is put the words of a line in visual order: this
module does, line by line after the paragraph is broken into lines, with the Unicode bidirectional algorithm
(the paragraph's direction is its first strong letter's: a report sentence reads left to right, a field typed
in Hebrew or Arabic right to left). Only paragraphs whose text needs it are touched; shaping every Latin word
would only cost time.
"""

from __future__ import annotations

import re
import unicodedata
import weakref

from .bidi import base_direction, has_right_to_left, log2vis
from .fonts import RIGHT_TO_LEFT_FACES, needs_layout

_shaped_styles: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_classes: dict[type, type] = {}
_TOKENS = re.compile(r" +|[^ ]+")
_OBJECT = "\ufffc"  # a link anchor or an inline image: neutral, keeps its place among its neighbours


def _text(paragraph) -> str:
    out = []
    for frag in getattr(paragraph, "frags", ()):
        text = getattr(frag, "text", None)
        if text is None:
            words = getattr(frag, "words", None) or ()
            text = " ".join(w if isinstance(w, str) else "" for w in words)
        out.append(text)
    return "".join(out)


def shaped_style(style, base: str = "LTR", right: bool = False):
    """*style* with HarfBuzz shaping switched on, for paragraphs of direction *base* (LTR or RTL); *right*
    aligns a left-aligned style to the right (a paragraph wholly in a right-to-left script, as Word sets it)."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    if getattr(style, "bidi_base", None):
        style = style.unshaped()  # restyling a paragraph twice starts from its own style
    right = right and style.alignment == TA_LEFT
    variants = _shaped_styles.setdefault(style, {})
    found = variants.get((base, right))
    if found is None:
        found = style.clone(f"{style.name}-shaped-{base.lower()}{'-right' if right else ''}", shaping=1,
                            alignment=TA_RIGHT if right else style.alignment)
        found.bidi_base = base
        found.unshaped = weakref.ref(style)  # not the style itself: the cache's value would keep its key alive
        variants[(base, right)] = found
    return found


def wholly_right_to_left(text: str) -> bool:
    """Right-to-left letters and no left-to-right ones (digits and punctuation aside)."""
    kinds = {unicodedata.bidirectional(c) for c in text}
    return bool(kinds & {"R", "AL"}) and "L" not in kinds


def _proxy(token: str, font: str) -> str:
    """One character with the bidirectional class of *token* (a word as drawn: an RTL word's glyphs are
    already in visual order and may be private-use ligatures, so the word is classed, not its letters)."""
    if token.startswith(" "):
        return " "
    strong_left = False
    for char in token:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "\u05d0"
        if kind == "L" and not (0xE000 <= ord(char) <= 0xF8FF):
            strong_left = True
    if strong_left:
        return "a"
    if font in RIGHT_TO_LEFT_FACES and any(0xE000 <= ord(c) <= 0xF8FF for c in token):
        return "\u05d0"  # a ligature of an Arabic word, drawn from a private code
    if any(unicodedata.bidirectional(c) == "AN" for c in token):
        return "\u0661"
    if any(unicodedata.bidirectional(c) == "EN" for c in token):
        return "1"
    neutral = next((c for c in token if unicodedata.bidirectional(c) in ("ON", "ES", "ET", "CS", "WS")), None)
    return neutral or "."


def _mirrored(token: str) -> str:
    from bidi.algorithm import MIRRORED

    return "".join(MIRRORED.get(c, c) for c in token)


def visual_line(frags: list, base: str = "LTR") -> list:
    """The frags of one laid-out line (logical order, RTL words already shaped) in visual order, split into
    words so that each word moves as a whole; *base* is the paragraph's direction."""
    tokens: list[tuple[object, str]] = []
    for frag in frags:
        if getattr(frag, "_fkind", 0) != 0 or getattr(frag, "cbDefn", None) is not None:
            tokens.append((frag, None))
            continue
        text = frag.text
        for match in _TOKENS.finditer(text):
            tokens.append((frag, text[match.start():match.end()]))
    proxies = [_OBJECT if part is None else _proxy(part, frag.fontName) for frag, part in tokens]
    if "\u05d0" not in proxies:
        return frags
    order: list[int] = []
    shown = log2vis("".join(proxies), base, order)
    out = []
    for position, index in enumerate(order):
        frag, part = tokens[index]
        if part is None:
            out.append(frag)
            continue
        if shown[position] != proxies[index]:  # a bracket inside right-to-left text faces the other way
            part = _mirrored(part)
        out.append(frag.clone(text=part))
    return out


class _ScriptLines:
    """Mixed into a paragraph's class: its lines are put in visual order once broken. The paragraph's
    direction is its first strong letter's (rule P2): a report sentence is left to right, a field typed in
    Hebrew or Arabic right to left."""

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        result = super().breakLines(width)
        if getattr(result, "kind", 0) == 1:
            base = getattr(self.style, "bidi_base", "LTR")
            for line in result.lines:
                words = getattr(line, "words", None)
                if words:
                    line.words = visual_line(words, base)
        return result


def _with_script_lines(cls: type) -> type:
    if issubclass(cls, _ScriptLines):
        return cls
    found = _classes.get(cls)
    if found is None:
        found = _classes[cls] = type(f"Bidi{cls.__name__}", (_ScriptLines, cls), {})
    return found


def _paragraphs(flowables):
    from reportlab.platypus import Paragraph, Table

    for item in flowables:
        if isinstance(item, (list, tuple)):
            yield from _paragraphs(item)
        elif isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            for row in item._cellvalues:
                yield from _paragraphs(row)
        else:
            inner = getattr(item, "_content", None)
            if isinstance(inner, (list, tuple)):
                yield from _paragraphs(inner)


def _needs_layout(paragraph) -> bool:
    return needs_layout(_text(paragraph))


def prepare(story: list) -> int:
    """Restyle the story's paragraphs whose text needs shaping or right-to-left layout; returns how many."""
    from .memo import recall

    count = 0
    for paragraph in _paragraphs(story):
        # Asked once per distinct markup and style of the build: a report repeats its cells' texts hundreds of times.
        if recall(paragraph, "needs layout", _needs_layout):
            text = _text(paragraph)
            paragraph.style = shaped_style(paragraph.style, base_direction(text), wholly_right_to_left(text))
            if has_right_to_left(text):
                paragraph.__class__ = _with_script_lines(type(paragraph))
            count += 1
    return count
