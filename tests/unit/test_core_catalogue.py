"""The core's German catalogue: every sentence the Qt-free code translates has a German entry with the same
placeholders, nothing is handed to the translator as an f-string, and the loader reads real .po syntax."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path

import pytest

from maturity_app.domain import i18n
from maturity_app.domain.catalogue import load, read_entries

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    if "core_catalogue" not in sys.modules:
        spec = importlib.util.spec_from_file_location("core_catalogue", ROOT / "tools" / "core_catalogue.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules["core_catalogue"]


def test_every_core_sentence_has_a_german_entry_with_the_same_placeholders():
    problems = _tool().check("de")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


def test_the_scan_finds_real_calls_and_refuses_f_strings(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        "from maturity_app.domain.i18n import _, ngettext, pgettext\n"
        "a = _('Summary')\n"
        "b = ngettext('{count} question', '{count} questions', n)\n"
        "c = pgettext('verdict', 'open')\n"
        "d = _(f'{x} answered')\n"
        "e = _(name)\n",
        encoding="utf-8",
    )
    found, problems = _tool().extract([source])
    assert set(found) == {(None, "Summary"), (None, "{count} question"), ("verdict", "open")}
    assert found[(None, "{count} question")].plural == "{count} questions"
    assert len(problems) == 1 and "f-string" in problems[0]


def test_the_check_names_missing_empty_fuzzy_unused_and_mismatched_entries(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        "from maturity_app.domain.i18n import _, ngettext\n"
        "a = _('{answered} of {applicable} answered')\n"
        "b = _('Summary')\n"
        "c = _('Draft')\n"
        "d = _('Contents')\n"
        "e = ngettext('{count} question', '{count} questions', n)\n"
        "f = _('Missing here')\n",
        encoding="utf-8",
    )
    po = tmp_path / "de.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n\n'
        'msgid "{answered} of {applicable} answered"\nmsgstr "{answered} von {total} beantwortet"\n\n'
        'msgid "Summary"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Draft"\nmsgstr "Entwurf"\n\n'
        'msgid "Contents"\nmsgstr "Inhalt"\n\n'
        'msgid "{count} question"\nmsgid_plural "{count} questions"\nmsgstr[0] "{count} Frage"\nmsgstr[1] ""\n\n'
        'msgid "Nobody asks for this"\nmsgstr "Niemand fragt danach"\n',
        encoding="utf-8",
    )
    problems = "\n".join(_tool().check("de", po, [source]))
    assert "placeholders differ for '{answered} of {applicable} answered'" in problems
    assert "no finished translation for 'Summary'" in problems and "no finished translation for 'Draft'" in problems
    assert "no finished translation for '{count} question'" in problems  # the plural form is empty
    assert "no entry for 'Missing here'" in problems and "no code uses: 'Nobody asks for this'" in problems
    assert "'Contents'" not in problems


def test_placeholder_fields_are_compared_by_name():
    tool = _tool()
    assert tool.fields("{answered} of {applicable} answered") == {"answered", "applicable"}
    assert tool.fields("{answered} von {total} beantwortet") != tool.fields("{answered} of {applicable} answered")
    assert tool.fields("%(prog)s: error: %(message)s\n") == {"%(prog)s", "%(message)s"}
    assert tool.fields("unrecognized arguments: %s") == {"%s"} != tool.fields("unbekannte Argumente")


def test_po_reader_handles_context_plurals_continuations_escapes_and_fuzzy(tmp_path):
    po = tmp_path / "xx.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: xx\\n"\n\n'
        'msgctxt "verdict"\nmsgid "open"\nmsgstr "offen"\n\n'
        'msgid "open"\nmsgstr "öffnen"\n\n'
        'msgid "{count} question"\nmsgid_plural "{count} questions"\nmsgstr[0] "{count} Frage"\n'
        'msgstr[1] "{count} Fragen"\n\n'
        'msgid ""\n"two "\n"lines"\nmsgstr "zwei \\"Zeilen\\"\\n"\n\n'
        '#, fuzzy\nmsgid "guess"\nmsgstr "Vermutung"\n\n'
        'msgid "empty"\nmsgstr ""\n',
        encoding="utf-8",
    )
    catalogue = load(po)
    assert catalogue.get("verdict", "open") == ("offen",)
    assert catalogue.get(None, "open") == ("öffnen",)
    assert catalogue.get(None, "{count} question") == ("{count} Frage", "{count} Fragen")
    assert catalogue.get(None, "two lines") == ('zwei "Zeilen"\n',)
    assert catalogue.get(None, "guess") is None and catalogue.get(None, "empty") is None
    assert [e.msgid for e in read_entries(po)][0] == ""


def test_translation_follows_the_language_and_a_report_thread_keeps_its_own():
    i18n.set_language("en")
    assert i18n._("not answered") == "not answered"
    with i18n.using_language("de"):
        assert i18n._("not answered") == "nicht beantwortet"
        assert i18n.ngettext("{count} question", "{count} questions", 1).format(count=1) == "1 Frage"
        assert i18n.ngettext("{count} question", "{count} questions", 3).format(count=3) == "3 Fragen"
        # one English word, two German cases: "2 von 5 Bereichen" (context) but "5 Bereiche" elsewhere
        assert i18n.npgettext("after 'N of'", "{count} area", "{count} areas", 5).format(count=5) == "5 Bereichen"
        assert i18n.ngettext("{count} role", "{count} roles", 5).format(count=5) == "5 Rollen"
        assert i18n.pgettext("no such context", "open") == "open"  # no entry: the English source, never an error
        assert i18n._("open") == "offen"
    assert i18n._("not answered") == "not answered"
    seen = {}

    def report():
        with i18n.using_language("de"):
            seen["report"] = i18n._("not answered")

    worker = threading.Thread(target=report)
    worker.start()
    worker.join()
    assert seen["report"] == "nicht beantwortet" and i18n._("not answered") == "not answered"


@pytest.mark.parametrize("env,expected", [
    ({"LANG": "de_DE.UTF-8"}, "de"), ({"LANG": "C.UTF-8"}, "en"), ({"LANGUAGE": "de_AT:en", "LANG": "en_GB"}, "de"),
    ({"LC_ALL": "fr_FR.UTF-8"}, "en"), ({}, "en"),
    # as the desktop app's Qt reads it: LANGUAGE is a list of preferences, the first the app speaks wins
    ({"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"}, "de"), ({"LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}, "en"),
    ({"LANGUAGE": "", "LANG": "fr_FR.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "de"),
    ({"LANGUAGE": "de", "LANG": "C.UTF-8"}, "de"),
])
def test_system_language_reads_the_environment_as_gettext_does(monkeypatch, env, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected


def test_a_language_decided_on_first_use_is_asked_once_and_only_when_text_is_worded(monkeypatch):
    monkeypatch.setattr(i18n, "_interface_language", "en")
    asked = []

    def decide():
        asked.append(1)
        return "de_DE.UTF-8"

    i18n.set_language_on_first_use(decide)
    try:
        assert asked == []
        assert i18n._("not answered") == "nicht beantwortet" and i18n.language() == "de"
        assert asked == [1]
        i18n.set_language_on_first_use(decide)
        i18n.set_language("en")  # a language set outright wins over one still to be decided
        assert i18n._("not answered") == "not answered" and asked == [1]
    finally:
        i18n.set_language("en")


def test_no_function_hides_the_translator_behind_a_local_underscore():
    """`x, _ = ...` in a function that also calls _() makes _ a local: the call then fails at run time."""
    import ast

    tool = _tool()
    offenders = []
    for path in tool.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_"
                        for n in ast.walk(func))
            # Comprehensions have their own scope; only the function's own targets make _ local.
            scoped = {id(n) for c in ast.walk(func) if isinstance(c, (ast.ListComp, ast.SetComp, ast.DictComp,
                                                                      ast.GeneratorExp)) for n in ast.walk(c)}
            binds = any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                        and id(n) not in scoped for n in ast.walk(func))
            if calls and binds:
                offenders.append(f"{path.name}:{func.lineno} {func.name}")
    assert not offenders, offenders


def test_the_committed_catalogue_is_exactly_what_the_tool_writes():
    """Regeneration is a no-op on a catalogue in step with the code: a branch that runs the tool rewrites no
    entry it did not change (run `python tools/core_catalogue.py` after editing de.po by hand or merging)."""
    path = ROOT / "src" / "maturity_app" / "locale" / "de.po"
    text, added, untranslated, dropped = _tool().render("de", path)
    assert (added, untranslated, dropped) == (0, 0, 0)
    assert text == path.read_text(encoding="utf-8"), "de.po is not in the tool's order: run tools/core_catalogue.py"


def _changed_base_lines(base: list[str], branch: list[str]) -> list[tuple[int, int]]:
    """The base line ranges a branch changes, as a 3-way merge sees them (an insertion is an empty range)."""
    import difflib

    return [(i1, i2) for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, base, branch, autojunk=False)
            .get_opcodes() if tag != "equal"]


def _merge_conflicts(base: str, ours: str, theirs: str) -> bool:
    """Whether a 3-way merge would conflict: both sides change the same or touching base lines."""
    a = _changed_base_lines(base.splitlines(), ours.splitlines())
    b = _changed_base_lines(base.splitlines(), theirs.splitlines())
    return any(a1 <= b2 and b1 <= a2 for a1, a2 in a for b1, b2 in b)


def test_regeneration_ignores_line_numbers_so_two_branches_adding_sentences_merge_cleanly(tmp_path):
    tool = _tool()
    cli = tmp_path / "cli.py"
    report = tmp_path / "report.py"
    base_cli = "".join(f"x{n} = _('command message {n}')\n" for n in range(6))
    report.write_text("a = _('Summary')\nb = _('command message 2')\n", encoding="utf-8")
    po = tmp_path / "de.po"

    def regenerate(cli_source: str, translations: dict) -> str:
        cli.write_text(cli_source, encoding="utf-8")
        text, *_counts = tool.render("de", po, [cli, report], merge=translations)
        return text

    everything = {f"command message {n}": f"Befehlsmeldung {n}" for n in range(6)} | {"Summary": "Übersicht"}
    base = regenerate(base_cli, everything)
    po.write_text(base, encoding="utf-8")
    assert "#: " + cli.as_posix() in base and ".py:" not in base  # files named, no line numbers
    # moving code (lines above every call) and re-running the tool changes nothing
    assert regenerate("import os\n\n\n" + base_cli, {}) == base
    # two branches each add a sentence at the end of the same file, each shifting the same lines; the entries
    # land where their sentences sort (two sentences sorting side by side would still touch: re-run the tool)
    ours = regenerate(base_cli + "y = _('the export message')\n", {"the export message": "unsere"})
    theirs = regenerate("# a comment\n" + base_cli + "z = _('a backup message')\n", {"a backup message": "ihre"})
    assert not _merge_conflicts(base, ours, theirs)
    assert "unsere" in ours and "ihre" in theirs
