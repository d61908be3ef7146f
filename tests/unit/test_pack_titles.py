"""An assessment's pack is named in the interface language whatever language it was made in (m013): the titles
of every language a snapshot carries are kept beside it by trigger and read without parsing any pack."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from maturity_app.domain import i18n
from maturity_app.domain.pack_loader import parse_pack
from maturity_app.domain.pack_titles import title_in
from maturity_app.storage.database import open_database
from maturity_app.storage.migrations import migrations
from maturity_app.storage.store import AssessmentStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

ENGLISH, GERMAN = "Mini test pack", "Mini-Testpaket"


@pytest.fixture
def translated_pack():
    text = (FIXTURES / "mini.yaml").read_text() + (FIXTURES / "mini_translations_de.yaml").read_text()
    return parse_pack(text, "mini.yaml")


@pytest.fixture
def plain_pack():
    text = (FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: plain-pack", 1)
    return parse_pack(text.replace(f"title: {ENGLISH}", "title: Plain pack", 1), "plain.yaml")


def test_the_title_rule_is_the_packs_own_language_rule():
    titles = '{"de": "Deutsch", "fr-CA": "Français"}'
    assert title_in("en", "en", "English", titles) == "English"
    assert title_in("de", "en", "English", titles) == "Deutsch"
    assert title_in("de-AT", "en", "English", titles) == "Deutsch"  # a regional reader reads the base language
    assert title_in("fr", "en", "English", titles) == "Français"
    assert title_in("en-GB", "en", "English", titles) == "English"
    assert title_in("it", "en", "English", titles) == "English"  # not carried: the pack's own, not a guess
    assert title_in("de", "de", "Deutsch", '{"en": "English"}') == "Deutsch"
    assert title_in("de", "en", "English", "not json") == "English"  # damaged: still the pack's own
    assert title_in("de", "en", "English", '{"de": "   "}') == "English"
    assert title_in("de", None, None, None) is None  # nothing stored: the caller falls back


def test_an_assessment_made_in_either_language_is_listed_in_the_interface_language(store, translated_pack,
                                                                                   plain_pack):
    made_in_english = store.create(translated_pack, "Acme")
    made_in_german = store.create(translated_pack.localized("de"), "Beta")
    plain = store.create(plain_pack, "Gamma")
    stored = dict(store.db.execute("SELECT id, pack_title FROM assessments").fetchall())
    assert stored[made_in_english] == ENGLISH and stored[made_in_german] == GERMAN  # as made: the bug's cause
    for language, expected in (("en", ENGLISH), ("de", GERMAN)):
        with i18n.using_language(language):
            listed = {info.id: info.pack_title for info in store.list()}
            assert listed == {made_in_english: expected, made_in_german: expected, plain: "Plain pack"}
            assert store.info(made_in_german).pack_title == expected
            assert {i: info.pack_title for i, info in store.infos([made_in_english]).items()} == {
                made_in_english: expected}
            assert [info.pack_title for info in store.list(limit=1)] == ["Plain pack"]


def test_titles_follow_the_snapshots_rows_and_a_damaged_snapshot_keeps_its_stored_title(store, translated_pack):
    db = store.db
    first = store.create(translated_pack, "Acme")
    second = store.create(translated_pack, "Beta")
    assert db.execute("SELECT count(*) FROM pack_snapshot_titles").fetchone()[0] == 1  # one per snapshot
    store.delete(first)
    assert db.execute("SELECT count(*) FROM pack_snapshot_titles").fetchone()[0] == 1
    store.delete(second)
    assert db.execute("SELECT count(*) FROM pack_snapshot_titles").fetchone()[0] == 0  # released with it
    damaged = db.execute("INSERT INTO pack_snapshots (sha256, snapshot) VALUES (?, 'not json')",
                         ["0" * 64]).lastrowid
    assert db.execute("SELECT count(*) FROM pack_snapshot_titles").fetchone()[0] == 0
    db.execute("INSERT INTO assessments (uid, organisation, pack_id, pack_version, pack_title, pack_snapshot_id, "
               "question_count, created_at, updated_at) VALUES ('u-1', 'Old', 'mini', '1.0.0', 'As stored', ?, 5, "
               "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')", [damaged])
    with i18n.using_language("de"):
        assert [info.pack_title for info in store.list()] == ["As stored"]
    db.execute("UPDATE pack_snapshots SET snapshot = ? WHERE id = ?", [translated_pack.snapshot(), damaged])
    with i18n.using_language("de"):
        assert [info.pack_title for info in store.list()] == [GERMAN]  # a rewritten snapshot is read again


def test_an_older_database_gets_its_titles_when_it_migrates(tmp_path, translated_pack):
    path = tmp_path / "m012.db"
    conn = sqlite3.connect(path, isolation_level=None)
    old = Database(conn)
    migrations.apply(old, stop_before="m013_store_pack_titles_in_every_language")
    snapshot = translated_pack.localized("de").snapshot()  # the snapshot is the pack as read, in every language
    old.execute("INSERT INTO pack_snapshots (sha256, snapshot) VALUES (?, ?)",
                [hashlib.sha256(snapshot.encode()).hexdigest(), snapshot])
    old.execute("INSERT INTO assessments (uid, organisation, pack_id, pack_version, pack_title, pack_snapshot_id, "
                "question_count, created_at, updated_at) VALUES ('u-1', 'Acme', 'mini', '1.0.0', ?, 1, 5, "
                "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')", [GERMAN])
    conn.close()

    db = open_database(path)
    try:
        store = AssessmentStore(db)
        with i18n.using_language("en"):
            assert [info.pack_title for info in store.list()] == [ENGLISH]
        with i18n.using_language("de"):
            assert [info.pack_title for info in store.list()] == [GERMAN]
    finally:
        db.close()


def test_a_portable_export_carries_no_titles_table(store, translated_pack):
    from maturity_app.storage.portable import assessment_tables

    store.create(translated_pack, "Acme")
    assert "pack_snapshot_titles" not in {shape.name for shape in assessment_tables(store.db)}
