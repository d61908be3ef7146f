"""CSV export for spreadsheets: every question, UTF-8 (optionally with BOM), formulas neutralised."""

from __future__ import annotations

import csv
import io

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.domain.assessment import Answer
from maturity_app.storage.csv_export import COLUMNS, export_answers_csv, neutralise


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("plain = fine", "plain = fine"),
        ("", ""),
        ("na", "na"),
    ],
)
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


@pytest.fixture
def answered(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    store.save_answer(
        aid,
        Answer(
            "rec-restore", 2, "na", owner="=cmd|' /C calc'!A0", evidence_note='Zürich "quoted", comma\nnew line',
            action="@risk", action_owner="-Bob",
        ),
    )
    return aid


def _rows(raw: bytes, encoding="utf-8") -> list[dict]:
    return list(csv.DictReader(io.StringIO(raw.decode(encoding), newline="")))


def test_export_lists_every_question_with_answers_neutralised(tmp_path, store, answered, mini_pack):
    path = export_answers_csv(store, answered, tmp_path / "a.csv")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(raw)
    assert list(rows[0]) == COLUMNS
    assert [r["question_id"] for r in rows] == [q.id for q in mini_pack.questions()]
    first = rows[0]
    assert first["compliance"] == "2" and first["capability"] == "na"
    assert first["capability_owner"] == "'=cmd|' /C calc'!A0"
    assert first["action"] == "'@risk" and first["action_owner"] == "'-Bob"
    assert first["evidence_note"] == 'Zürich "quoted", comma\nnew line'
    assert rows[1]["compliance"] == "" and rows[1]["capability_owner"] == ""
    assert path.stat().st_mode & 0o777 == 0o600
    assert b"\r\n" in raw


def test_no_cell_starts_with_a_formula_trigger(tmp_path, store, answered):
    rows = _rows(export_answers_csv(store, answered, tmp_path / "a.csv").read_bytes())
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_bom_option_for_excel(tmp_path, store, answered, db_path):
    out = tmp_path / "excel.csv"
    assert cli_main(["--db", str(db_path), "export-csv", str(answered), "--out", str(out), "--bom"]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert _rows(raw, "utf-8-sig")[0]["evidence_note"].startswith("Zürich")


def test_the_level_counted_and_why_travel_with_the_answer(tmp_path, store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=3, owner="Ana"))
    row = _rows(export_answers_csv(store, aid, tmp_path / "a.csv").read_bytes())[0]
    assert (row["capability"], row["capability_counted"]) == ("3", "1")
    assert "no proof date is recorded" in row["why_counted_lower"]
