from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from maturity_app.domain.pack_loader import load_library
from maturity_app.paths import bundled_packs_dir
from maturity_app.storage.locations import user_packs_dir
from maturity_app.ui.pack_install import install_pack_dialog

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, _k=kind: shown.append((_k, title, text)))
    return shown


def _choose(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Questionnaire packs"))


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _offer(monkeypatch, path, text):
    path.write_text(text)
    _choose(monkeypatch, path)


def _install(parent):
    return install_pack_dialog(parent, load_library(bundled_packs_dir(), user_packs_dir()))


TEAM_PACK = (FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: team-pack", 1)


def test_install_valid_pack_from_dialog(parent, monkeypatch, messages, tmp_path):
    _offer(monkeypatch, tmp_path / "team.yaml", TEAM_PACK)
    assert _install(parent) == "team-pack"
    assert (user_packs_dir() / "team-pack.yaml").exists()
    assert messages[-1][0] == "information" and "Mini test pack" in messages[-1][2]
    assert "team-pack" in load_library(bundled_packs_dir(), user_packs_dir()).packs


def test_broken_pack_shows_file_and_field_and_installs_nothing(parent, monkeypatch, messages, tmp_path):
    _offer(monkeypatch, tmp_path / "broken.yaml", (FIXTURES / "mini.yaml").read_text().replace("weight: 3", "weight: 9"))
    assert _install(parent) is None
    kind, _, text = messages[-1]
    assert kind == "warning" and "broken.yaml:" in text and "weight" in text
    assert not user_packs_dir().exists() or not list(user_packs_dir().iterdir())


def test_same_version_asks_before_replacing(parent, monkeypatch, messages, tmp_path):
    _offer(monkeypatch, tmp_path / "team.yaml", TEAM_PACK)
    assert _install(parent) == "team-pack"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    assert _install(parent) is None
    assert asked and "already installed" in asked[0] and "--force" not in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert _install(parent) == "team-pack"
