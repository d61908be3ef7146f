"""ASCII text skips the per-character face look-up in the report: the result must be exactly what the look-up
gives (runs of the family's own face, control codes drawn as spaces)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from maturity_app.report import fonts

ASCII = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=60)


def _runs_by_lookup(text: str) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    for char in text:
        face = fonts.font_for(char)
        face = None if face == fonts.REGULAR or char.isspace() or face is None else face
        if out and (out[-1][0] == face or char.isspace()):
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((face, char))
    return out


def _drawable_by_lookup(text: str) -> str:
    out = []
    for char in text:
        if char in "\n\t":
            out.append(char)
        elif not fonts.covers(char):
            category = unicodedata.category(char)
            if category not in ("Cf", "Mn", "Me"):
                out.append(" " if category == "Cc" else fonts.REPLACEMENT)
        else:
            out.append(char)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(ASCII)
def test_ascii_text_gets_the_same_runs_and_replacements_as_the_per_character_lookup(text):
    fonts.register_fonts()
    assert fonts.runs(text) == _runs_by_lookup(text)
    assert fonts.drawable(text) == _drawable_by_lookup(text)


def test_text_beyond_ascii_still_takes_the_lookup():
    fonts.register_fonts()
    mixed = "Büro 東京 \x07 ok"
    assert fonts.runs(mixed) == _runs_by_lookup(mixed)
    assert fonts.drawable(mixed) == _drawable_by_lookup(mixed)
