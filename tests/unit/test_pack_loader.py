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
