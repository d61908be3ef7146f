"""The report's shortcuts give what the long way gives: text the family's own face draws as it is (Latin with
accents, dashes and dots included) never takes the per-character face look-up, the shaper or the bidirectional
algorithm; and each distinct paragraph markup is parsed once per build, every paragraph still getting its own
fragments."""

from __future__ import annotations

import collections
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maturity_app.report import bidi, fonts
from maturity_app.report.builder import ReportCancelled, ReportOptions, build_report
from maturity_app.report.samples import sample_score

TODAY = dt.date(2026, 6, 1)
# Latin with what reports are full of, next to scripts that need a face of their own, shaping or right to left.
MIXED = st.text(alphabet=st.sampled_from(list("Az09 .,;—–·…äöüßÉçłŒ€\n\t\x07\u0301") + list("דנהمحمد王राजेशสม👍🏽\u200d")),
                max_size=40)


def _drawable_by_lookup(text: str) -> str:
    import unicodedata

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
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=60))
def test_ascii_text_gets_the_same_runs_and_replacements_as_the_per_character_lookup(text):
    fonts.register_fonts()
    assert fonts.runs(text) == fonts._runs_per_character(text)
    assert fonts.drawable(text) == _drawable_by_lookup(text)


def test_text_beyond_ascii_still_takes_the_lookup():
    fonts.register_fonts()
    mixed = "Büro 東京 \x07 ok"
    assert fonts.runs(mixed) == fonts._runs_per_character(mixed)
    assert fonts.drawable(mixed) == _drawable_by_lookup(mixed)


