"""The command line shows pack texts in the current language: domain and question titles in German under
``set_language("de")``, English again after switching back, with the same figures."""

from __future__ import annotations

import json

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.domain import i18n
from maturity_app.domain.assessment import Answer
from maturity_app.domain.pack_loader import load_pack
from maturity_app.paths import bundled_packs_dir


@pytest.fixture
def core_assessment(store, db_path):
    aid = store.create(load_pack(bundled_packs_dir() / "core.yaml"), "Acme Bank")
    store.save_answer(aid, Answer("rec-restore-proven", compliance=4, capability=0, owner="Dana",
                                  action="Rehearse a restore"))
    return str(db_path), str(aid)


def _score(capsys, db, aid) -> dict:
    assert cli_main(["--db", db, "score", aid, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_score_and_plan_follow_the_language(core_assessment, capsys):
    db, aid = core_assessment
    try:
        i18n.set_language("de")
        german = _score(capsys, db, aid)
        assert cli_main(["--db", db, "action", aid, "--json"]) == 0
        plan = json.loads(capsys.readouterr().out)
    finally:
        i18n.set_language("en")
    english = _score(capsys, db, aid)
    assert german["pack"]["title"] == "Fähigkeitsüberprüfung nach der Zertifizierung"
    assert german["domains"][0]["title"] == "Wiederherstellung und Notfallfähigkeit"
    assert german["top_gaps"][0]["title"] == "Wiederherstellung kritischer Dienste gegen die RTO bewiesen"
    assert plan[0]["title"] == "Wiederherstellung kritischer Dienste gegen die RTO bewiesen"
    assert english["domains"][0]["title"] == "Recovery and continuity"
    assert english["top_gaps"][0]["title"] == "Critical restores proven against their RTO"
    numbers = ("compliance_index", "capability_index", "gap_points", "answered", "applicable")
    assert [german[k] for k in numbers] == [english[k] for k in numbers]


def test_packs_lists_the_title_in_the_current_language(capsys):
    try:
        i18n.set_language("de")
        assert cli_main(["packs", "--json"]) == 0
        german = {p["id"]: p["title"] for p in json.loads(capsys.readouterr().out)["packs"]}
    finally:
        i18n.set_language("en")
    assert german["core"] == "Fähigkeitsüberprüfung nach der Zertifizierung"
    assert german["eu-regulation"] == "NIS2 und DORA – Pflichten in der Praxis erfüllt?"


def test_the_answers_csv_names_questions_in_the_current_language(core_assessment, store):
    from maturity_app.storage.csv_export import answers_csv_text

    aid = int(core_assessment[1])
    with i18n.using_language("de"):
        german = answers_csv_text(store, aid).splitlines()
    english = answers_csv_text(store, aid).splitlines()
    assert german[0] == english[0]  # the header is for machines: the same in every language
    assert german[1].startswith("Wiederherstellung und Notfallfähigkeit,rec-restore-proven,"
                                "Wiederherstellung kritischer Dienste gegen die RTO bewiesen,4,0,")
    assert english[1].startswith("Recovery and continuity,rec-restore-proven,Critical restores proven against their RTO,4,0,")


def test_an_assessment_stored_before_its_pack_had_german_is_shown_in_german(store, db_path, capsys):
    import json as json_

    from maturity_app.domain.schema import Pack

    core = load_pack(bundled_packs_dir() / "core.yaml")
    before = json_.loads(core.snapshot())
    del before["translations"]  # how core 2.0.0 was stored before it carried German
    old = Pack.from_snapshot(json_.dumps(before))
    aid = store.create(old, "Acme Bank")
    from maturity_app.domain.schema import forget_translations

    forget_translations()  # a fresh command line: nothing read yet
    try:
        i18n.set_language("de")
        german = _score(capsys, str(db_path), str(aid))
        assert cli_main(["--db", str(db_path), "fingerprint", str(aid)]) == 0
        digest_de = capsys.readouterr().out
    finally:
        i18n.set_language("en")
    assert german["domains"][0]["title"] == "Wiederherstellung und Notfallfähigkeit"
    assert cli_main(["--db", str(db_path), "fingerprint", str(aid)]) == 0
    assert capsys.readouterr().out == digest_de
    from maturity_app.storage.pack_snapshots import snapshot_of

    stored = json_.loads(snapshot_of(store.db, aid))
    assert stored["translations"] == {}  # shown in German, stored as it was
