"""Corrections to reportlab's PDF output, applied once before the first font is registered.

reportlab writes each embedded font's ToUnicode map (what a PDF reader copies, searches and reads aloud) with
one four-digit hex code per glyph, so a character beyond U+FFFF (an emoji, a rare Han ideograph) came out as
five digits that readers parse as a different character. The PDF format asks for UTF-16 there: a surrogate pair.

reportlab shapes a paragraph only when its style's face can be shaped, and then shapes every word of it, in
whatever face, with discretionary ligatures on: a Latin "st" inside a paragraph that also holds Arabic would
print as the ligature "ﬆ". The report's own faces (DejaVu) therefore take part in a shaped paragraph without
being shaped themselves.

A shaped run whose first glyph sits above or below the baseline (a Myanmar or Thai mark HarfBuzz positions)
made reportlab look at the previous text operator of a line that has none yet, and fail.

A shaped glyph with no character of its own (an Indic conjunct, an Arabic or Syriac ligature, a flag) is drawn
from a private-use code, which the ToUnicode map then hands to readers as is: copying or searching the PDF lost those
letters. The letters each such glyph was shaped from are recorded and written into the map instead.

A word hyphenated (or cut at a "/" of a URL) in a hyphenated language kept its whole rest on the next line,
never split again however long: a 200-character URL ran out of its table cell and off the page in German while
it broke in English. The rest of such a word is now a word like any other, hyphenated or split again as needed.

A word that spans faces ("דוד&nbsp;·&nbsp;Last": a no-break space does not end a word) is shaped by reportlab in
its first face only, so its other letters print as empty boxes. Paragraphs shape such a word face by face.
"""

from __future__ import annotations

_installed = False
_PRIVATE_RANGES = (range(0xE000, 0xF900), range(0xF0000, 0x110000))  # BMP and supplementary private use
_cluster_text: dict[str, dict[int, str]] = {}  # face's PostScript name -> private code -> the letters it draws


def _private(char: str) -> bool:
    """A private-use code: one reportlab gave a shaped glyph, or one a font maps a glyph to (Noto Emoji's flags)."""
    return any(ord(char) in block for block in _PRIVATE_RANGES)


def _cluster_ends(data, text: str) -> dict[int, int]:
    """Where each of HarfBuzz's clusters in *text* starts -> where it ends (the next cluster's start)."""
    starts = sorted({d.cluster for d in data if 0 <= d.cluster < len(text)})
    return {start: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, start in enumerate(starts)}


def record_clusters(font_name: str, text: str, shaped) -> None:
    """Remember, for each private-use glyph in *shaped* (HarfBuzz's output for *text* in *font_name*), the
    letters of its cluster that no other glyph of the cluster stands for."""
    data = getattr(shaped, "__shapeData__", None)
    if not data or not any(_private(c) for c in shaped):
        return
    from reportlab.pdfbase.pdfmetrics import getFont

    ends = _cluster_ends(data, text)
    glyphs: dict[int, list[str]] = {}
    for char, d in zip(shaped, data):
        if d.cluster in ends:
            glyphs.setdefault(d.cluster, []).append(char)
    face = getFont(font_name).face.name
    face = face.decode("latin-1") if isinstance(face, bytes) else str(face)
    known = _cluster_text.setdefault(face, {})
    for start, drawn in glyphs.items():
        letters = list(text[start:ends[start]])
        for char in drawn:  # the cluster's glyphs that are characters stand for themselves
            if not _private(char) and char in letters:
                letters.remove(char)
        private = [c for c in drawn if _private(c)]
        if private and letters:
            known.setdefault(ord(private[0]), "".join(letters))