@settings(max_examples=400, deadline=None)
@given(MIXED)
def test_runs_drawable_text_and_layout_need_are_what_the_per_character_lookup_says(text):
    fonts.register_fonts()
    assert fonts.runs(text) == fonts._runs_per_character(text)
    assert fonts.drawable(text) == _drawable_by_lookup(text)
    faces = {face for face, _ in fonts._runs_per_character(text)}
    assert fonts.needs_layout(text) == (any(bidi.unicodedata.bidirectional(c) in ("R", "AL") for c in text)
                                        or bool(faces & fonts._SHAPED))
    assert bidi.has_right_to_left(text) == any(bidi.unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def test_latin_beyond_ascii_takes_no_per_character_lookup(monkeypatch):
    fonts.register_fonts()
    text = "Zoë Brontë — Größe · naïve … 12 €\tok\nnext"
    assert fonts.runs(text) == fonts._runs_per_character(text) == [(None, text)]
    calls = []
    monkeypatch.setattr(fonts, "_runs_per_character", lambda t: calls.append(t) or [])
    assert fonts.runs(text) == [(None, text)]
    assert fonts.drawable(text) == text
    assert not fonts.needs_layout(text)
    assert calls == []
    assert fonts.runs("Zoë דנה") == []  # a Hebrew name still takes the look-up (stubbed here)
    assert calls == ["Zoë דנה"]


def test_a_latin_report_is_neither_shaped_nor_reordered(mini_pack, tmp_path, monkeypatch):
    from reportlab.pdfbase import ttfonts

    from maturity_app.report import scripts

    entered = collections.Counter()

    def spy(module, name):
        original = getattr(module, name)

        def counted(*args, **kwargs):
            entered[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)

    spy(fonts, "_runs_per_character")
    spy(fonts, "_shaped")
    spy(bidi, "_resolved")
    spy(ttfonts, "shapeStr")
    spy(scripts, "shaped_style")
    score, info = sample_score(mini_pack, TODAY)
    for language in ("en", "de"):  # German: umlauts, ß and „quotes“ are Latin too
        build_report(score, info, tmp_path / f"{language}.pdf", ReportOptions(language=language), report_date=TODAY)
    assert (tmp_path / "de.pdf").stat().st_size > 0
    assert entered == {}


def test_each_distinct_paragraph_markup_is_parsed_once_per_build(mini_pack, tmp_path, monkeypatch):
    from reportlab.platypus.paraparser import ParaParser

    from maturity_app.report import memo

    parsed = collections.Counter()

    def counting(original):
        def parse(reader, text, style, *rest):
            parsed[(text, id(style))] += 1
            return original(reader, text, style, *rest)
        return parse

    monkeypatch.setattr(ParaParser, "parse", counting(ParaParser.parse))  # markup it does not read regularly
    monkeypatch.setattr(memo, "_read_quickly", counting(memo._read_quickly))  # read, or made from a skeleton's
    score, info = sample_score(mini_pack, TODAY)
    build_report(score, info, tmp_path / "r.pdf", ReportOptions(), report_date=TODAY)
    assert parsed and max(parsed.values()) == 1
    first = sum(parsed.values())
    build_report(score, info, tmp_path / "r.pdf", ReportOptions(), report_date=TODAY)
    assert sum(parsed.values()) == 2 * first  # what one build learnt is not kept for the next


def test_paragraphs_of_the_same_markup_get_fragments_of_their_own():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from maturity_app.report.memo import remembering

    style = getSampleStyleSheet()["BodyText"]
    markup = "<b>Evidence note.</b> <font color='#8A94A3'>None recorded.</font>"
    plain = Paragraph(markup, style)
    with remembering():
        first, second = Paragraph(markup, style), Paragraph(markup, style)
    assert [f.__dict__ for f in first.frags] == [f.__dict__ for f in second.frags] == [f.__dict__ for f in plain.frags]
    assert all(a is not b for a, b in zip(first.frags, second.frags))
    first.frags[0].text = "changed"
    assert second.frags[0].text == plain.frags[0].text == "Evidence note."
    assert first.wrap(60, 500) == second.wrap(60, 500) == plain.wrap(60, 500)


LATIN_NOTE = ("A long evidence note that recurs word for word: <b>bold</b> & plain, restore tested on 3 May; "
              "Größe · naïve … ")
SHAPED_NOTE = "ភាសាខ្មែរ محمد العلي: تم اختبار النسخ الاحتياطي (v2.1) דנה כהן ok राजेश कुमार "


def _long_notes_assessment(mini_pack, note=LATIN_NOTE):
    """A report where the same long evidence note (split across pages) and the same short cells recur."""
    from maturity_app.domain.assessment import Assessment
    from maturity_app.domain.scoring import score_assessment
    from maturity_app.report.samples import replicated_pack, sample_assessment

    pack = replicated_pack(mini_pack, 3, 6)
    assessment = sample_assessment(pack, TODAY)
    answers = {qid: a.with_changes(evidence_note=note * 60 if i % 2 else "Short note.", owner="Dana Cohen")
               for i, (qid, a) in enumerate(assessment.answers.items())}
    info = assessment.info._replace(organisation="Acme")
    return score_assessment(Assessment(info=info, pack=pack, answers=answers), TODAY), info


def test_what_a_build_remembers_is_never_changed_by_laying_out_drawing_or_splitting(mini_pack, tmp_path, monkeypatch):
    from maturity_app.report import memo

    kept = []
    original = memo._keep

    def watching(table, key, value):
        kept.append((value, repr(value)))
        return original(table, key, value)

    monkeypatch.setattr(memo, "_keep", watching)
    score, info = _long_notes_assessment(mini_pack)
    build_report(score, info, tmp_path / "r.pdf", ReportOptions(), report_date=TODAY)
    assert len(kept) > 50
    changed = [before for value, before in kept if repr(value) != before]
    assert changed == []


def _page_streams(path) -> list[bytes]:
    from pypdf import PdfReader

    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


def test_a_report_laid_out_with_what_it_remembers_is_the_one_worked_out_paragraph_by_paragraph(
        mini_pack, tmp_path, monkeypatch):
    """Byte for byte: every page draws the same PDF operators with or without the build's memory."""
    import contextlib

    from maturity_app.report import memo

    replayed = []
    original = memo._replayable
    monkeypatch.setattr(memo, "_replayable", lambda p, ops: replayed.append(1) or original(p, ops))
    cases = {"en": (LATIN_NOTE, "en"), "de": (LATIN_NOTE, "de"), "shaped": (SHAPED_NOTE, "en")}
    scored = {name: _long_notes_assessment(mini_pack, note) for name, (note, _) in cases.items()}
    for name, (_, language) in cases.items():
        build_report(*scored[name], tmp_path / f"fast-{name}.pdf", ReportOptions(language=language),
                     report_date=TODAY)
    with monkeypatch.context() as without:
        without.setattr(memo, "remembering", contextlib.nullcontext)
        for name, (_, language) in cases.items():
            build_report(*scored[name], tmp_path / f"slow-{name}.pdf", ReportOptions(language=language),
                         report_date=TODAY)
    assert replayed
    for language in cases:
        fast, slow = _page_streams(tmp_path / f"fast-{language}.pdf"), _page_streams(tmp_path / f"slow-{language}.pdf")
        assert len(fast) > 8 and fast == slow


def test_splitting_a_paragraph_whose_lines_are_shared_leaves_the_others_and_splits_as_before():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from maturity_app.report.memo import remembering

    style = getSampleStyleSheet()["BodyText"]
    style.hyphenationLang = ""
    markup = "<b>Evidence note.</b> " + "Restore tested and signed off by the owner in May. " * 12
    alone = Paragraph(markup, style)
    alone.wrap(120, 1000)
    expected = [repr(part.frags) for part in alone.split(120, 100)]
    with remembering():
        first, second = Paragraph(markup, style), Paragraph(markup, style)
        assert first.wrap(120, 1000) == second.wrap(120, 1000) == alone.wrap(120, 1000)
        assert first.blPara is second.blPara  # broken once
        before = repr(second.blPara)
        parts = first.split(120, 100)
        assert [repr(part.frags) for part in parts] == expected
        assert first.blPara is not second.blPara and repr(second.blPara) == before


def test_a_table_measures_its_rows_once_per_width_and_again_after_a_new_style(monkeypatch):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    from maturity_app.report.flowables import ReportTable

    fonts.register_fonts()
    measured = []
    original = Table._calc
    monkeypatch.setattr(Table, "_calc", lambda self, w, h: measured.append(w) or original(self, w, h))
    body = getSampleStyleSheet()["BodyText"]
    table = ReportTable([[Paragraph("A cell long enough to wrap in its column " * 2, body), "x"]] * 8,
                        colWidths=[120, 40])
    size = table.wrap(400, 800)
    assert table.wrap(400, 90) == table.wrap(400, 5000) == size  # a table without row spans: the width decides
    assert measured == [400]
    assert len(table.split(400, 230)) == 2 and measured == [400]
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 12)]))
    taller = table.wrap(400, 800)
    assert measured == [400, 400] and taller[1] > size[1]
    spanned = ReportTable([["a", "b"], ["", "c"]], colWidths=[50, 50], style=[("SPAN", (0, 0), (0, 1))])
    spanned.wrap(400, 800)
    spanned.wrap(400, 800)
    assert measured[2:] == [400, 400]  # row spans: measured each time, as reportlab does


