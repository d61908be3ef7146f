"""Typed text is cleaned of control characters (one-line fields stay on one line); imported text holding them is
refused with the field named; nothing about ordinary text in any script changes."""

from __future__ import annotations

import copy
import json

import pytest

from maturity_app.domain.assessment import Answer, check_text
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.evidence import check_verifier
from maturity_app.domain.text_input import control_character, multi_line, one_line
from maturity_app.domain.workshop import clean_name
from maturity_app.storage.database import open_database
from maturity_app.storage.portable import ImportRejected, export_data, import_bytes

PASTED = "Jane\tDoe\r\n(CISO)\x07\x1b[31m\u2028\x00"


def test_one_line_fields_lose_breaks_tabs_and_controls_but_keep_every_script():
    assert one_line(PASTED) == "Jane Doe (CISO)[31m "
    assert one_line("Joris  de Wit ") == "Joris  de Wit "  # spaces are the person's own: kept as typed
    for text in ("Zoë Ødegård", "محمد الأحمد", "דנה כהן", "田中 太郎", "अनुराधा", "O'Brien & Söhne"):
        assert one_line(text) == text
        assert control_character("owner", text) is None
    # Direction marks are format characters people use in right-to-left names: not controls.
    assert one_line("\u200fسارة\u200e") == "\u200fسارة\u200e"


def test_multi_line_fields_keep_lines_and_tabs_with_one_kind_of_break():
    assert multi_line("a\r\nb\rc\u2028d\te\x07\x1b") == "a\nb\nc\nd\te"
    assert control_character("evidence_note", "line one\nline two\tindented") is None


@pytest.mark.parametrize("field,value,position,code", [
    ("organisation", "Acme\nCorp", 5, "U+000A"),
    ("owner", "Ana\tLima", 4, "U+0009"),
    ("action_owner", "Bo\u2028b", 3, "U+2028"),
    ("evidence_note", "ok\x1b]8;;http://x\x07", 3, "U+001B"),
    ("decision", "\x00", 1, "U+0000"),
])
def test_stored_text_with_a_control_character_is_refused_naming_field_and_position(field, value, position, code):
    with pytest.raises(ValidationFailed) as caught:
        check_text(field, value)
    message = str(caught.value)
    assert code in message and f"position {position}" in message
    assert message.startswith(field.replace("_", " "))


def test_an_answer_edited_with_pasted_text_is_stored_clean(store, mini_pack):
    aid = store.create(mini_pack, "  Acme\tGroup\n", assessor="Ana\x07 Lima", scope="Line 1\r\nLine 2")
    info = store.info(aid)
    assert (info.organisation, info.assessor, info.scope) == ("Acme Group", "Ana Lima", "Line 1\nLine 2")
    edited = Answer("rec-restore").with_changes(owner=PASTED, evidence_note="Report\r\nsigned\x0c", action="Fix\x1b")
    store.save_answer(aid, edited)
    saved = store.load(aid).answers["rec-restore"]
    assert saved.owner == "Jane Doe (CISO)[31m "
    assert (saved.evidence_note, saved.action) == ("Report\nsigned\n", "Fix")
    store.rename(aid, "New\x00name\n")
    assert store.info(aid).organisation == "Newname"
    with pytest.raises(ValidationFailed, match="required"):
        store.rename(aid, "\n\t\x07")


def test_a_blank_name_for_a_copy_falls_back_to_the_copy_name(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    copy_id = store.duplicate(aid, " \n ")
    assert store.info(copy_id).organisation.strip()
    assert store.info(copy_id).organisation != ""


def test_names_of_people_are_one_line():
    assert clean_name("Lena\nMüller\x07") == "Lena Müller"
    assert check_verifier("Dr.\tAyşe\r\nKaya", ["Someone Else"]) == "Dr. Ayşe Kaya"


@pytest.mark.parametrize("where,change", [
    ("assessment.organisation", lambda d: d["assessment"].update(organisation="Acme\x1b[2J")),
    ("assessment.assessor", lambda d: d["assessment"].update(assessor="Ana\nLima")),
    ("answers[0].owner", lambda d: d["tables"]["answers"][0].update(owner="Ana\u2029")),
    ("answers[0].evidence_note", lambda d: d["tables"]["answers"][0].update(evidence_note="x\x00y")),
])
def test_an_import_holding_control_characters_is_refused_not_altered(where, change, store, mini_pack, tmp_path):
    aid = store.create(mini_pack, "Nordwind")
    store.save_answer(aid, Answer("rec-restore", 3, 1, owner="Ana", evidence_note="Two\nlines\tand a tab"))
    data = export_data(store.db, aid)
    other = open_database(tmp_path / "other.db")
    try:
        clean_id = import_bytes(other, json.dumps(data).encode(), "ok.maturity.json", installed={})
        assert clean_id  # multi-line text with a tab and a line feed imports as it was exported
        hostile = copy.deepcopy(data)
        change(hostile)
        count = other.execute("SELECT count(*) FROM assessments").fetchone()[0]
        with pytest.raises(ImportRejected) as caught:
            import_bytes(other, json.dumps(hostile).encode(), "x.maturity.json", installed={}, as_copy=True)
        assert where.split(".")[-1] in str(caught.value) and "control character" in str(caught.value)
        assert other.execute("SELECT count(*) FROM assessments").fetchone()[0] == count
    finally:
        other.close()
