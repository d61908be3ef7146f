from pathlib import Path

import pytest

from maturity_app.domain.errors import PackError
from maturity_app.domain.pack_loader import load_library, load_pack, parse_pack

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _mini_text() -> str:
    return (FIXTURES / "mini.yaml").read_text()


def test_mini_pack_loads_with_domains_and_questions(mini_pack):
    assert mini_pack.id == "mini"
    assert [d.id for d in mini_pack.domains] == ["recovery", "decisions", "culture"]
    assert len(mini_pack.questions()) == 5
    q = mini_pack.question("rec-restore")
    assert q.anchor("capability", 3, mini_pack.scales).startswith("A full restore met its RTO")
    assert q.anchor("capability", 2, mini_pack.scales) == "Walked through on paper."


def test_missing_field_names_file_line_and_path():
    text = _mini_text().replace(
        "        capability: Did the last recovery exercise include the third parties you depend on?\n", ""
    )
    with pytest.raises(PackError) as info:
        parse_pack(text, "core.yaml")
    message = str(info.value)
    assert "domains[0].questions[1].capability: Field required" in message
    line = next(i + 1 for i, l in enumerate(text.splitlines()) if "- id: rec-deps" in l)
    assert f"core.yaml:{line} " in message


def test_yaml_syntax_error_names_line():
    with pytest.raises(PackError) as info:
        parse_pack("id: x\ntitle: [unclosed\nversion: 1\n", "broken.yaml")
    assert str(info.value).startswith("broken.yaml:")
    assert "YAML syntax error" in str(info.value)


@pytest.mark.parametrize(
    "old,new,expected",
    [
        ("- id: rec-deps", "- id: rec-restore", "duplicate question id 'rec-restore'"),
        ("nist_csf: [RC.RP-03]", "nist_csf: [RC.RP-99]", "unknown NIST CSF 2.0 ids ['RC.RP-99']"),
        ("iso27001: [A.5.29]", "iso27001: [A.5.38]", "unknown ISO/IEC 27001:2022 ids ['A.5.38']"),
        ("            3: A full restore", "            5: A full restore", "outside the 0-4 scale"),
        ("{level: 4, label: Audited", "{level: 5, label: Audited", "less than or equal to 4"),
        ("weight: 3", "weight: 7", "weight: Input should be less than or equal to 3"),
    ],
)
def test_semantic_errors_are_reported(old, new, expected):
    text = _mini_text().replace(old, new, 1)
    assert text != _mini_text()
    with pytest.raises(PackError) as info:
        parse_pack(text, "p.yaml")
    assert expected in str(info.value)


def test_unknown_field_is_rejected_so_typos_surface():
    text = _mini_text().replace("weight: 1\n", "wieght: 1\n", 1)
    with pytest.raises(PackError) as info:
        parse_pack(text, "p.yaml")
    assert "wieght: Extra inputs are not permitted" in str(info.value)


def test_non_mapping_and_unreadable_files(tmp_path):
    with pytest.raises(PackError, match="must contain a mapping"):
        parse_pack("- just\n- a list\n", "list.yaml")
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PackError, match="bin.yaml: not UTF-8"):
        load_pack(binary)


def test_one_bad_pack_does_not_stop_the_others(tmp_path):
    bundled = tmp_path / "bundled"
    user = tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "mini.yaml").write_text(_mini_text())
    (user / "broken.yaml").write_text("id: [")
    (user / "shadow.yaml").write_text(_mini_text().replace("title: Mini test pack", "title: Impostor"))
    (user / "other.yaml").write_text(_mini_text().replace("id: mini", "id: other", 1))
    library = load_library(bundled, user)
    assert sorted(library.packs) == ["mini", "other"]
    assert library.packs["mini"].title == "Mini test pack"
    errors = "\n".join(str(e) for e in library.errors)
    assert "broken.yaml" in errors
    assert "shadow.yaml" in errors and "already used by a bundled pack" in errors


def test_snapshot_round_trip_survives_reference_list_changes(mini_pack, monkeypatch):
    from maturity_app.domain import references
    from maturity_app.domain.schema import Pack

    snapshot = mini_pack.snapshot()
    monkeypatch.setattr(references, "unknown_references", lambda iso, csf: ["gone"])
    assert Pack.from_snapshot(snapshot) == mini_pack


