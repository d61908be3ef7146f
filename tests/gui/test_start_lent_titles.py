"""The German start page names an assessment made before its pack had German as opening it does: in German, once
the installed packs are read after the first frame; the row the user selected stays selected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from maturity_app.domain.pack_loader import load_pack
from maturity_app.paths import bundled_packs_dir
from maturity_app.ui.assessment_list_model import PACK


def test_an_older_snapshot_is_listed_under_its_german_title(german, make_app, store, qtbot):
    pack = load_pack(bundled_packs_dir() / "eu-regulation.yaml")
    older = store.create(pack.model_copy(update={"translations": {}}), "Acme Bank")
    store.create(load_pack(bundled_packs_dir() / "core.yaml"), "Acme Bank")
    window, controller = make_app()
    table = window.start_page.table
    model = table.model()
    table.selectRow(1)
    qtbot.waitUntil(lambda: window.start_page.selected_id() == older)

    german_title = f"{pack.localized('de').title} {pack.version}"
    qtbot.waitUntil(lambda: any(model.index(r, PACK).data() == german_title for r in range(model.rowCount())),
                    timeout=15000)
    assert window.start_page.selected_id() == older
    core = load_pack(bundled_packs_dir() / "core.yaml")
    assert {model.index(r, PACK).data() for r in range(model.rowCount())} == {
        german_title, f"{core.localized('de').title} {core.version}"}
    # Opening it shows the same title (Enter on the selected row, as a user opens it).
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Return)
    qtbot.waitUntil(lambda: controller.assessment is not None)
    assert window.assessment_page.details.text().startswith(german_title)
