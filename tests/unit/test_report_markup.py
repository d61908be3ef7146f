"""The report's own reading of paragraph markup hands reportlab's ParaParser the same calls its HTML tokenizer
would: the fragments (text, font, size, colour, links, line breaks) are the same, and what it does not read
regularly is left to reportlab."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from maturity_app.report import markup
from maturity_app.report.fonts import BOLD, REGULAR, register_fonts

TODAY = dt.date(2026, 6, 1)


def _style():
    register_fonts()
    return ParagraphStyle("t", fontName=REGULAR, fontSize=9, leading=12, bulletFontName=REGULAR)


def _plain(value):
    """Fragments as plain data (reportlab's attribute bags compare by identity)."""
    from reportlab.lib.abag import ABag

    if isinstance(value, ABag):
        return {key: _plain(item) for key, item in value.__dict__.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _frags(result):
    style, frags, bullets = result
    return _plain(frags), _plain(bullets), style.__dict__ if style is not None else None


def _both(text: str):
    style = _style()
    text = cleanBlockQuotedText(text)
    expected = ParaParser().parse(text, style)
    ours = markup.parse(ParaParser(), text, style)
    return expected, ours


WORDS = st.text(alphabet=st.sampled_from(list("Az 09.,;:—·…äß'\"\n\t=/") + ["é", "王", "ד"]), min_size=1, max_size=12)
ENTITIES = st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&#x41;", "&#8212;", "&bogus;"])
OPEN = st.sampled_from(["<b>", "<i>", '<font color="#D55E00">', "<font color='#5F6B7A' size='7.5'>",
                        f'<font face="{BOLD}">', '<font size="7.2" color="#5F6B7A">', '<a href="#summary">',
                        "<B>", '<font COLOR="#0072B2">', "<font color=\"red\">", "<u>", "<strike>", "<super>"])


@st.composite
def markups(draw):
    out, stack = [], []
    for _ in range(draw(st.integers(0, 8))):
        choice = draw(st.integers(0, 5))
        if choice == 0:
            out.append(draw(WORDS).replace("<", "").replace("&", ""))
        elif choice == 1:
            out.append(draw(ENTITIES))
        elif choice == 2:
            tag = draw(OPEN)
            out.append(tag)
            stack.append(tag[1:].split(">")[0].split()[0].lower())
        elif choice == 3 and stack:
            out.append(f"</{stack.pop()}>")
        elif choice == 4:
            out.append(draw(st.sampled_from(["<br/>", "<br />", "<BR/>"])))
        else:
            out.append(draw(st.sampled_from([" ", "  ", "\n", "x"])))
    out += [f"</{tag}>" for tag in reversed(stack)]
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(markups())
def test_regular_markup_gives_the_fragments_reportlab_makes(text):
    expected, ours = _both(text)
    assert ours is not None
    assert _frags(ours) == _frags(expected)


@pytest.mark.parametrize("text", [
    "<para>own para</para>", "a < b", "a & b", "<!-- c -->x", "<font color=red>x</font>", "&amp", "&#;",
    "<script>x</script>", '<font color="a&amp;b">x</font>', "<b>x", "x</b>", "<b >x</b >",
])
def test_what_is_not_read_regularly_is_left_to_reportlab(text):
    expected, ours = None, None
    try:
        expected, ours = _both(text)
    except Exception:  # noqa: BLE001 (reportlab itself rejects some of these)
        return
    assert ours is None or _frags(ours) == _frags(expected)


def test_every_paragraph_of_a_report_is_read_as_reportlab_reads_it(mini_pack, tmp_path, monkeypatch):
    """Parsed or made from the template of a skeleton parsed before in the build, every paragraph of English
    and German reports gets the fragments reportlab's own parser makes."""
    from reportlab.platypus.paragraph import textTransformFrags

    from maturity_app.report import memo
    from maturity_app.report.builder import ReportOptions, build_report
    from maturity_app.report.samples import sample_score

    read, templated = [], []
    original, from_template = memo._read_quickly, markup.from_template

    def checked(paragraph, text, style, bullet, cleaner, memory=None):
        quick = original(paragraph, text, style, bullet, cleaner, memory)
        if quick:
            expected_style, expected, _bullets = ParaParser().parse(cleaner(text), style)
            textTransformFrags(expected, expected_style)
            read.append(_plain(paragraph.frags) == _plain(expected) and paragraph.style is expected_style)
        return quick

    monkeypatch.setattr(memo, "_read_quickly", checked)
    monkeypatch.setattr(markup, "from_template", lambda *a: templated.append(1) or from_template(*a))
    score, info = sample_score(mini_pack, TODAY)
    for language in ("en", "de"):
        build_report(score, info, tmp_path / f"{language}.pdf", ReportOptions(language=language), report_date=TODAY)
    assert len(read) > 100 and all(read)
    assert len(templated) > 50


def _other_text(draw, found) -> str:
    """The markup of *found* with every run of text replaced by another (the same skeleton)."""
    out = []
    for match in found:
        if match.lastgroup == "data":
            out.append(draw(WORDS.map(lambda w: w.replace("<", "").replace("&", "")).filter(bool)))
        else:
            out.append(match.group(0))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(markups(), st.data())
def test_markup_of_a_known_skeleton_made_from_its_template_is_what_reportlab_parses(text, data):
    style = _style()
    text = cleanBlockQuotedText(text)
    found = markup.tokens(text)
    assert found is not None
    if markup.skeleton(found) is None:
        return
    made_by_data = []
    template = markup.template_of(markup.parse_tokens(ParaParser(), found, style, made_by_data), made_by_data)
    if not template:
        return
    other = _other_text(data.draw, found)
    other_found = markup.tokens(other)
    assert other_found is not None and markup.skeleton(other_found) == markup.skeleton(found)
    assert _frags(markup.from_template(template, other_found)) == _frags(ParaParser().parse(other, style))
