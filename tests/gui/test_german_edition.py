"""The German edition: every page and dialog speaks German (no English interface word left), and the
catalogue the window is built from is complete.

The walk reads what a user sees (labels, buttons, hints, list items and headers, tooltips, accessible names,
window titles, menu actions); what users and packs wrote (the mini pack, names typed into the fixture) is taken
out first, since the interface never translates it. What is left must carry no word of the English interface
that the German catalogue does not use too.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from german_edition import data_strings, english_left, english_vocabulary, shown_texts
from gui_helpers import every_dialog

ORGANISATION = "Acme Bank"
PEOPLE = ("Dana", "Ana", "Vera Verifier")


@pytest.fixture
def german(isolated_data_dir):
    """The interface language set to Deutsch in Settings, as a user does (read by build_app)."""
    from maturity_app.ui.app_settings import AppSettings, save_settings, settings_path

    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    assert save_settings(AppSettings(language="de"), settings_path())


def _answered(store, aid):
    from maturity_app.domain.assessment import Answer

    store.save_answer(aid, Answer("rec-restore", compliance=3, capability=1, owner="Ana", escalate=True,
                                  decision="Fund a second site", action="Test the restore",
                                  action_owner="Dana", proven_on=dt.date(2026, 3, 1)))
    store.save_answer(aid, Answer("dec-owner", compliance=2, capability=2, owner="Dana"))


def _judge(texts, mini_pack, store, *ids):
    data = data_strings(mini_pack, *(store.load(i).answers for i in ids), ORGANISATION, PEOPLE, "Group")
    return english_left(texts, english_vocabulary(), data)


def test_the_vocabulary_is_not_empty_and_knows_english_from_german():
    words = english_vocabulary()
    assert {"escalate", "evidence", "assessment", "board"} <= words
    assert not {"workshop", "maturity", "bewertung"} & words  # the same in both, a name, German


def test_the_walk_catches_an_untranslated_label(make_app, german, qtbot):
    from PySide6.QtWidgets import QLabel

    window, _controller = make_app()
    stray = QLabel("Escalate to the board", window.start_page)  # what a forgotten tr() looks like
    stray.show()
    found = english_left(shown_texts(window), english_vocabulary(), [])
    assert any("Escalate to the board" in problem for problem in found)


def test_every_page_speaks_german(make_app, german, store, mini_pack, qtbot):
    from maturity_app.storage.cycle_store import CycleStore

    texts = []
    window, controller = make_app()
    assert window.menuBar().actions()[0].text() == "&Datei"
    texts += shown_texts(window)  # the first launch: the getting-started panel and every menu
    aid = store.create(mini_pack, ORGANISATION, scope="Group", assessor="Dana", escalation_budget=2)
    _answered(store, aid)
    later = CycleStore(store).reassess(aid, mini_pack, prefill=True).new_id
    controller.start.refresh()
    texts += shown_texts(window)  # the start page with its table
    controller.open_assessment(later)
    texts += shown_texts(window)  # the question view, navigator, gap meter
    controller.assessment.show_dashboard(True)
    texts += shown_texts(window)
    controller.show_compare(later)
    texts += shown_texts(window)
    controller.cycle_pages.show_portfolio()
    texts += shown_texts(window)
    workshop = store.create(mini_pack, ORGANISATION, mode="workshop")
    controller.open_assessment(workshop)
    controller.assessment.session.add_participant("CISO", "Dana")
    controller.assessment.show_workshop()
    texts += shown_texts(window)
    controller.present()
    qtbot.waitUntil(lambda: controller.presentation is not None and controller.presentation.isVisible())
    texts += shown_texts(controller.presentation)
    controller.presentation.close()
    problems = _judge(texts, mini_pack, store, aid, later, workshop)
    assert not problems, "English left in the German edition:\n" + "\n".join(problems)


def test_every_dialog_speaks_german(make_app, german, store, mini_pack, tmp_path, qtbot):
    from maturity_app.ui.about_dialog import about_text, notices_dialog
    from maturity_app.ui.board_decision_dialog import BoardDecisionDialog
    from maturity_app.ui.error_hook import ErrorDialog
    from maturity_app.ui.keyboard_help import keyboard_help_html
    from maturity_app.ui.plan_panel import AcceptRiskDialog, TargetsDialog

    window, controller = make_app()
    aid = store.create(mini_pack, ORGANISATION, scope="Group", assessor="Dana", escalation_budget=2)
    _answered(store, aid)
    texts = []
    dialogs = [d for d in every_dialog(store, mini_pack, aid, tmp_path) if type(d).__name__ != "ExportDialog"]
    dialogs += [
        BoardDecisionDialog("rec-restore", "Restores proven", "Fund a second site", None, dt.date(2026, 6, 1)),
        AcceptRiskDialog("Restores proven", dt.date(2026, 6, 1)),
        TargetsDialog([("recovery", "Recovery", None, 40.0), ("governance", "Governance", 3, None)]),
        ErrorDialog("ValueError: boom", "Traceback…", None),
        notices_dialog(window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        texts += shown_texts(dialog)
        dialog.close()
    texts += [("about", about_text()), ("keyboard help", keyboard_help_html(window.menuBar()))]
    data = ["Restores proven", "Fund a second site", "Recovery", "Governance", "Named risk owners",
            "Near misses", "ValueError: boom", "Traceback…", str(tmp_path)]
    problems = english_left(texts, english_vocabulary(), data_strings(mini_pack, store.load(aid).answers,
                                                                      ORGANISATION, PEOPLE, data))
    assert not problems, "English left in the German edition:\n" + "\n".join(problems)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own buttons too


def test_the_catalogue_is_complete_and_in_step_with_the_code():
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from german_edition import CATALOGUE

    root = ET.parse(CATALOGUE).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 700
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type")]
    assert unfinished == []
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(forms), source
        if message.get("numerus") == "yes":
            assert len(forms) == 2 and all("%n" in f for f in forms), source
        import re

        for form in forms:  # a placeholder lost or renamed in German would raise a KeyError on screen
            assert set(re.findall(r"\{\w*\}", form)) == set(re.findall(r"\{\w*\}", source)), source
    tool = CATALOGUE.parents[2] / "tools" / "translations.py"
    done = subprocess.run([sys.executable, str(tool), "check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
