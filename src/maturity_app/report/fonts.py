"""The embedded DejaVu Sans font family, registered once per process, and text cleaned to what it can draw."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import threading
import unicodedata

from ..paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
# Chinese, Japanese and Korean (Han, kana, Hangul) for what DejaVu lacks: no shaping needed, one face for all
# weights (reportlab subsets it on embedding, so a report carries only the characters it uses).
CJK = "DroidSansFallback"
_FALLBACKS = {CJK: "DroidSansFallback.ttf"}
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
_glyphs: frozenset[int] | None = None
_fallback_glyphs: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the family with reportlab (idempotent, thread-safe: exports run on a worker thread)."""
    global _glyphs
    if _glyphs is not None:
        return
    with _lock:
        if _glyphs is not None:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
            addMapping(FAMILY, bold, italic, name)
        for name, filename in _FALLBACKS.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
                addMapping(name, bold, italic, name)
            _fallback_glyphs[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
        # The bold and oblique faces cover the same scripts as the regular one, so one glyph set decides.
        _glyphs = frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def font_for(char: str) -> str | None:
    """The face that draws *char*: the family's own, else the first fallback holding it, else None."""
    register_fonts()
    code = ord(char)
    if code > 0xFFFF or unicodedata.category(char) == "Cc":  # control codes have no glyph to draw
        return None
    if code in (_glyphs or frozenset()):
        return REGULAR
    for name, glyphs in _fallback_glyphs.items():
        if code in glyphs:
            return name
    return None


def covers(char: str) -> bool:
    """Whether the PDF's fonts hold a glyph for *char* (reportlab cannot use one beyond U+FFFF)."""
    return font_for(char) is not None


_ASCII_CONTROLS = {code: " " for code in (*range(0, 32), 0x7F) if chr(code) not in "\n\t"}


@functools.cache
def _ascii_in_regular() -> bool:
    """Whether the family's own face draws every printable ASCII character (then ASCII text needs no per-character
    look-up: most of a report is ASCII, and the look-up was a good part of its build time)."""
    register_fonts()
    return all(font_for(chr(code)) == REGULAR for code in range(32, 127))


def runs(text: str) -> list[tuple[str | None, str]]:
    """*text* cut into runs by the face that draws them (None: the family's own; spaces join either side)."""
    if text.isascii() and _ascii_in_regular():
        return [(None, text)] if text else []  # control codes have no face either: None, as below
    out: list[tuple[str | None, str]] = []
    for char in text:
        face = font_for(char)
        face = None if face == REGULAR or char.isspace() or face is None else face
        if out and (out[-1][0] == face or char.isspace()):
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((face, char))
    return out


def string_width(text: str, font: str, size: float) -> float:
    """Width of *text* set in *font*, with fallback faces where they draw."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(part, face or font, size) for face, part in runs(text))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "start") -> None:
    """canvas.drawString with fallback faces per run; *anchor* start or end."""
    if anchor == "end":
        x -= string_width(text, font, size)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for face, part in runs(text):
        canvas.setFont(face or font, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, face or font, size)
    canvas.setFont(font, size)


def drawable(text: str, fallbacks: bool = True) -> str:
    """Replace what the font cannot draw (emoji, astral-plane symbols, control codes) with U+FFFD.

    reportlab maps characters beyond U+FFFF onto wrong glyphs and the font has no colour emoji, so such
    characters are replaced visibly rather than silently mangled.
    """
    if _whole_text.get():
        return "".join(" " if unicodedata.category(c) == "Cc" and c not in "\n\t" else c for c in text)
    if text.isascii() and _ascii_in_regular():
        return text.translate(_ASCII_CONTROLS)  # as below: every printable character drawn, controls a space
    register_fonts()
    out = []
    for char in text:
        if char in "\n\t":
            out.append(char)
        elif not (covers(char) if fallbacks else font_for(char) == REGULAR):
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
