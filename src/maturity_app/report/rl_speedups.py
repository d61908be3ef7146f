"""Faster ways to the results reportlab itself computes, for two of its steps a report repeats thousands of times.

- Every run of text drawn with an embedded font is mapped, character by character in a Python loop, to the codes
  of the font's subsets (TTFont.splitString). Once each character of a text has its code (the first time the
  document draws it), the mapping is a look-up: done in one pass over the text, with reportlab's own loop
  for any text holding a character not yet given a code.
- A colour written in paragraph markup (<font color="#D55E00">) is tried as a Python literal, then as an
  extended literal, before reportlab reads it as the hex colour it is: about 0.1 ms each. The report's own
  colours are registered under their hex names, as the same colours reportlab reads them as.
- Line breaking asks, for every word of a paragraph with more than one style, whether the word's style is the
  one before it (sameFrag). rl_accel's C version of that comparison costs about 3 us a call (it looks each
  attribute up as an object attribute, raising and clearing an AttributeError for every one a fragment lacks);
  reportlab's own Python definition of the same comparison, reading the fragments' dictionaries, costs under
  1 us. The report's 9,000 calls a build take the Python one.
- Parsing markup copies the current fragment for every run of text and every tag (copy.copy, ~3,300 a build),
  which for a class without __copy__ goes through __reduce_ex__ and copyreg. ParaFrag gets the __copy__ that
  does what that route does for it: a new instance of its class with the same attribute dictionary.
"""

from __future__ import annotations

from itertools import groupby

_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    from reportlab.pdfbase.ttfonts import TTFont

    from reportlab.platypus import paragraph

    from reportlab.platypus.paraparser import ParaFrag

    TTFont.splitString = _fast_split(TTFont.splitString)
    paragraph.sameFrag = same_frag
    if "__copy__" not in ParaFrag.__dict__:
        ParaFrag.__copy__ = _copy_frag
    _installed = True


def _copy_frag(frag):
    """copy.copy(frag) as copyreg's reconstruction makes it: cls.__new__(cls), then the instance dictionary."""
    new = frag.__class__.__new__(frag.__class__)
    new.__dict__.update(frag.__dict__)
    return new


_SAME = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def same_frag(f, g) -> int:
    """reportlab's definition of two fragments drawn in one style (rl_accel._py_sameFrag): neither is a callback
    or a line break, and the eight drawing attributes are equal (absent counts as None)."""
    fdict = f.__dict__
    gdict = g.__dict__
    if "cbDefn" in fdict or "lineBreak" in fdict or "cbDefn" in gdict or "lineBreak" in gdict:
        return 0
    fg = fdict.get
    gg = gdict.get
    return int([fg(k) for k in _SAME] == [gg(k) for k in _SAME])


def _subset(code: int) -> int:
    return code >> 8


def _fast_split(split_string):
    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        if state is None or not isinstance(text, str):
            return split_string(self, text, doc, encoding)
        if "\xa0" in text:
            text_ = text.replace("\xa0", " ")  # reportlab draws a no-break space as a space
        else:
            text_ = text
        try:
            codes = list(map(state.assignments.__getitem__, map(ord, text_)))
        except KeyError:  # a character this document has not drawn yet (or none of the font's)
            return split_string(self, text, doc, encoding)
        if not codes:
            return []
        if max(codes) < 256:
            return [(0, bytes(codes))]
        return [(subset, bytes(code & 0xFF for code in group)) for subset, group in groupby(codes, key=_subset)]

    splitString.__wrapped__ = split_string
    return splitString


def name_colours(colours) -> None:
    """Let markup name each of *colours* ("#RRGGBB") without reportlab's literal-evaluation detour."""
    from reportlab.lib.colors import HexColor, toColor

    for colour in colours:
        toColor.extraColorsNS.setdefault(colour, HexColor(colour))
