"""Building whole PDFs: page structure, atomic writes, cancellation, progress, encryption, hostile text."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from maturity_app.domain.assessment import Answer, Assessment
from maturity_app.domain.errors import MaturityError
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.builder import ReportCancelled, ReportOptions, build_report
from maturity_app.report.samples import replicated_pack, sample_assessment, sample_score

TODAY = dt.date(2026, 6, 1)


def _text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _outline_titles(path: Path) -> tuple[list[str], list[str]]:
    """(top-level bookmarks, every bookmark)."""
    reader = PdfReader(str(path))
    everything = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                everything.append(item.title)

    walk(reader.outline)
    return [item.title for item in reader.outline if not isinstance(item, list)], everything


def test_full_report_has_every_section_in_text_and_outline(mini_pack, tmp_path):
    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "board.pdf"
    build_report(score, info, out, ReportOptions(), report_date=TODAY)
    text = _text(out)
    for title in ("Executive summary", "Domain view", "What we escalate", "Top gaps", "Action plan",
                  "Unowned capabilities", "Stale or missing proofs", "Appendix A", "Appendix B", "Appendix C"):
        assert title in text, title
    top, everything = _outline_titles(out)
    assert top == ["Executive summary", "Domain view", "What we escalate", "Top gaps", "Action plan",
                   "Appendix A — Every question", "Appendix B — ISO/IEC 27001 and NIST CSF crosswalk",
                   "Appendix C — Methodology and scales"]
    assert {"Tested recovery", "Where each question sits", "Stale or missing proofs", "Limitations"} <= set(everything)
    pages = len(PdfReader(str(out)).pages)
    assert f"Page {pages} of {pages}" in text and "Page 1 of" in text
    assert "CONFIDENTIAL — Board use" in text


def test_sections_can_be_left_out(mini_pack, tmp_path):
    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "part.pdf"
    build_report(score, info, out, ReportOptions(sections=("summary", "gaps")), report_date=TODAY)
    text = _text(out)
    assert "Executive summary" in text and "Top gaps" in text
    assert "Appendix A" not in text and "What we escalate" not in text


@pytest.mark.parametrize("domains, per_domain", [(3, 2), (12, 5), (20, 8)])
def test_board_brief_is_two_pages_whatever_the_size(mini_pack, tmp_path, domains, per_domain):
    pack = replicated_pack(mini_pack, domains, per_domain)
    score, info = sample_score(pack, TODAY, budget=8)
    out = tmp_path / "brief.pdf"
    build_report(score, info, out, ReportOptions(brief=True, page_size="letter"), report_date=TODAY)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    assert "Decisions asked of the board" in _text(out)


def test_password_encrypts_with_aes_and_is_not_stored(mini_pack, tmp_path):
    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "locked.pdf"
    build_report(score, info, out, ReportOptions(password="correct horse"), report_date=TODAY)
    reader = PdfReader(str(out))
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    assert reader.decrypt("correct horse") != 0
    assert "Executive summary" in reader.pages[2].extract_text()
    assert b"correct horse" not in out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.pdf"]  # no temp files left


def test_cancel_leaves_previous_report_untouched_and_no_temp_files(mini_pack, tmp_path):
    score, info = sample_score(replicated_pack(mini_pack, 6, 10), TODAY)
    out = tmp_path / "board.pdf"
    out.write_bytes(b"%PDF previous good report")
    calls = []

    def cancel_after_some_progress():
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(ReportCancelled):
        build_report(score, info, out, ReportOptions(is_cancelled=cancel_after_some_progress), report_date=TODAY)
    assert out.read_bytes() == b"%PDF previous good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.pdf"]


def test_failure_mid_build_leaves_nothing(mini_pack, tmp_path):
    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "new.pdf"

    def explode(fraction, message):
        if fraction > 0.3:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        build_report(score, info, out, ReportOptions(on_progress=explode), report_date=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_one(mini_pack, tmp_path):
    score, info = sample_score(replicated_pack(mini_pack, 4, 10), TODAY)
    seen = []
    build_report(score, info, tmp_path / "r.pdf", ReportOptions(on_progress=lambda f, m: seen.append((f, m))),
                 report_date=TODAY)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 3
    assert seen[-1][1] == "Report written"


def test_unwritable_folder_is_a_clear_error(mini_pack, tmp_path, monkeypatch):
    score, info = sample_score(mini_pack, TODAY)
    # Tests may run as root, for whom every folder is writable, so the permission check is answered here.
    monkeypatch.setattr("maturity_app.storage.private_files.os.access", lambda path, mode: False)
    with pytest.raises(MaturityError, match=r"cannot write the report to .*r\.pdf: the folder .* is not writable"):
        build_report(score, info, tmp_path / "r.pdf", ReportOptions())
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_and_directory_target_are_clear_errors(mini_pack, tmp_path):
    score, info = sample_score(mini_pack, TODAY)
    with pytest.raises(MaturityError, match="does not exist"):
        build_report(score, info, tmp_path / "nowhere" / "r.pdf", ReportOptions())
    with pytest.raises(MaturityError, match="it is a folder"):
        build_report(score, info, tmp_path, ReportOptions())


def test_replace_failure_is_reported_and_keeps_the_old_file(mini_pack, tmp_path, monkeypatch):
    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("maturity_app.storage.private_files.os.replace", refuse)
    with pytest.raises(MaturityError, match="cannot write the report to .*Permission denied"):
        build_report(score, info, out, ReportOptions())
    assert out.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


# -- hostile text ---------------------------------------------------------------------------------------
nasty = st.one_of(
    st.just(""),
    st.just("<para>"),
    st.just("</para><b>unclosed & <font color='red'>"),
    st.just("Zoë Ελένη Жанна 😀🇳🇱 שלום עליכם مرحبا"),
    st.just("x" * 5000),
    st.just(("word " * 1000).strip()),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(owner=nasty, note=nasty, action=nasty, decision=nasty, org=nasty, label=nasty)
def test_anything_typed_still_gives_a_valid_pdf(mini_pack, tmp_path, owner, note, action, decision, org, label):
    base = sample_assessment(mini_pack, TODAY)
    answers = {
        # The 5,000-character texts go into the evidence notes; shorter ones elsewhere keep the test quick.
        qid: a.with_changes(owner=owner[:200], evidence_note=note, action=action[:600], action_owner=owner[:200],
                            decision=decision[:600], escalate=qid in ("rec-restore", "dec-owner"))
        for qid, a in base.answers.items()
    }
    info = base.info._replace(**{"organisation": org[:200], "scope": note[:2000]})
    score = score_assessment(Assessment(info, mini_pack, answers), TODAY)
    out = tmp_path / "hostile.pdf"
    build_report(score, info, out, ReportOptions(label=" ".join(label.split())[:80]), report_date=TODAY)
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 5
    assert "Executive summary" in reader.pages[2].extract_text()
    brief = tmp_path / "hostile-brief.pdf"
    build_report(score, info, brief, ReportOptions(brief=True), report_date=TODAY)
    assert len(PdfReader(str(brief)).pages) == 2


def test_unanswered_assessment_still_builds(mini_pack, tmp_path):
    info = sample_assessment(mini_pack, TODAY).info
    score = score_assessment(Assessment(info, mini_pack, {"rec-restore": Answer("rec-restore")}), TODAY)
    out = tmp_path / "empty.pdf"
    build_report(score, info, out, ReportOptions(), report_date=TODAY)
    assert "nothing to conclude" in _text(out)


def test_a_full_disk_is_a_clear_error_and_leaves_nothing(mini_pack, tmp_path, monkeypatch):
    import errno

    from maturity_app.report import builder
    from maturity_app.report.atomic import ReportWriteError

    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "board.pdf"
    out.write_bytes(b"%PDF- the previous good report")

    def disk_full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(builder, "publish", disk_full)
    with pytest.raises(ReportWriteError, match="could not be written to .*board.pdf: No space left on device"):
        build_report(score, info, out, ReportOptions())
    assert out.read_bytes() == b"%PDF- the previous good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.pdf"]
