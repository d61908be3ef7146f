"""The report as a board secretary checks it: the CLI writes it, poppler's tools read it."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from maturity_app import __version__

from maturity_app.domain.formatting import points, signed


def _tool(*args: str) -> str:
    result = subprocess.run(list(args), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def demo(cli, tmp_path):
    out = tmp_path / "demo.pdf"
    cli("demo", "--pack", "mini", "--out", str(out))
    return out


def test_demo_report_metadata_fonts_and_pages(demo):
    info = _tool("pdfinfo", str(demo))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 8
    assert "Title:           Board report: Northwind Logistics Group — Mini test pack" in info
    assert "Author:          Dana Whitfield, CISO" in info
    assert f"Creator:         Maturity {__version__}" in info
    assert re.search(r"Page size:\s+595.2\d* x 841.8\d* pts \(A4\)", info)
    assert "Encrypted:       no" in info
    fonts = _tool("pdffonts", str(demo)).splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts  # embedded, subset, unicode
    assert {line.split()[0].split("+")[1] for line in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}
    text = _tool("pdftotext", "-layout", str(demo), "-")
    assert f"Page {pages} of {pages}" in text


def test_numbers_in_the_pdf_match_the_score_command(cli, demo):
    score = json.loads(cli("score", "1", "--json").stdout)
    summary_page = _tool("pdftotext", "-f", "3", "-l", "3", str(demo), "-")
    assert "Executive summary" in summary_page
    compliance, capability = points(score["compliance_index"]), points(score["capability_index"])
    assert f"On paper the organisation scores {compliance} of 100; proven capability scores {capability}" in \
        " ".join(summary_page.split()) or f"Paper ({compliance} of 100)" in summary_page
    counts = score["counts"]
    assert f"{counts['escalations']}/{counts['escalation_budget']}" in summary_page
    words = summary_page.split()
    for value in (compliance, capability, str(counts["unowned"]), str(counts["stale_proofs"])):
        assert value in words
    domain_page = _tool("pdftotext", "-layout", str(demo), "-")
    for d in score["domains"]:
        row = next(line for line in domain_page.splitlines()
                   if line.strip().startswith(d["title"]) and f"{d['answered']}/{d['applicable']}" in line)
        assert points(d["compliance_index"]) in row.split() and points(d["capability_index"]) in row.split()
        assert signed(d["gap_points"]) in row.split()  # printed paper minus printed practice


def test_fingerprint_command_matches_the_report(cli, demo):
    digest = cli("fingerprint", "1").stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    cover = _tool("pdftotext", "-f", "1", "-l", "1", str(demo), "-")
    printed = re.search(r"RECORD FINGERPRINT\s+((?:[0-9a-f]{8}\s*){8})", cover).group(1)
    assert re.sub(r"\s", "", printed) == digest
    cli("answer", "1", "rec-restore", "--note", "edited after the report")
    assert cli("fingerprint", "1").stdout.strip() != digest


def test_report_options_from_the_command_line(cli, demo, tmp_path):
    password_file = tmp_path / "pw.txt"
    password_file.write_text("board-only 2026\n")
    out = tmp_path / "brief.pdf"
    cli("report", "1", "--out", str(out), "--brief", "--page-size", "letter", "--label", "SECRET — Ελλάδα",
        "--password-file", str(password_file))
    info = _tool("pdfinfo", "-upw", "board-only 2026", str(out))
    assert re.search(r"Encrypted:\s+yes .*algorithm:AES-256", info), info
    assert re.search(r"Pages:\s+2\n", info) and "(letter)" in info
    text = _tool("pdftotext", "-upw", "board-only 2026", str(out), "-")
    assert "SECRET — Ελλάδα" in text
    locked = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert locked.returncode != 0

    part = tmp_path / "part.pdf"
    cli("report", "1", "--out", str(part), "--sections", "summary,crosswalk")
    text = " ".join(_tool("pdftotext", str(part), "-").split())
    assert "Appendix B" in text and "Top gaps" not in text
    assert "A.5.30" in text and "ICT readiness for business continuity" in text


def test_bad_report_requests_are_clear_errors_and_write_nothing(cli, demo, tmp_path):
    before = demo.read_bytes()
    result = cli("report", "1", "--out", str(demo), "--sections", "summary,everything", check=False)
    assert result.returncode == 2 and "unknown report sections ['everything']" in result.stderr
    result = cli("report", "1", "--out", str(tmp_path / "nope" / "r.pdf"), check=False)
    assert result.returncode == 2 and "the folder" in result.stderr and "does not exist" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = cli("report", "1", "--out", str(demo), "--password-file", str(empty), check=False)
    assert result.returncode == 2 and "is empty" in result.stderr
    assert demo.read_bytes() == before


def test_word_and_deck_from_the_command_line_and_clear_refusals(cli, demo, tmp_path):
    from docx import Document
    from pptx import Presentation

    word = tmp_path / "board.docx"
    cli("report", "1", "--out", str(word))  # the format follows the extension
    assert "Executive summary" in [p.text for p in Document(str(word)).paragraphs]
    deck = tmp_path / "slides.pptx"
    cli("report", "1", "--out", str(deck), "--format", "pptx")
    assert 6 <= len(Presentation(str(deck)).slides) <= 10
    result = cli("report", "1", "--out", str(tmp_path / "x.pdf"), "--format", "docx", check=False)
    assert result.returncode == 2 and "ends in .pdf but --format is docx" in result.stderr
    result = cli("report", "1", "--out", str(tmp_path / "x.pdf"), "--brief", "--sections", "summary", check=False)
    assert result.returncode == 2 and "--sections cannot be combined with --brief" in result.stderr
    short = tmp_path / "short.txt"
    short.write_text("abc123\n")
    result = cli("report", "1", "--out", str(tmp_path / "x.pdf"), "--password-file", str(short), check=False)
    assert result.returncode == 2 and "the password is 6 characters long; use at least 12" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