def test_automatic_garbage_collection_pauses_while_pages_are_laid_out_and_resumes_as_it_was(
        mini_pack, tmp_path, monkeypatch):
    import gc

    from maturity_app.report import scripts

    during = []
    original = scripts.prepare
    monkeypatch.setattr(scripts, "prepare", lambda story: during.append(gc.isenabled()) or original(story))
    score, info = sample_score(mini_pack, TODAY)
    was = gc.isenabled()  # the suite collects on its UI thread, as the app does
    gc.enable()
    try:
        build_report(score, info, tmp_path / "r.pdf", ReportOptions(), report_date=TODAY)
        assert during == [False] and gc.isenabled()
        gc.disable()  # as the desktop app runs: collections on its UI thread only
        build_report(score, info, tmp_path / "r.pdf", ReportOptions(), report_date=TODAY)
        assert during == [False, False] and not gc.isenabled()
        with pytest.raises(ReportCancelled):
            gc.enable()
            build_report(score, info, tmp_path / "r.pdf", ReportOptions(is_cancelled=lambda: True),
                         report_date=TODAY)
        assert gc.isenabled()  # a cancelled build resumes collection too
    finally:
        (gc.enable if was else gc.disable)()


def test_a_paragraph_measured_then_placed_at_the_same_width_is_broken_once_unless_a_word_was_cut(monkeypatch):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from maturity_app.report.memo import remembering

    from maturity_app.report import memo

    fonts.register_fonts()
    broken = []

    keep = memo._keep

    def watching(table, key, value):
        if isinstance(key[1], type):  # a line breaking (not a parse)
            broken.append(key)
        return keep(table, key, value)

    monkeypatch.setattr(memo, "_keep", watching)
    style = getSampleStyleSheet()["BodyText"]
    with remembering():
        words = Paragraph("<b>Evidence.</b> Restore tested and signed off by the owner in May. " * 4, style)
        size = words.wrap(150, 1000)
        assert words.wrap(150, 1000) == size and len(broken) == 1  # measured, then placed: broken once
        words.wrap(90, 1000)
        assert len(broken) == 2  # another width is broken again
        cut = Paragraph("<b>Key</b> " + "x" * 80 + " end", style)  # a word wider than the column is split
        cut.wrap(60, 1000)
        cut.wrap(60, 1000)
        assert len(broken) == 4  # broken again, as reportlab does, since the first breaking cut a word


