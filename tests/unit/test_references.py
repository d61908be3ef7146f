"""References: NIST's CSF 2.0 -> ISO/IEC 27001:2022 mapping as data, every bundled citation checked against it,
Annex A coverage, the NIS2/DORA article list, and the report's crosswalk method and coverage statement."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from maturity_app.domain.errors import PackError
from maturity_app.domain.pack_loader import load_pack, parse_pack
from maturity_app.domain.reference_review import (annex_a_coverage, cited_pairs, supported_share, probed_iso_ids,
                                                  unexplained)
from maturity_app.domain.references import (annex_a_controls, csf_iso_mapping, dora_articles, iso27001_controls,
                                            iso_family, nis2_articles, nist_csf_subcategories)
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.samples import sample_score

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKS_DIR = REPO_ROOT / "questionnaires"
DATA_DIR = REPO_ROOT / "src" / "maturity_app" / "data"
TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def packs():
    return {p.id: p for p in (load_pack(path) for path in sorted(PACKS_DIR.glob("*.yaml")))}


# --- the mapping as shipped -----------------------------------------------------------------------------------

def test_mapping_names_its_source_and_date():
    data = json.loads((DATA_DIR / "nist_csf_2_0_to_iso27001_2022.json").read_text(encoding="utf-8"))
    assert "NIST" in data["publisher"] and "Reference Tool" in data["source"]
    assert data["export_generated"] == "2025-06-02"
    assert data["url"].startswith("https://csrc.nist.gov/")
    assert data["normalisation"], "the reading of the source's irregular entries must be written down"


def test_mapping_uses_only_official_ids_and_covers_every_csf_subcategory():
    mapping = csf_iso_mapping()
    iso, csf = iso27001_controls(), nist_csf_subcategories()
    assert set(mapping.subcategories) == set(csf)
    assert all(i in iso for ids in mapping.subcategories.values() for i in ids)
    assert all(i in iso for ids in mapping.categories.values() for i in ids)
    assert {c.split("-")[0] for c in csf} == set(mapping.categories)


def test_mapping_holds_nists_pairs_and_not_others():
    m = csf_iso_mapping().subcategories
    # Spot checks against the NIST CSF 2.0 Reference Tool export.
    assert m["GV.OC-03"] == {"4.2", "A.5.20", "A.5.31"}
    assert m["PR.DS-11"] == {"A.8.13"}
    assert m["PR.AA-06"] == {"A.7.1", "A.7.2", "A.7.3", "A.7.4", "A.7.12"}
    assert m["RS.MA-04"] == {"A.5.26"}
    assert m["GV.RM-07"] == {"6.1.1"}  # the source writes "6.11"
    assert m["GV.RR-03"] == {"7.1", "7.2"}  # the source writes "7.1, 7.2"
    every = set().union(*m.values(), *csf_iso_mapping().categories.values())
    for never in ("A.5.30", "A.5.23", "A.5.34", "A.8.12", "A.8.23"):
        assert never not in every, f"NIST's export pairs {never} with nothing"


def test_support_exact_family_and_none():
    mapping = csf_iso_mapping()
    assert mapping.support("PR.DS-11", "A.8.13") == "exact"
    assert mapping.support("RC.RP-05", "A.8.13") == "family"  # NIST pairs A.8.13 with sibling RC.RP-03
    assert mapping.support("GV.OC-01", "6.1.2") == "family"  # NIST pairs GV.OC-01 with clause 6.1
    assert mapping.support("GV.OV-02", "9.3") is None
    assert mapping.support("GV.RR-01", "A.6.8") == "family"  # NIST pairs A.6.8 with sibling GV.RR-04
    assert mapping.support("DE.AE-02", "A.6.8") is None
    assert mapping.support("PR.DS-11", "A.5.30") is None
    assert iso_family("9.3.2") == "9.3" and iso_family("A.5.30") == "A.5.30"


# --- bundled packs against the mapping ------------------------------------------------------------------------

def test_every_unsupported_citation_is_explained(packs):
    problems = [p for pack in packs.values() for p in unexplained(pack.questions())]
    assert problems == []


def test_at_least_80_percent_of_cited_pairs_are_supported(packs):
    pairs = cited_pairs(q for pack in packs.values() for q in pack.questions())
    assert len(pairs) > 250
    assert supported_share(pairs) >= 0.80


def test_reference_notes_explain_rather_than_repeat(packs):
    for pack in packs.values():
        for q in pack.questions():
            if q.reference_notes:
                assert len(q.reference_notes) >= 60, f"{q.id}: say why, in a sentence"
                bad = [p for p in cited_pairs([q]) if p.support is None]
                for p in bad:  # the note names what NIST does not back
                    assert p.iso in q.reference_notes or p.csf in q.reference_notes, f"{q.id}: {p}"


def test_the_category_errors_named_in_the_review_are_gone(packs):
    leadership, core = packs["leadership"], packs["core"]
    assert "RS.MA-04" not in {c for q in leadership.questions() for c in q.references.nist_csf}
    assert "RS.MA-04" not in core.question("gov-escalation-criteria").references.nist_csf
    assert "GV.RM-07" not in core.question("sbd-early-involvement").references.nist_csf
    assert "GV.RR-01" not in core.question("cul-near-miss-reporting").references.nist_csf


def test_a_question_without_references_must_say_why():
    # The rule is about the original; its German translation carries the same note, which the coverage rule would
    # flag as surplus once the original's is stripped, so the translations are left out here.
    text = (PACKS_DIR / "leadership.yaml").read_text(encoding="utf-8").split("\ntranslations:\n", 1)[0] + "\n"
    pack = parse_pack(text, "leadership.yaml")
    q = pack.question("esc-capital-tracked")
    assert not q.references.iso27001 and not q.references.nist_csf and q.reference_notes
    stripped = re.sub(r"\n        reference_notes: >-\n(          .*\n)+(?=      - id: esc-options-not-vetoes)", "\n",
                      text)
    assert stripped != text
    assert any(p.startswith("esc-capital-tracked:") for p in unexplained(parse_pack(stripped, "x.yaml").questions()))


def test_tested_controls_need_nist_support_or_a_note(mini_pack):
    near_miss = mini_pack.question("cul-near-miss")  # A.6.8 with DE.AE-02: unsupported, not explained
    assert probed_iso_ids(near_miss) == []
    exceptions = mini_pack.question("dec-exceptions")  # A.5.1 with GV.RM-06: NIST pair
    assert probed_iso_ids(exceptions) == ["A.5.1"]
    restore = mini_pack.question("rec-restore")  # A.5.30 unsupported but explained
    assert probed_iso_ids(restore) == ["A.5.30", "A.8.13"]


# --- Annex A coverage ---------------------------------------------------------------------------------------

def test_core_pack_probes_at_least_80_percent_of_annex_a(packs):
    coverage = annex_a_coverage(packs["core"].questions())
    assert coverage.total == 93 == len(annex_a_controls())
    assert len(coverage.probed) >= 75, coverage.not_probed
    assert set(coverage.probed).isdisjoint(coverage.not_probed)


def test_hygiene_domain_probes_the_missing_areas(packs):
    core = packs["core"]
    hygiene = next(d for d in core.domains if d.id == "hyg")
    probed = {iso for q in hygiene.questions for iso in probed_iso_ids(q)}
    for control in ("A.8.7", "A.8.15", "A.5.28", "A.5.34", "A.7.1", "A.7.11", "A.6.1", "A.5.11", "A.5.3",
                    "A.8.28", "A.8.23", "A.8.8", "A.5.35"):
        assert control in probed, control


@pytest.mark.parametrize("pack_id, domain_ids", [("core", {"hyg"}), ("eu-regulation", {"nis", "dora"})])
def test_new_questions_name_only_their_own_window(packs, pack_id, domain_ids):
    for domain in packs[pack_id].domains:
        if domain.id not in domain_ids:
            continue
        for q in domain.questions:
            for axis in ("compliance", "capability"):
                assert sorted(getattr(q.anchors, axis)) == [0, 1, 2, 3, 4], q.id
                for text in getattr(q.anchors, axis).values():
                    for months in re.findall(r"(\d+) months", text):
                        assert int(months) == q.freshness_months, f"{q.id}: '{text}'"
            assert q.evidence and q.consequence and q.references.iso27001 and q.references.nist_csf


# --- NIS2 and DORA ------------------------------------------------------------------------------------------

def test_article_lists_are_bundled_with_their_acts():
    data = json.loads((DATA_DIR / "eu_regulation_articles.json").read_text(encoding="utf-8"))
    assert "2022/2555" in data["nis2"]["title"] and "2022/2554" in data["dora"]["title"]
    assert {f"Art. 21(2)({c})" for c in "abcdefghij"} <= set(nis2_articles())
    assert {"Art. 23(4)(a)", "Art. 23(4)(b)", "Art. 23(4)(d)", "Art. 20(1)", "Art. 20(2)"} <= set(nis2_articles())
    assert {"Art. 6(1)", "Art. 19(4)", "Art. 26(1)", "Art. 28(3)", "Art. 28(8)"} <= set(dora_articles())


def test_eu_pack_cites_every_duty_the_review_asked_for(packs):
    eu = packs["eu-regulation"]
    nis2 = {a for q in eu.questions() for a in q.references.nis2}
    dora = {a for q in eu.questions() for a in q.references.dora}
    assert {"Art. 20(1)", "Art. 20(2)", "Art. 23(4)(a)", "Art. 23(4)(b)", "Art. 23(4)(d)"} <= nis2
    assert {f"Art. 21(2)({c})" for c in "abcdefghij"} <= nis2
    assert {"Art. 6(1)", "Art. 19(1)", "Art. 24(1)", "Art. 26(1)", "Art. 28(3)", "Art. 28(8)"} <= dora
    clocks = eu.question("nis-reporting-clocks")
    ladder = " ".join(clocks.anchors.capability.values())
    assert "24-hour clock" in ladder and "72-hour clock" in ladder and "one-month deadline" in ladder


def _pack_with(reference_line: str) -> str:
    text = (REPO_ROOT / "tests" / "fixtures" / "mini.yaml").read_text(encoding="utf-8")
    return text.replace("references: {iso27001: [A.5.1], nist_csf: [GV.RM-06]}",
                        "references: {iso27001: [A.5.1], nist_csf: [GV.RM-06], " + reference_line + "}")


def test_article_ids_are_checked_against_the_bundled_list():
    pack = parse_pack(_pack_with("nis2: [Art. 21(2)(c)], dora: [Art. 28(8)]"), "ok.yaml")
    assert pack.question("dec-exceptions").references.dora == ["Art. 28(8)"]
    with pytest.raises(PackError, match=r"unknown NIS2 articles \['Art\. 21\(2\)\(k\)'\]"):
        parse_pack(_pack_with("nis2: [Art. 21(2)(k)]"), "bad.yaml")
    with pytest.raises(PackError, match="unknown DORA articles"):
        parse_pack(_pack_with("dora: [Article 28]"), "bad.yaml")


# --- the report's crosswalk ---------------------------------------------------------------------------------

def _crosswalk_text(pack, tmp_path) -> str:
    score, info = sample_score(pack, TODAY)
    out = tmp_path / "crosswalk.pdf"
    build_report(score, info, out, ReportOptions(sections=("crosswalk",)), report_date=TODAY)
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(out)).pages).split())


def test_crosswalk_states_method_coverage_and_what_is_outside(mini_pack, tmp_path):
    text = _crosswalk_text(mini_pack, tmp_path)
    assert "Method." in text and "2025-06-02" in text
    coverage = annex_a_coverage(mini_pack.questions())
    assert f"{len(coverage.probed)} of 93 Annex A controls probed" in text
    assert "Outside this review (89)" in text and "A.8.34 Protection of information systems during audit testing" in text
    assert "Cited without a verdict" in text and "A.6.8" in text
    assert "NIS2 — Directive" not in text and "DORA — Regulation" not in text  # the mini pack cites none


def test_crosswalk_shows_articles_beside_iso_and_csf(packs, tmp_path):
    text = _crosswalk_text(packs["eu-regulation"], tmp_path)
    for heading in ("ISO/IEC 27001:2022", "NIST Cybersecurity Framework 2.0", "NIS2 — Directive (EU) 2022/2555",
                    "DORA — Regulation (EU) 2022/2554"):
        assert heading in text
    assert "Art. 23(4)(a)" in text and "Art. 28(8)" in text


def test_readme_pack_table_and_coverage_match_the_packs(packs):
    readme = (PACKS_DIR / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` +\|[^|]+\|[^|]*?(\d+) questions", readme, re.M))
    assert rows == {pid: str(len(p.questions())) for pid, p in packs.items()}
    core = packs["core"]
    assert f"{len(core.domains)} domains (the flagship)" in readme
    coverage = annex_a_coverage(core.questions())
    assert f"probes {len(coverage.probed)} of the 93 Annex A controls" in readme
    assert f"which {len(coverage.not_probed)} it does not" in readme
    never = {c for c in annex_a_controls()
             if not any(c in ids for ids in [*csf_iso_mapping().subcategories.values(),
                                            *csf_iso_mapping().categories.values()])}
    assert f"for {len(never)} Annex A controls" in readme