def _utf16_text(text: str) -> str:
    return "".join(_utf16_hex(ord(c)) for c in text)


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's makeToUnicodeCMap, with UTF-16 destination codes and each shaped glyph's letters."""
    letters = _cluster_text.get(fontname.split("+", 1)[-1], {})
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
        *(f"<{i:02X}> <{_utf16_text(letters[code]) if code in letters else _utf16_hex(code)}>"
          for i, code in enumerate(subset)),
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


def _recorded(shape_frag_word, word, *args, **kwargs):
    # force: reportlab takes a word for unchanged when its first glyphs are its first letters, so a ligature
    # that ends a word (👍 + 🏽 -> one glyph) was dropped and both codes drawn apart.
    kwargs["force"] = True
    shaped = shape_frag_word(word, *args, **kwargs)
    if shaped is not word:
        text = "".join(t for f, t in word[1:] if not hasattr(f, "cbDefn"))
        for i, (frag, part) in enumerate(shaped[1:], start=1):
            if not hasattr(frag, "cbDefn"):
                part = _substitutes_drawn_privately(frag.fontName, text, part)
                shaped[i] = (frag, part)
                record_clusters(frag.fontName, text, part)
    return shaped


def _substitutes_drawn_privately(font_name: str, text: str, part):
    """A glyph HarfBuzz put in place of other letters that has a character of its own (Hebrew vav + vav -> the
    double-vav ligature U+05F0) would copy out of the PDF as that character, not as the letters typed: it is drawn
    from a private code instead, whose ToUnicode entry record_clusters fills with the cluster's letters."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import ShapedStr

    data = getattr(part, "__shapeData__", None)
    if not data:
        return part
    font = getFont(font_name)
    add_private = getattr(font, "hbAddPrivate", None)
    if add_private is None:
        return part
    ends = _cluster_ends(data, text)
    chars = list(part)
    for i, (char, d) in enumerate(zip(part, data)):
        if _private(char) or d.cluster not in ends or char in text[d.cluster:ends[d.cluster]]:
            continue
        glyph = font.face.charToGlyph.get(ord(char))
        if glyph is not None:
            chars[i] = chr(add_private(f"maturity.cluster.{glyph}", glyph, font.face.charWidths.get(ord(char), 0)))
    drawn = "".join(chars)
    return part if drawn == part else ShapedStr(drawn, shapeData=data)


def _per_face(shape_frag_word):
    from itertools import groupby

    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

    def face(part) -> object:
        frag = part[0]
        return id(frag) if hasattr(frag, "cbDefn") else frag.fontName

    def shape(word, *args, **kwargs):
        if isinstance(word, ShapedFragWord):
            return word
        if len({face(part) for part in word[1:]}) <= 1:
            return _recorded(shape_frag_word, word, *args, **kwargs)
        parts, width, changed = [], 0.0, False
        for _, group in groupby(word[1:], key=face):
            group = list(group)
            if hasattr(group[0][0], "cbDefn"):
                parts += group
                width += sum(getattr(f, "width", 0) for f, _ in group)
                continue
            measured = sum(stringWidth(text, f.fontName, f.fontSize) for f, text in group)
            alone = [measured, *group]
            shaped = _recorded(shape_frag_word, alone, *args, **kwargs)
            changed = changed or shaped is not alone
            parts += list(shaped[1:])
            width += shaped[0]
        if not changed:
            return word
        return makeShapedFragWord(word)([width, *parts])

    return shape


def _guarded_rise(set_rise):
    def setRise(self, rise):  # noqa: N802 (reportlab's name)
        if not self._code:
            self._code.append("")  # nothing to merge a rise with: setRise then just adds its own operator
        return set_rise(self, rise)

    return setRise


def _rest_breaks_again(hyphenate_word, hyphenate_frag_word):
    """reportlab's hyphenators, whose rest of a word too wide for a line may be broken again (see above)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus.paragraph import _HSFrag

    def word(hyphenator, font_name, font_size, w, ww, new_width, max_width, *args, **kwargs):
        parts = hyphenate_word(hyphenator, font_name, font_size, w, ww, new_width, max_width, *args, **kwargs)
        if parts and type(parts[-1]).__name__ == "_SplitWordEnd" \
                and stringWidth(parts[-1], font_name, font_size) > max_width:
            parts[-1] = str(parts[-1])
        return parts

    def frag_word(hyphenator, fw, new_width, max_width, *args, **kwargs):
        parts = hyphenate_frag_word(hyphenator, fw, new_width, max_width, *args, **kwargs)
        if parts and parts[-1][0] > max_width:
            parts[-1] = (_HSFrag if isinstance(fw, _HSFrag) else list)(parts[-1])
        return parts

    return word, frag_word


def install() -> None:
    global _installed
    if _installed:
        return
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen.textobject import PDFTextObject
    from reportlab.platypus import paragraph

    PDFTextObject.setRise = _guarded_rise(PDFTextObject.setRise)
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    paragraph.shapeFragWord = _per_face(paragraph.shapeFragWord)
    paragraph._hyphenateWord, paragraph._hyphenateFragWord = _rest_breaks_again(
        paragraph._hyphenateWord, paragraph._hyphenateFragWord)
    _installed = True
