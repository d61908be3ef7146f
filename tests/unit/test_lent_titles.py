"""An assessment made before its pack's file gained German is listed under the German title once the installed
packs are read, as opening it shows German (the file agrees with its snapshot in everything but translations);
one whose snapshot says something else under the same id and version keeps its own title, and a lent title never
outlives the snapshot it was checked against."""

from __future__ import annotations

import pytest

from maturity_app.app.lent_titles import agreeing, lend, wanting
from maturity_app.app.workspace import Workspace
from maturity_app.domain import i18n
from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.schema import remember_translations
from maturity_app.paths import bundled_packs_dir


@pytest.fixture
def installed():
    """The bundled EU regulation pack, as the desktop reads it after its first frame."""
    pack = load_pack(bundled_packs_dir() / "eu-regulation.yaml")
    remember_translations(pack)
    return pack


def _before_german(pack, **changes):
    """The snapshot an older build stored: the same pack without its German text (and with *changes*)."""
    return pack.model_copy(update={"translations": {}, **changes})


def _listed(ws, language: str) -> dict[int, str]:
    with i18n.using_language(language):
        return {info.id: info.pack_title for info in ws.assessments.list()}


def _read_installed(ws, packs) -> bool:
    return lend(agreeing(wanting(ws, packs), packs))


def test_an_older_snapshot_is_listed_in_german_once_the_installed_pack_is_read(db_path, installed):
    ws = Workspace.open(db_path, lock=False)
    other = _before_german(installed, title="NIS2 and DORA (draft wording)")  # another text under 1.0.0
    kept = ws.assessments.create(other, "Acme")
    older = ws.assessments.create(_before_german(installed), "Acme")
    german = installed.localized("de").title
    assert _listed(ws, "de") == {older: installed.title, kept: other.title}  # before: nothing read yet

    assert _read_installed(ws, [installed])
    assert _listed(ws, "de") == {older: german, kept: other.title}
    assert _listed(ws, "en") == {older: installed.title, kept: other.title}
    with i18n.using_language("de"):
        assert ws.assessments.info(older).pack_title == german
    # Opening it shows the same (schema.Pack._borrowed, the same agreement).
    assert ws.assessments.load(older).pack.localized("de").title == german
    assert ws.assessments.load(kept).pack.localized("de").title == other.title


def test_a_lent_title_does_not_outlive_its_snapshot(db_path, installed):
    ws = Workspace.open(db_path, lock=False)
    older = ws.assessments.create(_before_german(installed), "Acme")
    assert _read_installed(ws, [installed])
    snapshot_id = ws.db.execute("SELECT pack_snapshot_id FROM assessments WHERE id = ?", [older]).fetchone()[0]
    ws.assessments.delete(older)  # its snapshot goes with its last assessment; the id may be handed out again
    other = _before_german(installed, title="NIS2 and DORA (draft wording)")
    newer = ws.assessments.create(other, "Acme")
    reused = ws.db.execute("SELECT pack_snapshot_id FROM assessments WHERE id = ?", [newer]).fetchone()[0]
    assert reused == snapshot_id  # the case this guards against
    assert _listed(ws, "de") == {newer: other.title}


def test_nothing_is_parsed_when_every_snapshot_carries_the_language(db_path, installed):
    ws = Workspace.open(db_path, lock=False)
    ws.assessments.create(installed, "Acme")
    assert wanting(ws, [installed]) == []
    assert not _read_installed(ws, [installed])
