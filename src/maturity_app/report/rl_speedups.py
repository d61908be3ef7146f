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
- Fragments are cloned ~13,000 times a build (ABag.clone: each word's style in line breaking, each paragraph's
  own fragments). ABag.clone called the class with the attributes as keyword arguments, which ABag.__init__
  puts back into a dictionary; for a class that keeps ABag's __init__ the clone is made directly.
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
    from reportlab.lib.abag import ABag

    ABag.clone = _clone(ABag.clone, ABag.__init__)
    _installed = True


def _clone(clone, bag_init):
    def fast_clone(self, **attr):
        cls = self.__class__
        if cls.__init__ is not bag_init:  # a class with an __init__ of its own is made as ABag.clone makes it
            return clone(self, **attr)
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)  # what ABag.__init__(**attributes) does
        if attr:
            new.__dict__.update(attr)
        return new

    fast_clone.__wrapped__ = clone
    return fast_clone


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
    for key in _SAME:  # as comparing the two lists: item by item, identity first, up to the first difference
        a = fdict.get(key)
        b = gdict.get(key)
        if a is not b and not a == b:
            return 0
    return 1


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
