"""Re-assessing last year's assessment, made with a released 1.0.0 pack, from the dialog a user sees."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from maturity_app.app.workspace import Workspace
from maturity_app.domain.assessment import Answer
from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.schema import Pack
from maturity_app.ui.cycle.reassess_dialog import ReassessDialog

ROOT = Path(__file__).resolve().parents[2]


def test_dialog_says_what_changed_in_the_new_core_pack_and_carries_last_years_work(qtbot, store):
    released = Pack.model_validate(yaml.safe_load((ROOT / "tests/fixtures/packs-1.0.0/core.yaml").read_text()))
    aid = store.create(released, "Acme")
    store.save_answer(aid, Answer("rec-restore-proven", compliance=4, capability=1, owner="Ana",
                                  action="Timed restore of the ERP"))
    dialog = ReassessDialog(Workspace(store.db), aid, load_pack(ROOT / "questionnaires/core.yaml"))
    qtbot.addWidget(dialog)
    dialog.show()
    text = "\n".join(dialog.change_lines)
    assert "pack core moved from version 1.0.0 to 2.0.0" in text
    assert ("levels re-defined since last time: rec-restore-proven “Critical restores proven against their RTO” "
            "(Recovery and continuity) — compliance levels 2, 3, 4 re-anchored") in text
    assert "weight 3 → 2" in text and "removed from the pack" not in text
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    new = store.load(dialog.result_info.new_id)
    assert new.info.pack_version == "2.0.0"
    carried = new.answer("rec-restore-proven")
    assert (carried.owner, carried.action, carried.compliance) == ("Ana", "Timed restore of the ERP", None)
