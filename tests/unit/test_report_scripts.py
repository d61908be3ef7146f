"""Text in any script goes into all three formats: Word and PowerPoint keep it as typed; the PDF draws every
script it bundles a face for with real glyphs (never .notdef), shaped, right to left where the script is, its
letters recoverable from the file; what no face holds is printed as � and the field is named."""

from __future__ import annotations

import collections
import datetime as dt
import os
import subprocess
import unicodedata
from functools import lru_cache
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from maturity_app.domain.assessment import Assessment
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.glyphs import missing, undrawn_fields
from maturity_app.report.samples import sample_assessment

TODAY = dt.date(2026, 6, 1)
EXAMPLES = int(os.environ.get("SCRIPT_EXAMPLES", "8"))  # each builds three files; explore more by hand
# Each example and the all-scripts fixture build a PDF, a Word report and a deck: more than the suite's minute.
pytestmark = pytest.mark.timeout(600)

# Names and words people type, one per script the PDF bundles a face for.
SAMPLES = {
    "Latin": "Zoë Brontë-Łukasiewicz", "Greek": "Ελένη Παπαδοπούλου", "Cyrillic": "Анна Петрова",
    "Armenian": "Արամ Սարգսյան", "Georgian": "ნინო ბერიძე", "Hebrew": "דנה כהן", "Arabic": "محمد العلي",
    "Persian": "مهسا رضایی", "Urdu": "عمران خان", "Syriac": "ܫܠܡܐ ܥܠܝܟ", "Thaana": "ދިވެހި ބަސް",
    "Devanagari": "राजेश कुमार", "Bengali": "রবীন্দ্রনাথ ঠাকুর", "Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Gujarati": "ગુજરાતી ભાષા", "Oriya": "ଓଡ଼ିଆ ଭାଷା", "Tamil": "தமிழ் செல்வன்", "Telugu": "తెలుగు భాష",
    "Kannada": "ಕನ್ನಡ ಭಾಷೆ", "Malayalam": "മലയാളം ഭാഷ", "Sinhala": "සිංහල භාෂාව", "Thai": "สมชาย ใจดี",
    "Lao": "ພາສາລາວ", "Khmer": "ភាសាខ្មែរ", "Myanmar": "မြန်မာဘာသာ", "Ethiopic": "አማርኛ ቋንቋ",
    "Cherokee": "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Tifinagh": "ⵜⴰⵎⴰⵣⵉⵖⵜ", "Syllabics": "ᐃᓄᒃᑎᑐᑦ", "Han": "王小明",
    "Japanese": "山田はなこ カタカナ", "Hangul": "김민준", "Emoji": "🔒✅🚚", "Emoji sequences": "👨\u200d👩\u200d👧 🇩🇪",
}
# Stretches of many scripts' letters (for generated text): bundled, and not (these must be named).
RANGES = {
    "Latin": (0x41, 0x7A), "Latin-1": (0xC0, 0xFF), "Greek": (0x391, 0x3C9), "Cyrillic": (0x410, 0x44F),
    "Armenian": (0x531, 0x556), "Hebrew": (0x5D0, 0x5EA), "Arabic": (0x627, 0x64A), "Syriac": (0x710, 0x72F),
    "Thaana": (0x780, 0x7A5), "Devanagari": (0x905, 0x939), "Bengali": (0x985, 0x9B9), "Tamil": (0xB85, 0xBB9),
    "Thai": (0xE01, 0xE2E), "Lao": (0xE81, 0xEAE), "Tibetan": (0xF40, 0xF6A), "Georgian": (0x10D0, 0x10FA),
    "Hangul": (0xAC00, 0xAC40), "Ethiopic": (0x1200, 0x1248), "Cherokee": (0x13A0, 0x13F4),
    "Khmer": (0x1780, 0x17B3), "Mongolian": (0x1820, 0x1842), "Hiragana": (0x3041, 0x3096),
    "Katakana": (0x30A1, 0x30FA), "Han": (0x4E00, 0x4E80), "Han extension B": (0x20000, 0x20040),
    "Emoji": (0x1F600, 0x1F64F), "Symbols": (0x2190, 0x21FF), "Combining": (0x300, 0x36F),
}


def _letters(text: str) -> collections.Counter:
    """What must survive, order aside: letters, digits and symbols (marks may be drawn before their base)."""
    return collections.Counter(c for c in unicodedata.normalize("NFKC", text)
                               if unicodedata.category(c)[0] in "LNS" and c != "\ufffd")


