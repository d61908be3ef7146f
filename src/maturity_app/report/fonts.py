"""The embedded DejaVu Sans font family, registered once per process, and text cleaned to what it can draw."""

from __future__ import annotations

import contextlib
import contextvars
import threading
import unicodedata

from ..paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
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
        # The bold and oblique faces cover the same scripts as the regular one, so one glyph set decides.
        _glyphs = frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def covers(char: str) -> bool:
    """Whether the PDF's fonts hold a glyph for *char* (reportlab cannot use one beyond U+FFFF)."""
    register_fonts()
    return ord(char) <= 0xFFFF and ord(char) in (_glyphs or frozenset())


def drawable(text: str) -> str:
    """Replace what the font cannot draw (emoji, astral-plane symbols, control codes) with U+FFFD.

    reportlab maps characters beyond U+FFFF onto wrong glyphs and the font has no colour emoji, so such
    characters are replaced visibly rather than silently mangled.
    """
    if _whole_text.get():
        return "".join(" " if unicodedata.category(c) == "Cc" and c not in "\n\t" else c for c in text)
    register_fonts()
    glyphs = _glyphs or frozenset()
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t":
            out.append(char)
        elif code > 0xFFFF or code not in glyphs:
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