def test_unquoted_numeric_clause_ids_are_read_as_ids():
    text = _mini_text().replace("iso27001: [6.1.3]", "iso27001: [9.3, 6.1.3]")
    pack = parse_pack(text, "p.yaml")
    assert pack.question("dec-owner").references.iso27001 == ["9.3", "6.1.3"]


def _alias_bomb(levels: int) -> str:
    text, previous = "a: &a [x, x, x, x, x, x, x, x, x]\n", "a"
    for name in "bcdefghijklmnop"[:levels]:
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text + f"domains: *{previous}\n"


def test_alias_bomb_is_refused_before_anything_walks_it():
    # 9 ** 10 values once expanded: walking them would freeze the app at every launch.
    with pytest.raises(PackError, match="bomb.yaml: refused, it expands to more than 200,000 values"):
        parse_pack(_alias_bomb(10), "bomb.yaml")


def test_modest_aliases_still_work():
    text = _mini_text().replace("        weight: 3\n", "        weight: &heavy 3\n", 1).replace(
        "        weight: 2\n", "        weight: *heavy\n", 1)
    pack = parse_pack(text, "p.yaml")
    assert pack.question("rec-deps").weight == 3


def test_absurd_nesting_is_a_clear_error():
    with pytest.raises(PackError, match="p.yaml"):
        parse_pack("domains: " + "[" * 5000 + "]" * 5000 + "\n", "p.yaml")


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    return [i + 1 for i, line in enumerate(text.splitlines()) if needle in line][occurrence - 1]


def test_a_repeated_key_is_refused_with_both_lines_instead_of_losing_the_first():
    # YAML keeps the last of two equal keys; an anchor pasted twice would silently replace the one before it.
    original = "            3: A full restore"
    text = _mini_text().replace(original, "            3: First wording of level three.\n" + original, 1)
    with pytest.raises(PackError) as info:
        parse_pack(text, "twice.yaml")
    message = str(info.value)
    first, second = _line_of(text, "            3: "), _line_of(text, "            3: ", 2)
    assert f"twice.yaml:{second} domains[0].questions[0].anchors.capability.3: the key '3' appears twice" in message
    assert f"(first on line {first})" in message


def test_a_repeated_top_level_key_is_refused():
    text = _mini_text() + "title: A second title\n"
    with pytest.raises(PackError, match=r"twice.yaml:\d+ title: the key 'title' appears twice"):
        parse_pack(text, "twice.yaml")


def test_a_merge_key_may_override_what_it_merges():
    # "<<" is YAML's merge: keys written beside it replace merged ones by design, so that is not a repeat.
    text = _mini_text().replace("references: {iso27001: [A.5.30, A.8.13], nist_csf: [RC.RP-03]}",
                                "references: &refs {iso27001: [A.5.30, A.8.13], nist_csf: [RC.RP-03]}", 1)
    text = text.replace("        references: {iso27001: [A.5.29], nist_csf: [RC.RP-01]}\n",
                        "        references: {<<: *refs, nist_csf: [RC.RP-01]}\n", 1)
    pack = parse_pack(text, "p.yaml")
    assert pack.question("rec-deps").references.iso27001 == ["A.5.30", "A.8.13"]
    assert pack.question("rec-deps").references.nist_csf == ["RC.RP-01"]


