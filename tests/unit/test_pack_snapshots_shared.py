"""An installed pack the library parsed also serves the assessments whose snapshot is exactly that pack: opening
one parses nothing more and holds no second copy; any other snapshot is parsed from its own stored text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from maturity_app.app.assessments import create_assessment
from maturity_app.app.pack_library import shared_with_assessments
from maturity_app.app.workspace import Workspace
from maturity_app.domain.pack_loader import PackLibrary, parse_pack
from maturity_app.domain.schema import Pack
from maturity_app.storage import pack_snapshots

TODAY = dt.date(2026, 6, 1)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _library(pack) -> PackLibrary:
    return PackLibrary(packs={pack.id: pack})


def test_an_assessment_made_from_an_installed_pack_opens_with_the_librarys_own_parse(db_path, mini_pack,
                                                                                      monkeypatch):
    ws = Workspace.open(db_path, today=TODAY)
    new_id = create_assessment(ws, mini_pack, "Acme Bank").value
    ws.assessments.load(new_id)  # parsed once from its stored snapshot before the library was loaded
    library = shared_with_assessments(_library(mini_pack))
    parses = []
    real = Pack.from_snapshot.__func__
    monkeypatch.setattr(Pack, "from_snapshot", classmethod(lambda cls, text: parses.append(text) or real(cls, text)))

    loaded = ws.assessments.load(new_id)
    ws.close()

    assert loaded.pack.stored() is library.get(mini_pack.id)
    assert parses == []


def test_an_assessment_of_another_wording_keeps_its_own_stored_snapshot(db_path, mini_pack):
    reworded = mini_pack.model_copy(update={"title": mini_pack.title + " (draft)"})
    ws = Workspace.open(db_path, today=TODAY)
    new_id = create_assessment(ws, reworded, "Acme Bank").value
    shared_with_assessments(_library(mini_pack))

    loaded = ws.assessments.load(new_id)
    ws.close()

    assert loaded.pack.stored() is not mini_pack
    assert loaded.pack.title == reworded.title
    assert loaded.pack.snapshot() == reworded.snapshot()


def test_a_library_pack_shown_in_another_language_is_shared_as_the_pack_it_was_read_as():
    # What an assessment stores is the pack as read, never a copy localized for the interface.
    translated = parse_pack((FIXTURES / "mini.yaml").read_text() + (FIXTURES / "mini_translations_de.yaml").read_text(),
                            "mini.yaml")
    german = translated.localized("de")
    assert german is not translated
    shared_with_assessments(PackLibrary(packs={translated.id: german}))
    assert pack_snapshots.pack_from_snapshot(translated.snapshot()) is translated
