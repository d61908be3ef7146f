"""The German edition: every page and dialog speaks German (no English interface word left), and the
catalogue the window is built from is complete.

The walk reads what a user sees (labels, buttons, hints, list items and headers, tooltips, accessible names,
window titles, menu actions); what users and packs wrote (the mini pack, names typed into the fixture) is taken
out first, since the interface never translates it. What is left must carry no word of the English interface
that the German catalogue does not use too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from german_edition import (
    DIALOG_DATA, ORGANISATION, PEOPLE, core_speaks_german, core_texts, data_strings, dialogs, english_left,
    english_vocabulary, pages, shown_texts,
)

def _judge(texts, mini_pack, store, ids, *more, workspace=None, compared=None):
    data = data_strings(mini_pack, *(store.load(i).answers for i in ids), ORGANISATION, PEOPLE, "Group", *more)
    if workspace is not None and not core_speaks_german():
        data = sorted(set(data) | set(core_texts(workspace, ids, compared)), key=len, reverse=True)
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
    window, controller = make_app()
    assert window.menuBar().actions()[0].text() == "&Datei"
    texts, created, seen = [], [], []
    for page, root in pages(window, controller, store, mini_pack, qtbot, created):
        seen.append(page)
        texts += shown_texts(root)
    assert len(seen) == 8 and len(texts) > 1000
    problems = _judge(texts, mini_pack, store, created, workspace=controller.workspace,
                      compared=(created[0], created[1]))
    assert not problems, "English left in the German edition:\n" + "\n".join(problems)


def test_every_dialog_speaks_german(make_app, german, store, mini_pack, tmp_path, qtbot):
    from maturity_app.ui.about_dialog import about_text
    from maturity_app.ui.keyboard_help import keyboard_help_html

    window, controller = make_app()
    texts, created = [], []
    for dialog in dialogs(window, store, mini_pack, tmp_path, created):
        qtbot.addWidget(dialog)
        dialog.show()
        texts += shown_texts(dialog)
        dialog.close()
    texts += [("about", about_text()), ("keyboard help", keyboard_help_html(window.menuBar()))]
    problems = _judge(texts, mini_pack, store, created, DIALOG_DATA, str(tmp_path), workspace=controller.workspace)
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


def test_the_rooms_standard_roles_are_offered_in_german(make_app, german, store, mini_pack):
    from maturity_app.domain.workshop import STANDARD_ROLES
    from maturity_app.ui.workshop.panel import ROLE_NAMES

    assert ROLE_NAMES == STANDARD_ROLES  # the catalogue marks exactly the domain's list
    window, controller = make_app()
    controller.open_assessment(store.create(mini_pack, ORGANISATION, mode="workshop"))
    roles = controller.assessment.panel.role_box
    offered = [roles.itemText(i) for i in range(roles.count())]
    assert offered[:3] == ["Recht", "Finanzen", "Betrieb"] and "Geschäftsleitung" in offered


@pytest.mark.parametrize("in_german", [True, False], ids=["Deutsch", "English"])
def test_no_two_entries_of_a_menu_share_an_alt_key(make_app, isolated_data_dir, in_german, request):
    import re

    if in_german:
        request.getfixturevalue("german")
    window, _controller = make_app()
    clashes = []

    def check(title, actions):
        taken: dict[str, str] = {}
        for action in actions:
            match = re.search(r"&(\w)", action.text())
            if match:
                key = match.group(1).lower()
                if key in taken:
                    clashes.append(f"{title}: {taken[key]!r} and {action.text()!r} both take Alt+{key.upper()}")
                taken[key] = action.text()
            if action.menu() is not None:
                check(action.text(), action.menu().actions())

    check("menu bar", window.menuBar().actions())
    assert window.menuBar().actions()[1].text() == ("&Bearbeiten" if in_german else "&Edit")
    assert not clashes, "\n".join(clashes)