# -- in German: the author reads the problem in the interface language, beside the same file, line and field -----
GERMAN = [
    # pydantic's own checks
    ("        capability: Did the last recovery exercise include the third parties you depend on?\n", "",
     "- id: rec-deps", "domains[0].questions[1].capability: Pflichtfeld fehlt"),
    ("weight: 3", "weight: 7", "weight: 7", "domains[0].questions[0].weight: muss kleiner oder gleich 3 sein"),
    ("title: Mini test pack", "title: Mini test pack\nsubject: company", "subject: company",
     "subject: muss 'organisation' oder 'vendor' sein"),
    ("title: Restores proven within RTO", "title: " + "R" * 201, "title: RRRR",
     "domains[0].questions[0].title: Text darf höchstens 200 Zeichen lang sein"),
    ("title: Mini test pack", "title: Mini test pack\ncolour: blue", "colour: blue",
     "colour: dieses Feld ist hier nicht erlaubt"),
    # the app's own validators and authoring rules
    ("- id: rec-deps", "- id: rec-restore", None, "doppelte Fragenkennung 'rec-restore' (im Bereich 'recovery')"),
    ("nist_csf: [RC.RP-03]", "nist_csf: [RC.RP-99]", None, "unbekannte NIST-CSF-2.0-Kennungen ['RC.RP-99']"),
    ("            3: A full restore", "            5: A full restore", None,
     "die Stufenbeschreibungen für [5] liegen außerhalb der Skala 0-4"),
    ("met its RTO in the last 12 months", "met its RTO in the last 6 months", "3: A full restore",
     "domains[0].questions[0].anchors.capability[3]: „last 6 months“ ist ein Zeitraum von 6 Monaten, "
     "freshness_months ist aber 12; gleichen Sie beides an"),
    ("{level: 2, label: Approved", "{level: 2, label: Drafted", "{level: 2, label:",
     "scales.compliance.levels[2].label: Stufe 2 wiederholt die Bezeichnung von Stufe 1"),
]


@pytest.mark.parametrize("old,new,line_of,expected", GERMAN, ids=[g[3][:40] for g in GERMAN])
def test_pack_problems_are_worded_in_german_naming_file_line_and_field(old, new, line_of, expected):
    from maturity_app.domain import i18n

    text = _mini_text().replace(old, new, 1)
    assert text != _mini_text()
    with i18n.using_language("de"), pytest.raises(PackError) as info:
        parse_pack(text, "paket.yaml")
    message = str(info.value)
    assert expected in message, message
    assert message.startswith("paket.yaml:")
    if line_of:
        assert f"paket.yaml:{_line_of(text, line_of)} " in message
    with pytest.raises(PackError) as english:  # the same file read in English keeps English
        parse_pack(text, "paket.yaml")
    assert expected not in str(english.value)


def test_a_missing_translation_and_a_broken_file_are_worded_in_german(tmp_path):
    from maturity_app.domain import i18n

    lines = (FIXTURES.parent.parent / "questionnaires" / "core.yaml").read_text().splitlines(keepends=True)
    start = lines.index("translations:\n")
    level_four = lines.index("          4:\n", start)  # the German compliance scale's level 4, label and anchor
    del lines[level_four:level_four + 3]
    with i18n.using_language("de"), pytest.raises(PackError) as info:
        parse_pack("".join(lines), "kern.yaml")
    assert str(info.value).startswith("kern.yaml:")
    assert "translations.de.scales.compliance.levels.4: fehlt (das Original hat diesen Text, also braucht ihn " \
           "jede Übersetzung)" in str(info.value)
    bad = tmp_path / "kaputt.yaml"
    bad.write_bytes(b"id: x\n\xff\xfe")
    with i18n.using_language("de"), pytest.raises(PackError) as info:
        load_pack(bad)
    assert str(info.value) == "kaputt.yaml: kein UTF-8-Text"
    with i18n.using_language("de"), pytest.raises(PackError) as info:
        parse_pack("id: x\ntitle: [unclosed\nversion: 1\n", "kaputt.yaml")
    assert str(info.value).startswith("kaputt.yaml:") and "YAML-Syntaxfehler: " in str(info.value)
    with i18n.using_language("de"), pytest.raises(PackError) as info:
        load_library(tmp_path).get("nirgends")
    assert str(info.value) == "nirgends: kein solcher Fragenkatalog (verfügbar: keine)"


def test_validate_speaks_german_on_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    broken = tmp_path / "paket.yaml"
    broken.write_text(_mini_text().replace("weight: 3", "weight: 7", 1))
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    result = subprocess.run([sys.executable, "-m", "maturity_app.cli", "validate", str(broken)], capture_output=True,
                            text=True, timeout=120, env={**env, "LANG": "de_DE.UTF-8"})
    assert result.returncode == 1
    line = _line_of(broken.read_text(), "weight: 7")
    assert result.stderr == (f"paket.yaml:{line} domains[0].questions[0].weight: muss kleiner oder gleich 3 "
                             "sein\n")
