"""README "How it scores", the report's methodology page and the constants the code applies say the same thing."""

import datetime as dt
import re
import subprocess
from pathlib import Path

from maturity_app.domain import scoring
from maturity_app.domain.method import scoring_rules
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.samples import sample_score

README = Path(__file__).resolve().parents[2] / "README.md"


def _flat(text: str) -> str:
    return " ".join(text.replace("**", "").split())


def _how_it_scores() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## How it scores")
    return _flat(text[start:text.index("\n## ", start + 3)])


def test_readme_states_every_rule_the_code_applies():
    section = _how_it_scores()
    for name, rule in scoring_rules():
        if name != "Two axes":
            assert _flat(f"{name}. {rule}") in section, name


def test_readme_numbers_are_the_constants():
    """Read back from the README text, not from the rule strings, so a hand edit of either side fails here."""
    section = _how_it_scores()

    def number(pattern: str) -> float:
        found = re.search(pattern, section)
        assert found, pattern
        return float(found.group(1))

    assert number(r"capability level of (\d) or more describes a demonstration") == scoring.PROOF_NEEDED_FROM
    assert number(r"it counts as level (\d), the highest level that needs no proof") == scoring.UNPROVEN_LEVEL
    assert number(r"a gap of (\d) or more is paper maturity") == scoring.PAPER_MATURITY_GAP
    assert number(r"A level of (\d) or more is strong") == scoring.HIGH
    assert number(r"nearest ([\d.]+) point") == scoring.INDEX_STEP
    assert number(r"compliance index is at least (\d+) and") == scoring.PAPER_ONLY_MIN_COMPLIANCE
    assert number(r"by (\d+) points or more") == scoring.PAPER_ONLY_POINTS
    assert number(r"at least (\d+)% of its applicable weight") == 100 * scoring.MIN_ANSWERED_SHARE


def test_the_methodology_page_prints_the_same_rules(tmp_path, mini_pack):
    today = dt.date(2026, 6, 1)
    score, info = sample_score(mini_pack, today)
    out = tmp_path / "method.pdf"
    build_report(score, info, out, ReportOptions(sections=("methodology",)), report_date=today)
    text = _flat(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                                check=True).stdout)
    for name, rule in scoring_rules():
        assert _flat(f"{name}. {rule}") in text, name


def test_a_vendor_report_states_every_trust_category(tmp_path):
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.domain.portfolio import TRUST_CATEGORIES

    today = dt.date(2026, 6, 1)
    pack = load_pack(README.parent / "questionnaires" / "vendor-trust.yaml")
    score, info = sample_score(pack, today)
    out = tmp_path / "vendor.pdf"
    build_report(score, info, out, ReportOptions(sections=("methodology",)), report_date=today)
    text = _flat(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    for name, rule in TRUST_CATEGORIES.items():
        assert _flat(f"{name.capitalize()}: {rule}.") in text, name
