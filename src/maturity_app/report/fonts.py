"""The embedded fonts, registered once per process: DejaVu Sans for the report's own text and Latin, Greek and
Cyrillic, then a face per script DejaVu lacks (Noto, shaped with HarfBuzz), Droid Sans Fallback for Chinese,
Japanese and Korean, and Noto Emoji (monochrome). Text is cut into runs by the face that draws it, laid out right
to left where the Unicode bidirectional algorithm says so, and cleaned to what some face can draw."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import threading
import unicodedata
from dataclasses import dataclass
from itertools import groupby

from ..paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
# Chinese, Japanese and Korean (Han, kana, Hangul) for what DejaVu lacks: no shaping needed, one face for all
# weights (reportlab subsets it on embedding, so a report carries only the characters it uses).
CJK = "DroidSansFallback"
EMOJI = "NotoEmoji"
# Scripts whose letters change shape with their neighbours (Arabic joining, Indic conjuncts and vowel signs,
# Thai and Khmer marks): one Noto face each, subset to its script (tools/subset_fonts.py), one weight.
SHAPED_FACES = {
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew": "NotoSansHebrew-Regular.ttf",
    "NotoSansDevanagari": "NotoSansDevanagari-Regular.ttf",
    "NotoSansBengali": "NotoSansBengali-Regular.ttf",
    "NotoSansGurmukhi": "NotoSansGurmukhi-Regular.ttf",
    "NotoSansGujarati": "NotoSansGujarati-Regular.ttf",
    "NotoSansOriya": "NotoSansOriya-Regular.ttf",
    "NotoSansTamil": "NotoSansTamil-Regular.ttf",
    "NotoSansTelugu": "NotoSansTelugu-Regular.ttf",
    "NotoSansKannada": "NotoSansKannada-Regular.ttf",
    "NotoSansMalayalam": "NotoSansMalayalam-Regular.ttf",
    "NotoSansSinhala": "NotoSansSinhala-Regular.ttf",
    "NotoSansThai": "NotoSansThai-Regular.ttf",
    "NotoSansLao": "NotoSansLao-Regular.ttf",
    "NotoSansKhmer": "NotoSansKhmer-Regular.ttf",
    "NotoSansMyanmar": "NotoSansMyanmar-Regular.ttf",
    "NotoSansEthiopic": "NotoSansEthiopic-Regular.ttf",
    "NotoSansSyriac": "NotoSansSyriac-Regular.ttf",
    "NotoSansThaana": "NotoSansThaana-Regular.ttf",
    "NotoSansCherokee": "NotoSansCherokee-Regular.ttf",
    "NotoSansTifinagh": "NotoSansTifinagh-Regular.ttf",
    "NotoSansCanadianAboriginal": "NotoSansCanadianAboriginal-Regular.ttf",
}
RIGHT_TO_LEFT_FACES = frozenset({"NotoSansArabic", "NotoSansHebrew", "NotoSansSyriac", "NotoSansThaana"})
_FALLBACKS = {CJK: "DroidSansFallback.ttf", **SHAPED_FACES, EMOJI: "NotoEmoji-Regular.ttf"}
# Emoji are shaped too: a family (👨‍👩‍👧), a flag (🇩🇪) or a skin tone (👍🏽) is one glyph made from several codes.
_SHAPED = frozenset(SHAPED_FACES) | {EMOJI}
# DejaVu has Hebrew, Arabic and some Lao letters and emoji, but draws Arabic poorly joined, lacks much of
# Persian, Urdu and Lao and has a few emoji in another style: these blocks go to their Noto face first.
_PREFERRED = (
    (0x0590, 0x05FF, "NotoSansHebrew"), (0xFB1D, 0xFB4F, "NotoSansHebrew"),
    (0x0600, 0x06FF, "NotoSansArabic"), (0x0750, 0x077F, "NotoSansArabic"), (0x0870, 0x08FF, "NotoSansArabic"),
    (0xFB50, 0xFDFF, "NotoSansArabic"), (0xFE70, 0xFEFF, "NotoSansArabic"),
    (0x0E80, 0x0EFF, "NotoSansLao"), (0x1F300, 0x1FAFF, EMOJI),
)
_ATTACHED = frozenset({"Mn", "Mc", "Me", "Cf"})  # marks and joiners stay in their base letter's run
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
# Set while a story is built for Word or PowerPoint: they draw every script themselves (with the reader's
# fonts, shaping and bidi), so text keeps every character instead of the PDF's stand-in.
_whole_text: contextvars.ContextVar[bool] = contextvars.ContextVar("whole_text", default=False)


@contextlib.contextmanager
def whole_text():
    token = _whole_text.set(True)
    try:
        yield
    finally:
        _whole_text.reset(token)


def whole_text_kept() -> bool:
    """True while a story is built for Word or PowerPoint (inside whole_text())."""
    return _whole_text.get()


_glyphs: frozenset[int] | None = None
_fallback_glyphs: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the family with reportlab (idempotent, thread-safe: exports run on a worker thread). The faces
    for other scripts are registered when a text first needs one (most reports need none)."""
    global _glyphs
    if _glyphs is not None:
        return
    with _lock:
        if _glyphs is not None:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        from . import pdf_fixes, rl_speedups

        pdf_fixes.install()
        rl_speedups.install()
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(pdf_fixes.unshaped_font(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
            addMapping(FAMILY, bold, italic, name)
        # The bold and oblique faces cover the same scripts as the regular one, so one glyph set decides.
        _glyphs = frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def _face_glyphs(name: str) -> frozenset[int]:
    """The characters fallback face *name* draws, registering it with reportlab on first use."""
    found = _fallback_glyphs.get(name)
    if found is not None:
        return found
    with _lock:
        found = _fallback_glyphs.get(name)
        if found is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / _FALLBACKS[name]),
                                           shapable=name in _SHAPED))
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
                addMapping(name, bold, italic, name)
            found = _fallback_glyphs[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
    return found


def _preferred(code: int) -> str | None:
    for first, last, name in _PREFERRED:
        if first <= code <= last:
            return name if code in _face_glyphs(name) else None
    return None


def font_for(char: str) -> str | None:
    """The face that draws *char*: the script's own face where DejaVu draws it poorly, else the family's own,
    else the first fallback holding it, else None."""
    register_fonts()
    return _font_for(char)


@functools.lru_cache(maxsize=8192)
def _font_for(char: str) -> str | None:
    if unicodedata.category(char) == "Cc":  # control codes have no glyph to draw
        return None
    code = ord(char)
    preferred = _preferred(code)
    if preferred:
        return preferred
    if code in (_glyphs or frozenset()):
        return REGULAR
    for name in _FALLBACKS:
        if code in _face_glyphs(name):
            return name
    return None


def covers(char: str) -> bool:
    """Whether the PDF's fonts hold a glyph for *char*."""
    return font_for(char) is not None


_ASCII_CONTROLS = {code: " " for code in (*range(0, 32), 0x7F) if chr(code) not in "\n\t"}


@functools.cache
def _ascii_in_regular() -> bool:
    """Whether the family's own face draws every printable ASCII character (then ASCII text needs no per-character
    look-up: most of a report is ASCII, and the look-up was a good part of its build time)."""
    register_fonts()
    return all(font_for(chr(code)) == REGULAR for code in range(32, 127))


# Characters the family's own face draws as they are, left to right and unshaped (plus line breaks and tabs):
# a text made only of these is one run in the family's face, drawable as typed and needs no layout. Learnt a
# character at a time, so that the per-character look-up runs once per character a process meets, not once
# per character of every text (most of a report is Latin: "—", "·", "…", "ä" are not ASCII but are plain).
_plain_chars: set[str] = set("\n\t")


def plain(text: str) -> bool:
    """Whether every character of *text* is drawn by the family's own face, left to right, unshaped."""
    if _plain_chars.issuperset(text):
        return True
    register_fonts()
    for char in set(text).difference(_plain_chars):
        if _font_for(char) != REGULAR or unicodedata.bidirectional(char) in ("R", "AL"):
            return False
        _plain_chars.add(char)  # a set's add is atomic under the GIL: safe beside a report on another thread
    return True


def runs(text: str) -> list[tuple[str | None, str]]:
    """*text* cut into runs by the face that draws them (None: the family's own). Spaces join the run before
    them (a right-to-left phrase stays one run), except after emoji and CJK; a mark or joiner stays with the
    letter before it when that face has it (a conjunct or an Arabic word must reach the shaper whole)."""
    if text.isascii() and _ascii_in_regular():
        return [(None, text)] if text else []  # control codes have no face either: None, as below
    if plain(text):
        return [(None, text)] if text else []
    return _runs_per_character(text)


def _runs_per_character(text: str) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    for char in text:
        face = font_for(char)
        face = None if face == REGULAR or char.isspace() or face is None else face
        if out and unicodedata.category(char) in _ATTACHED and out[-1][0] is not None \
                and ord(char) in _face_glyphs(out[-1][0]):
            face = out[-1][0]
        if char.isspace() and out and out[-1][0] in (EMOJI, CJK):
            face = None  # an emoji face's space is as wide as an emoji: spaces there are the family's own
        elif char.isspace():
            face = out[-1][0] if out else None
        if out and out[-1][0] == face:
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((face, char))
    return out


def needs_layout(text: str) -> bool:
    """Whether *text* holds letters that must be shaped or laid out right to left."""
    if plain(text):
        return False
    from .bidi import has_right_to_left

    return has_right_to_left(text) or any(face in _SHAPED for face, _ in runs(text))


@dataclass(frozen=True)
class Piece:
    """A run of one line as drawn: its face, what the canvas is given (shaped glyphs, in visual order), the
    logical text it stands for, its direction and its width in points."""

    face: str
    drawn: str
    logical: str
    right_to_left: bool
    width: float


def _shaped(text: str, face: str, size: float):
    """*text* shaped by HarfBuzz in *face* (glyphs in visual order, right-to-left runs included), or None
    where HarfBuzz is not installed."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return None
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    from .pdf_fixes import record_clusters

    shaped = shapeStr(text, face, size, force=True)
    if not isinstance(shaped, ShapedStr):
        return None
    record_clusters(face, text, shaped)
    return shaped


def _reorder(pieces: list[tuple[int, object]]) -> list:
    """Rule L2 of UAX #9 over runs: from the highest level down to the lowest odd one, reverse every
    sequence of runs at that level or higher."""
    if not pieces:
        return []
    levels = [level for level, _ in pieces]
    odd = [level for level in levels if level % 2]
    if not odd:
        return [item for _, item in pieces]
    order = list(range(len(pieces)))
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [pieces[k][1] for k in order]


def pieces(text: str, font: str, size: float, base: str = "LTR") -> list[Piece]:
    """One line of *text* as runs in visual order, each shaped where its script needs it; *base* is the line's
    direction (a line the report composes is left to right; a field on its own takes its first letter's)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from . import bidi

    logical = runs(text)
    if bidi.has_right_to_left(text):
        levels = bidi.levels(text, base)
        split: list[tuple[int, tuple[str, str]]] = []
        at = 0
        for face, part in logical:
            for level, group in groupby(zip(part, levels[at:at + len(part)]), key=lambda pair: pair[1]):
                split.append((level, (face or font, "".join(c for c, _ in group))))
            at += len(part)
        ordered = _with_levels(split)
    else:  # every character at level 0: each run is one piece, in logical order
        ordered = [(0, (face or font, part)) for face, part in logical]
    out = []
    for level, (face, part) in ordered:
        rtl = bool(level % 2)
        drawn = _shaped(part, face, size) if face in _SHAPED else None
        if drawn is not None:
            width = sum(d.x_advance for d in drawn.__shapeData__) * size / 1000
        else:
            drawn = bidi.log2vis(part, "RTL") if rtl else part
            width = stringWidth(drawn, face, size)
        out.append(Piece(face, drawn, part, rtl, width))
    return out


def _with_levels(split: list[tuple[int, tuple[str, str]]]) -> list[tuple[int, tuple[str, str]]]:
    return _reorder([(level, (level, item)) for level, item in split])


def string_width(text: str, font: str, size: float) -> float:
    """Width of *text* set in *font*, with fallback faces where they draw and shaped where they must be."""
    return sum(p.width for p in pieces(text, font, size))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "start",
              base: str = "LTR") -> None:
    """canvas.drawString with fallback faces per run, shaped and in visual order; *anchor* start or end. A soft
    hyphen is a place a word may break: on a line drawn whole it is not drawn."""
    drawn = pieces(text.replace("\xad", ""), font, size, base)
    if anchor == "end":
        x -= sum(p.width for p in drawn)
    for piece in drawn:
        canvas.setFont(piece.face, size)
        canvas.drawString(x, y, piece.drawn)
        x += piece.width
    canvas.setFont(font, size)


def drawable(text: str) -> str:
    """Replace what no bundled face can draw with U+FFFD (visibly, and glyphs.py names the field), control codes
    with a space; invisible marks no face holds are dropped."""
    if _whole_text.get():
        return "".join(" " if unicodedata.category(c) == "Cc" and c not in "\n\t" else c for c in text)
    if text.isascii() and _ascii_in_regular():
        return text.translate(_ASCII_CONTROLS)  # as below: every printable character drawn, controls a space
    if plain(text):
        return text
    register_fonts()
    out = []
    for char in text:
        if char in "\n\t":
            out.append(char)
        elif not covers(char):
            category = unicodedata.category(char)
            if category in ("Cf", "Mn", "Me"):
                continue  # direction marks, joiners, variation selectors: invisible, safe to drop
            if category == "Cc":
                out.append(" ")
            else:
                out.append(REPLACEMENT)
        else:
            out.append(char)
    return "".join(out)
