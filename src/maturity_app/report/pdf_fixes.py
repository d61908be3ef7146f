"""Corrections to reportlab's PDF output, applied once before the first font is registered.

reportlab writes each embedded font's ToUnicode map (what a PDF reader copies, searches and reads aloud) with
one four-digit hex code per glyph, so a character beyond U+FFFF (an emoji, a rare Han ideograph) came out as
five digits that readers parse as a different character. The PDF format asks for UTF-16 there: a surrogate pair.

reportlab shapes a paragraph only when its style's face can be shaped, and then shapes every word of it, in
whatever face, with discretionary ligatures on: a Latin "st" inside a paragraph that also holds Arabic would
print as the ligature "ﬆ". The report's own faces (DejaVu) therefore take part in a shaped paragraph without
being shaped themselves.

A word that spans faces ("דוד&nbsp;·&nbsp;Last": a no-break space does not end a word) is shaped by reportlab in
its first face only, so its other letters print as empty boxes. Paragraphs shape such a word face by face.
"""

from __future__ import annotations

_installed = False


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's makeToUnicodeCMap, with UTF-16 destination codes."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def unshaped_font(name: str, path: str):
    """A TTFont that a shaped paragraph may use as its style's face, whose own words HarfBuzz leaves alone."""
    from reportlab.pdfbase.ttfonts import TTFont

    class UnshapedTTFont(TTFont):
        def hbFont(self, fontSize=10):  # noqa: N802, N803 (reportlab's names)
            # reportlab's shaper treats a face without a HarfBuzz font as one to leave as it is.
            raise AttributeError("the report's own faces are not shaped")

    return UnshapedTTFont(name, path)


def _per_face(shape_frag_word):
    from itertools import groupby

    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

    def face(part) -> object:
        frag = part[0]
        return id(frag) if hasattr(frag, "cbDefn") else frag.fontName

    def shape(word, *args, **kwargs):
        if isinstance(word, ShapedFragWord) or len({face(part) for part in word[1:]}) <= 1:
            return shape_frag_word(word, *args, **kwargs)
        parts, width, changed = [], 0.0, False
        for _, group in groupby(word[1:], key=face):
            group = list(group)
            if hasattr(group[0][0], "cbDefn"):
                parts += group
                width += sum(getattr(f, "width", 0) for f, _ in group)
                continue
            measured = sum(stringWidth(text, f.fontName, f.fontSize) for f, text in group)
            alone = [measured, *group]
            shaped = shape_frag_word(alone, *args, **kwargs)
            changed = changed or shaped is not alone
            parts += list(shaped[1:])
            width += shaped[0]
        if not changed:
            return word
        return makeShapedFragWord(word)([width, *parts])

    return shape


def install() -> None:
    global _installed
    if _installed:
        return
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import paragraph

    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    paragraph.shapeFragWord = _per_face(paragraph.shapeFragWord)
    _installed = True
