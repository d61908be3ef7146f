"""Packs carry translations beside the original: complete or refused, shown in the current language, never scored
differently, stored and fingerprinted as the file has them."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from maturity_app.domain.errors import PackError
from maturity_app.domain.fingerprint import assessment_fingerprint, score_fingerprint
from maturity_app.domain.pack_loader import parse_pack
from maturity_app.domain.schema import Pack
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.samples import sample_assessment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = dt.date(2026, 6, 1)


def _text(block: str | None = None) -> str:
    block = (FIXTURES / "mini_translations_de.yaml").read_text() if block is None else block
    return (FIXTURES / "mini.yaml").read_text() + block


def _edited(old: str, new: str) -> str:
    block = (FIXTURES / "mini_translations_de.yaml").read_text()
    assert old in block, old
    return _text(block.replace(old, new, 1))


def _problems(text: str) -> str:
    with pytest.raises(PackError) as info:
        parse_pack(text, "mini.yaml")
    return str(info.value)


@pytest.fixture
def pack() -> Pack:
    return parse_pack(_text(), "mini.yaml")


def test_a_complete_translation_loads_and_lists_its_language(pack):
    assert pack.languages() == ["en", "de"]
    assert set(pack.translations) == {"de"}


def test_localized_shows_every_text_in_german(pack):
    de = pack.localized("de")
    assert de.title == "Mini-Testpaket" and de.description == "Ein kleines Paket für Tests."
    assert de.language == "de"
    assert de.scales.compliance.title == "Was das Papier sagt"
    assert [lvl.label for lvl in de.scales.capability.levels] == [
        "Nie versucht", "Ad hoc", "Planspiel", "Geübt", "Unter Druck bewiesen"]
    assert [d.title for d in de.domains] == ["Getestete Wiederherstellung", "Getroffene Entscheidungen", "Kultur"]
    q = de.question("rec-restore")
    assert q.title == "Wiederherstellung innerhalb der RTO bewiesen"
    assert q.compliance.startswith("Sind RPO und Wiederanlaufzeit (RTO)")
    assert q.anchor("capability", 3, de.scales).startswith("Eine vollständige Wiederherstellung")
    assert q.anchor("capability", 2, de.scales) == "Auf dem Papier durchgespielt."  # the scale's German anchor
    assert q.evidence == "Bericht des Wiederherstellungstests mit Zeiten."
    deps = de.question("rec-deps")
    assert deps.owner_role == "Leitung IT-Betrieb"
    assert deps.na_guidance.startswith("Kein kritischer Dienst")
    assert deps.evidence == ""  # the original has none, so neither does the translation


def test_localized_keeps_everything_that_is_not_text(pack):
    de = pack.localized("de")

    def skeleton(p: Pack):
        return [(d.id, [(q.id, q.weight, q.freshness_months, q.references, sorted(q.anchors.compliance),
                         sorted(q.anchors.capability)) for q in d.questions]) for d in p.domains]

    assert skeleton(de) == skeleton(pack)
    assert (de.id, de.version, de.subject) == (pack.id, pack.version, pack.subject)
    assert [lvl.level for lvl in de.scales.compliance.levels] == [0, 1, 2, 3, 4]
    assert de.question("rec-restore").title != pack.question("rec-restore").title


def test_unknown_or_own_language_gives_the_original_and_regional_codes_find_their_language(pack):
    assert pack.localized("en") is pack
    assert pack.localized("fr") is pack
    assert pack.localized("de-AT").title == "Mini-Testpaket"
    de = pack.localized("de")
    assert de is pack.localized("de")  # made once per language
    assert de.localized("en") is pack and de.original() is pack
    assert de.localized("de") is de


def test_a_pack_without_translations_localizes_to_itself(mini_pack):
    assert mini_pack.translations == {}
    assert mini_pack.localized("de") is mini_pack
    assert mini_pack.languages() == ["en"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a whole question left out
    ("      cul-near-miss:\n        title: Beinahe-Vorfälle gemeldet\n"
     "        compliance: Gibt es einen dokumentierten Weg, Beinahe-Vorfälle zu melden?\n"
     "        capability: Wie viele Beinahe-Vorfälle wurden im letzten Quartal gemeldet, und was hat sich geändert?\n"
     "        consequence: Probleme, von denen wir nie hören, sind die, die uns öffentlich überraschen.\n", "",
     "translations.de.questions.cul-near-miss: is missing"),
    # an anchor at the wrong level: the original's level 3 is missing, level 2 is not in the original
    ("            3: Eine vollständige", "            2: Eine vollständige",
     "translations.de.questions.rec-restore.anchors.capability.3: is missing"),
    ("            3: Eine vollständige", "            2: Eine vollständige",
     "translations.de.questions.rec-restore.anchors.capability.2: is not in the original"),
    # optional texts: present exactly when the original has them
    ("        owner_role: Leitung IT-Betrieb\n", "",
     "translations.de.questions.rec-deps.owner_role: is missing"),
    ("        owner_role: Leitung IT-Betrieb\n", "        owner_role: Leitung IT-Betrieb\n        evidence: Ein Bericht.\n",
     "translations.de.questions.rec-deps.evidence: is not in the original"),
    ("    description: Ein kleines Paket für Tests.\n", "", "translations.de.description: is missing"),
    ("      recovery: {title: Getestete Wiederherstellung}\n",
     "      recovery: {title: Getestete Wiederherstellung, description: Gibt es im Original nicht.}\n",
     "translations.de.domains.recovery.description: is not in the original"),
    ("      culture: {title: Kultur}\n", "", "translations.de.domains.culture: is missing"),
    ("      culture: {title: Kultur}\n", "      culture: {title: Kultur}\n      people: {title: Menschen}\n",
     "translations.de.domains.people: is not in the original"),
    ("      dec-exceptions:\n", "      dec-exception:\n", "translations.de.questions.dec-exception: is not in the original"),
    ("          2: {label: Planspiel, anchor: Auf dem Papier durchgespielt.}\n", "",
     "translations.de.scales.capability.levels.2: is missing"),
])
def test_coverage_errors_name_file_language_and_exact_path(old, new, expected):
    message = _problems(_edited(old, new))
    assert expected in message
    assert message.startswith("mini.yaml:")


def test_a_missing_text_names_the_line_of_its_question():
    text = _edited("        owner_role: Leitung IT-Betrieb\n", "")
    line = next(i + 1 for i, l in enumerate(text.splitlines()) if l == "      rec-deps:")
    assert f"mini.yaml:{line} translations.de.questions.rec-deps.owner_role" in _problems(text)


def test_required_texts_are_required_and_limited_like_the_originals():
    message = _problems(_edited("        consequence: Befristete Ausnahmen", "        folge: Befristete Ausnahmen"))
    assert "translations.de.questions.dec-exceptions.consequence: Field required" in message
    assert "translations.de.questions.dec-exceptions.folge: Extra inputs are not permitted" in message
    message = _problems(_edited("        title: Ausnahmen laufen ab", "        title: " + "Ausnahmen " * 25))
    assert "translations.de.questions.dec-exceptions.title: String should have at most 200 characters" in message
    message = _problems(_edited("{label: Fehlt,", "{label: " + "x" * 61 + ","))
    assert "label: String should have at most 60 characters" in message
    message = _problems(_edited("        title: Ausnahmen laufen ab", "        title: ''"))
    assert "dec-exceptions.title: String should have at least 1 character" in message


def test_language_codes_follow_the_pattern_and_a_pack_is_not_translated_into_itself():
    assert "translations.German" in _problems(_edited("  de:\n", "  German:\n"))
    assert "translations.en: the pack is written in 'en' already" in _problems(_edited("  de:\n", "  en:\n"))
    assert parse_pack(_edited("  de:\n", "  de-AT:\n"), "mini.yaml").languages() == ["en", "de-AT"]


def test_snapshot_keeps_translations_and_is_the_original_whatever_language_is_shown(pack):
    de = pack.localized("de")
    assert de.snapshot() == pack.snapshot()
    again = Pack.from_snapshot(de.snapshot())
    assert again.snapshot() == pack.snapshot() and again.translations == pack.translations
    assert again.localized("de").question("rec-restore").title == "Wiederherstellung innerhalb der RTO bewiesen"


def test_an_old_snapshot_without_translations_still_loads(mini_pack):
    import json

    old = json.loads(mini_pack.snapshot())
    del old["translations"]  # what every snapshot stored before packs had translations looks like
    loaded = Pack.from_snapshot(json.dumps(old))
    assert loaded == mini_pack
    assert loaded.localized("de") is loaded


def test_scores_and_fingerprint_are_the_same_in_both_languages(pack):
    english = sample_assessment(pack, TODAY)
    german = dataclasses.replace(english, pack=pack.localized("de"))
    en_score, de_score = score_assessment(english, TODAY), score_assessment(german, TODAY)
    assert assessment_fingerprint(german) == assessment_fingerprint(english)
    assert score_fingerprint(de_score) == score_fingerprint(en_score)

    def numbers(score):
        return [(q.question.id, q.answer.compliance, q.capability, q.gap, q.quadrant) for q in score.questions], [
            (d.domain.id, d.compliance_index, d.capability_index, d.verdict) for d in score.domains]

    assert numbers(de_score) == numbers(en_score)
    assert [q.question.title for q in de_score.questions][0] == "Wiederherstellung innerhalb der RTO bewiesen"


def test_translations_change_the_digest_but_an_untranslated_pack_keeps_its_old_one(pack, mini_pack):
    answers = sample_assessment(mini_pack, TODAY)
    with_translations = dataclasses.replace(answers, pack=pack)
    assert assessment_fingerprint(with_translations) != assessment_fingerprint(answers)
    from maturity_app.domain.fingerprint import canonical_record

    assert b"translations" not in canonical_record(mini_pack, answers.answers.values())


def test_a_german_view_of_a_pack_is_not_a_rewording_of_it(pack):
    from maturity_app.domain.reassess import pack_change

    assert pack_change(pack.localized("de"), pack).is_empty
    assert pack_change(pack, pack.localized("de")).is_empty


def _library_with(tmp_path, text: str):
    from maturity_app.domain.pack_loader import load_library

    folder = tmp_path / "packs"
    folder.mkdir(exist_ok=True)
    (folder / "mini.yaml").write_text(text)
    return load_library(folder)


def test_an_older_snapshot_is_shown_in_the_language_its_installed_file_has_gained(mini_pack, tmp_path):
    old = Pack.from_snapshot(mini_pack.snapshot())  # stored before the file had German
    english_digest = assessment_fingerprint(sample_assessment(old, TODAY))
    assert old.localized("de") is old  # nothing read yet that could lend it German
    _library_with(tmp_path, _text())
    german = old.localized("de")
    assert german.question("rec-restore").title == "Wiederherstellung innerhalb der RTO bewiesen"
    assert german.domains[0].title == "Getestete Wiederherstellung"
    assert german.snapshot() == old.snapshot()  # stored as it was: no German in it
    assert german.stored() is old
    answers = sample_assessment(old, TODAY)
    assert assessment_fingerprint(dataclasses.replace(answers, pack=german)) == english_digest
    assert score_fingerprint(score_assessment(dataclasses.replace(answers, pack=german), TODAY)) == english_digest
    assert german.localized("en").question("rec-restore").title == "Restores proven within RTO"


def test_a_file_that_is_not_the_same_questionnaire_lends_nothing(mini_pack, tmp_path):
    old = Pack.from_snapshot(mini_pack.snapshot())
    # The installed file of that version words a question differently: it is not what was answered.
    _library_with(tmp_path, _text().replace("title: Restores proven within RTO", "title: Restores proven fast"))
    assert old.localized("de") is old
    # Another version's German is no evidence about this one either.
    _library_with(tmp_path, _text().replace('version: "1.0.0"', 'version: "1.1.0"'))
    newer = Pack.from_snapshot(mini_pack.snapshot())
    assert newer.localized("de") is newer


def test_stored_headlines_name_the_pack_in_its_own_language_whatever_the_window_speaks(store, pack):
    import json

    from maturity_app.app.open_assessment import OpenAssessment
    from maturity_app.app.workspace import Workspace
    from maturity_app.domain import i18n
    from maturity_app.domain.assessment import Answer

    aid = store.create(pack, "Acme Bank")
    ws = Workspace(store.db, today=TODAY)
    try:
        i18n.set_language("de")
        model = OpenAssessment(ws, aid)
        assert model.pack.title == "Mini-Testpaket"
        model.write_answers([Answer("rec-restore", compliance=3, capability=1)])
    finally:
        i18n.set_language("en")
    stored = json.loads(store.db.execute("SELECT figures FROM assessment_headlines WHERE assessment_id = ?",
                                         [aid]).fetchone()[0])
    assert stored["pack"]["title"] == "Mini test pack"


def test_a_pack_change_names_its_questions_in_the_shown_language(pack):
    from maturity_app.domain.localize import localized_pack_change
    from maturity_app.domain.reassess import pack_change

    newer = parse_pack(_text().replace('version: "1.0.0"', 'version: "1.1.0"')
                       .replace("compliance: Are dependencies of critical services listed in the continuity plan?",
                                "compliance: Are all dependencies of critical services listed in the continuity plan?"),
                       "mini.yaml")
    change = pack_change(pack, newer)
    assert [r.id for r in change.reworded] == ["rec-deps"]
    german = localized_pack_change(change, pack, newer, "de")
    assert (german.reworded[0].title, german.reworded[0].domain) == ("Abhängigkeiten einbezogen",
                                                                    "Getestete Wiederherstellung")
    assert german.reworded[0].note == change.reworded[0].note
    assert localized_pack_change(change, pack, newer, "en") == change