@lru_cache(maxsize=None)
def _cmaps() -> dict[str, frozenset[int]]:
    """The bundled faces' character maps by PostScript name (as a PDF names its embedded fonts)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from maturity_app.paths import resources_dir

    out = {}
    for path in (resources_dir() / "fonts").glob("*.ttf"):
        face = TTFontFile(str(path))
        name = face.name.decode("latin-1") if isinstance(face.name, bytes) else face.name
        out[name] = frozenset(face.charToGlyph)
    return out


def _pdf_lines(path) -> list[tuple[str, list[dict]]]:
    """Each printed line of every page (chars on one baseline, left to right) with its chars."""
    lines = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            rows: list[list[dict]] = []
            for c in sorted(page.chars, key=lambda c: (-round(c["matrix"][5], 1), c["x0"])):
                if rows and abs(rows[-1][0]["matrix"][5] - c["matrix"][5]) < 1:
                    rows[-1].append(c)
                else:
                    rows.append([c])
            lines += [("".join(c["text"] for c in sorted(r, key=lambda c: c["x0"])), r) for r in rows]
    return lines


def _notdef_drawn(path) -> list[tuple[str, str]]:
    """(character, face) for every character the PDF draws in a face that has no glyph for it."""
    cmaps, found = _cmaps(), []
    for _, chars in _pdf_lines(path):
        for c in chars:
            face = c["fontname"].split("+", 1)[-1]
            if face in cmaps:
                found += [(ch, face) for ch in c["text"] if ord(ch) not in cmaps[face] and not ch.isspace()]
    return found


def _assessment_with(mini_pack, *, org=None, notes=None, owner=None, decision=None, label=None):
    assessment = sample_assessment(mini_pack, TODAY)
    answers = {}
    for index, (qid, a) in enumerate(assessment.answers.items()):
        changes = {}
        if notes is not None:
            changes["evidence_note"] = notes[index % len(notes)]
        if owner is not None:
            changes["owner"] = owner
        if decision is not None:
            changes["decision"] = decision
        answers[qid] = a.with_changes(**changes) if changes else a
    info = assessment.info._replace(organisation=org) if org is not None else assessment.info
    return score_assessment(Assessment(info=info, pack=mini_pack, answers=answers), TODAY), info


def _build_all(score, info, tmp_path, label=None) -> dict:
    paths = {}
    for fmt in ("pdf", "docx", "pptx"):
        paths[fmt] = tmp_path / f"r.{fmt}"
        options = ReportOptions(format=fmt) if label is None else ReportOptions(format=fmt, label=label)
        build_report(score, info, paths[fmt], options, report_date=TODAY)
    return paths


def _docx_text(path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _pptx_text(path) -> str:
    out = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                out.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                out += [c.text for r in shape.table.rows for c in r.cells]
    return "\n".join(out)


@pytest.fixture(scope="module")
def every_script(tmp_path_factory):
    from maturity_app.domain.pack_loader import load_pack

    pack = load_pack(Path(__file__).resolve().parent.parent / "fixtures" / "mini.yaml")
    items = list(SAMPLES.items())
    # The scripts shared among the questions' evidence notes, one per line, each behind its name; the
    # organisation holds them all.
    per = -(-len(items) // len(pack.questions()))
    notes = ["\n".join(f"{name}: {text}" for name, text in items[i:i + per]) for i in range(0, len(items), per)]
    assert len(notes) == len(pack.questions())
    org = " · ".join(SAMPLES.values())
    score, info = _assessment_with(pack, org=org, notes=notes, owner=SAMPLES["Arabic"],
                                   decision=SAMPLES["Hebrew"] + " — " + SAMPLES["Devanagari"])
    paths = _build_all(score, info, tmp_path_factory.mktemp("scripts"), label="סודי — Board only 🔒")
    return score, info, paths


def test_every_bundled_script_is_drawn_with_real_glyphs_and_can_be_read_back(every_script):
    score, info, paths = every_script
    assert undrawn_fields(score, info, ReportOptions(label="סודי — Board only 🔒")) == []
    assert _notdef_drawn(paths["pdf"]) == []
    lines = _pdf_lines(paths["pdf"])
    for name, text in SAMPLES.items():
        printed = [line for line, _ in lines if f"{name}:" in line]
        assert printed, name
        # Every letter of the sample is on its line (copy, search and screen readers get it back).
        assert not _letters(text) - _letters(printed[0]), (name, printed[0])
    text = subprocess.run(["pdftotext", str(paths["pdf"]), "-"], capture_output=True, text=True, check=True).stdout
    assert "\ufffd" not in text


def test_word_and_powerpoint_keep_every_script_as_typed(every_script):
    score, info, paths = every_script
    words = _docx_text(paths["docx"])
    for name, text in SAMPLES.items():
        assert f"{name}: {text}" in words
    assert info.organisation in words
    deck = _pptx_text(paths["pptx"])
    assert info.organisation in deck and SAMPLES["Arabic"] in deck  # title slide; owners of the escalations
    assert SAMPLES["Hebrew"] + " — " + SAMPLES["Devanagari"] in deck  # the decisions asked


def test_right_to_left_lines_read_in_visual_order(every_script):
    """Hebrew and Arabic are drawn with letters and words in visual order, so that reading right to left gives
    the typed text; a right-to-left run inside an English sentence stays where it was typed."""
    _, _, paths = every_script
    from bidi import get_display

    lines = [line for line, _ in _pdf_lines(paths["pdf"])]
    hebrew = get_display(SAMPLES["Hebrew"])  # "ןהכ הנד": the glyphs left to right
    assert any(line == f"Hebrew: {hebrew}" for line in lines)
    decisions = [line for line in lines if line.startswith("Decision asked of the board.")]
    assert decisions and all(line.index(hebrew) < line.index("—") for line in decisions)
    owners = [unicodedata.normalize("NFKC", line) for line in lines if line.startswith("Capability owner")]
    assert owners and all(line.index("ع") < line.index("محمد") for line in owners)  # العلي left of محمد


def _word(script: str):
    low, high = RANGES[script]
    return st.text(st.characters(min_codepoint=low, max_codepoint=high, categories=("L", "M", "N", "S", "P")),
                   min_size=1, max_size=6)


any_script_text = st.lists(st.sampled_from(sorted(RANGES)).flatmap(_word), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(org=any_script_text, owner=any_script_text, decision=any_script_text)
def test_text_from_any_script_in_all_three_formats(mini_pack, tmp_path, org, owner, decision):
    score, info = _assessment_with(mini_pack, org=org, owner=owner, decision=decision)
    paths = _build_all(score, info, tmp_path)

    words = _docx_text(paths["docx"])
    assert org in words and owner in words and decision in words  # kept as typed, every character
    deck = _pptx_text(paths["pptx"])
    assert org in deck
    assert (decision in deck) == bool(score.escalations)

    # The PDF never draws a glyph a face lacks; what no face has is named, field by field.
    assert _notdef_drawn(paths["pdf"]) == []
    warnings = undrawn_fields(score, info, ReportOptions())
    assert any("in the organisation" in w for w in warnings) == bool(missing(org))
    assert any("the capability owner" in w for w in warnings) == bool(missing(owner))
    cover = " ".join(line for line, _ in _pdf_lines(paths["pdf"])[:12])
    expected = _letters("".join(c for c in org if c not in missing(org)))
    assert not expected - _letters(cover)  # every drawable letter of the organisation is on the cover


def test_cli_warns_and_names_the_field_the_pdf_cannot_draw(mini_pack):
    assessment = sample_assessment(mini_pack, TODAY)
    info = assessment.info._replace(organisation="བོད་ Logistics 🚚 北京")  # Tibetan: no face
    score = score_assessment(Assessment(info=info, pack=mini_pack, answers=assessment.answers), TODAY)
    warnings = undrawn_fields(score, info, ReportOptions(label="Board only ✓ סודי"))
    assert warnings == [f"the PDF cannot draw {' '.join(missing('བོད་'))} in the organisation: it prints � there "
                        "(the Word report and the board deck keep the text as typed)"]
    assert missing("བོད་") == "བད་"  # the vowel sign is left out silently: it is not a letter of its own


def test_chinese_japanese_korean_are_drawn_in_the_pdf_with_the_bundled_fallback(mini_pack, tmp_path):
    org = "北京物流集团 (Beijing) 株式会社 한국"
    score, info = _assessment_with(mini_pack, org=org)
    out = tmp_path / "cjk.pdf"
    build_report(score, info, out, ReportOptions(label="机密 — 董事会"), report_date=TODAY)
    assert undrawn_fields(score, info, ReportOptions(label="机密 — 董事会")) == []
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert org in text and "机密 — 董事会" in text and "\ufffd" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DroidSansFallback" in fonts and " yes yes " in fonts  # embedded, subset


def test_the_deck_sets_right_to_left_cells_so_and_labels_only_english_as_english(every_script):
    from pptx.enum.lang import MSO_LANGUAGE_ID
    from pptx.enum.text import PP_ALIGN

    _, _, paths = every_script
    paragraphs = [p for slide in Presentation(str(paths["pptx"])).slides for shape in slide.shapes
                  if getattr(shape, "has_table", False) and shape.has_table
                  for row in shape.table.rows for cell in row.cells for p in cell.text_frame.paragraphs]
    owners = [p for p in paragraphs if p.text == SAMPLES["Arabic"]]
    assert owners and all(p._p.pPr.get("rtl") == "1" and p.alignment == PP_ALIGN.RIGHT for p in owners)
    assert all(r.font.language_id in (None, MSO_LANGUAGE_ID.NONE) for p in owners for r in p.runs)  # not English
    english = [r for p in paragraphs for r in p.runs if r.text == "Question"]
    assert english and all(r.font.language_id == MSO_LANGUAGE_ID.ENGLISH_UK for r in english)


def test_letters_harfbuzz_draws_as_a_glyph_with_a_code_of_its_own_copy_out_as_typed(mini_pack, tmp_path):
    # Noto Sans Hebrew draws vav + vav as the Yiddish double-vav glyph, which has its own code (U+05F0): the PDF
    # must give back the two letters typed, not a character nobody typed (found by the property test above).
    org = "ווצ Logistics"
    score, info = _assessment_with(mini_pack, org=org, owner="Ana", decision="Fund it")
    paths = _build_all(score, info, tmp_path)
    cover = " ".join(line for line, _ in _pdf_lines(paths["pdf"])[:12])
    assert "\u05f0" not in cover
    assert not _letters(org) - _letters(cover)
