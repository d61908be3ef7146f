"""Screenshots of the German edition for the README: docs/screenshots/de/*.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_de.py

Builds the real window on a throwaway data folder with the interface set to Deutsch in Settings, opens the
sample assessment (the one "Beispielbewertung öffnen" creates) and its next cycle, and saves what each page
shows at 1366x768, the laptop size the German GUI tests check.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots" / "de"
SIZE = (1366, 768)


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="maturity-screens-"))
    os.environ["MATURITY_APP_DATA_DIR"] = str(data / "data")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from maturity_app.ui.app_settings import AppSettings, save_settings, settings_path

    (data / "data").mkdir()
    save_settings(AppSettings(language="de"), settings_path())
    from maturity_app.app import assessments as assessment_ops
    from maturity_app.storage.cycle_store import CycleStore
    from maturity_app.ui.launch import build_app, load_packs

    window, controller = build_app(data / "maturity.db", app, today=dt.date(2026, 11, 30))
    window.resize(*SIZE)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()

    def shot(name: str, widget=None) -> None:
        settle()
        (widget or window).grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    library = load_packs()
    pack = library.packs["core"]
    workspace = controller.workspace
    sample = assessment_ops.create_sample(workspace, pack).value
    later = CycleStore(workspace.assessments).reassess(sample, pack, prefill=True).new_id
    controller.start.refresh()
    shot("start")
    controller.open_assessment(sample)
    controller.assessment.go_to("rec-restore-proven") if "rec-restore-proven" in controller.assessment.session.question_ids \
        else None
    shot("question")
    controller.assessment.show_dashboard(True)
    shot("dashboard")
    controller.show_compare(later)
    shot("compare")

    from maturity_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(controller.settings, data, data / "maturity.db", window)
    dialog.show()
    dialog.language.showPopup()
    settle()
    QTimer.singleShot(0, dialog.language.hidePopup)
    shot("settings", dialog)
    dialog.close()
    controller.workspace.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