def test_reports_built_at_once_on_two_threads_each_remember_only_their_own(mini_pack, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    score, info = _long_notes_assessment(mini_pack)
    shaped = _long_notes_assessment(mini_pack, SHAPED_NOTE)

    def build(name, scored, language):
        build_report(*scored, tmp_path / f"{name}.pdf", ReportOptions(language=language), report_date=TODAY)

    jobs = [("en", (score, info), "en"), ("de", (score, info), "de"), ("shaped", shaped, "en")]
    with ThreadPoolExecutor(3) as pool:
        for future in [pool.submit(build, f"together-{name}", scored, language) for name, scored, language in jobs]:
            future.result()
    for name, scored, language in jobs:
        build(f"alone-{name}", scored, language)
        assert _page_streams(tmp_path / f"together-{name}.pdf") == _page_streams(tmp_path / f"alone-{name}.pdf")


def test_the_style_comparison_of_line_breaking_answers_as_rl_accel_on_every_call_of_a_build(mini_pack, tmp_path,
                                                                                          monkeypatch):
    """rl_speedups.same_frag replaces rl_accel's sameFrag (three times slower) in line breaking: on every pair of
    fragments a report compares, English, German (hyphenated) and shaped scripts, both give the same answer."""
    from reportlab.lib.rl_accel import sameFrag
    from reportlab.platypus import paragraph

    from maturity_app.report import rl_speedups

    fonts.register_fonts()
    assert paragraph.sameFrag is rl_speedups.same_frag
    answers = collections.Counter()

    def both(f, g):
        fast = rl_speedups.same_frag(f, g)
        assert bool(fast) == bool(sameFrag(f, g)), (f.__dict__, g.__dict__)
        answers[bool(fast)] += 1
        return fast

    monkeypatch.setattr(paragraph, "sameFrag", both)
    for name, note, language in (("en", LATIN_NOTE, "en"), ("de", LATIN_NOTE, "de"), ("shaped", SHAPED_NOTE, "en")):
        build_report(*_long_notes_assessment(mini_pack, note), tmp_path / f"{name}.pdf",
                     ReportOptions(language=language), report_date=TODAY)
    assert answers[True] > 100 and answers[False] > 100


def test_each_distinct_text_is_escaped_once_per_build_and_each_build_escapes_afresh(mini_pack, tmp_path, monkeypatch):
    from maturity_app.report import text

    escaped = collections.Counter()
    original = text._safe
    monkeypatch.setattr(text, "_safe", lambda value: escaped.update([value]) or original(value))
    scored = sample_score(mini_pack, TODAY, budget=3)
    build_report(*scored, tmp_path / "first.pdf", ReportOptions(), report_date=TODAY)
    first = dict(escaped)
    assert sum(first.values()) > 50 and set(first.values()) == {1}  # every distinct text once
    build_report(*scored, tmp_path / "second.pdf", ReportOptions(), report_date=TODAY)
    assert {value: count for value, count in escaped.items()} == {value: 2 for value in first}  # nothing kept
    assert text.safe("<b>&") == "&lt;b&gt;&amp;" and escaped["<b>&"] == 1  # outside a build: escaped each call
    assert text.safe("<b>&") == "&lt;b&gt;&amp;" and escaped["<b>&"] == 2


def test_header_and_footer_are_drawn_once_and_placed_on_every_body_page(mini_pack, tmp_path, monkeypatch):
    """The page furniture is the same on every body page but for its page number: it is drawn once per
    width of that number (1-9, 10-99) and every page shows it, with its own "Page N of M"."""
    import re

    from pypdf import PdfReader

    from maturity_app.report import document
    from maturity_app.report.samples import replicated_pack

    drawn = []
    original = document.BoardDocument._draw_fixed_furniture
    monkeypatch.setattr(document.BoardDocument, "_draw_fixed_furniture",
                        lambda self, canvas, room: drawn.append(room) or original(self, canvas, room))
    score, info = sample_score(replicated_pack(mini_pack, 6, 8), TODAY, budget=3)
    out = tmp_path / "r.pdf"
    build_report(score, info, out, ReportOptions(label="Board only"), report_date=TODAY)
    pages = PdfReader(str(out)).pages
    assert len(pages) >= 10 and len(drawn) == 2 and drawn[0] > drawn[1]  # a 2-digit number leaves less room
    for number, page in enumerate(pages[1:], start=2):
        text = " ".join(page.extract_text().split())
        assert info.organisation in text and "Fingerprint" in text and text.count("Board only") == 2, number
        assert re.findall(r"Page \d+ of \d+", text) == [f"Page {number} of {len(pages)}"]
        assert any(name.startswith("/FormXob.furniture-") for name in page["/Resources"]["/XObject"])


def test_a_markup_fragment_copies_as_copyreg_would_copy_it():
    import copy

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    fonts.register_fonts()
    frags = Paragraph('<b>Lead.</b> text <font color="#D55E00">red</font><br/>more', getSampleStyleSheet()["BodyText"]).frags
    for frag in frags:
        fast = copy.copy(frag)
        reference = copy._reconstruct(frag, None, *frag.__reduce_ex__(4)[:2], frag.__dict__)
        assert type(fast) is type(reference) is type(frag) and fast is not frag
        assert fast.__dict__ == reference.__dict__ == frag.__dict__ and fast.__dict__ is not frag.__dict__


def test_a_fragment_clone_is_the_one_abag_makes_and_a_bag_with_its_own_init_is_made_by_abag():
    from reportlab.lib.abag import ABag
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    fonts.register_fonts()
    assert ABag.clone.__wrapped__ is not ABag.clone
    for frag in Paragraph("<b>Lead.</b> text<br/>more", getSampleStyleSheet()["BodyText"]).frags:
        for changes in ({}, {"text": "other", "fontSize": 3}):
            fast, reference = frag.clone(**changes), ABag.clone.__wrapped__(frag, **changes)
            assert type(fast) is type(reference) and fast.__dict__ == reference.__dict__
            assert fast.__dict__ is not frag.__dict__

    class Counted(ABag):
        made = 0

        def __init__(self, **attr):
            Counted.made += 1
            super().__init__(**attr)

    Counted(a=1).clone(b=2)
    assert Counted.made == 2
