"""Property tests: arbitrary import files and pack texts never crash and never leave partial data."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from maturity_app.domain.assessment import Answer
from maturity_app.domain.errors import MaturityError, PackError
from maturity_app.domain.pack_loader import parse_pack
from maturity_app.domain.schema import Pack
from maturity_app.storage.database import open_memory_database
from maturity_app.storage.portable import dumps, export_data, import_bytes
from maturity_app.storage.store import AssessmentStore
from maturity_app.storage.workshop_store import WorkshopStore

MINI_YAML = (Path(__file__).resolve().parent.parent / "fixtures" / "mini.yaml").read_text(encoding="utf-8")
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid_export() -> dict:
    db = open_memory_database()
    store = AssessmentStore(db)
    aid = store.create(parse_pack(MINI_YAML, "mini.yaml"), "Prop Co", mode="workshop")
    store.save_answer(aid, Answer("rec-restore", 2, 1, owner="Ann", evidence_note="note"))
    store.save_answer(aid, Answer("rec-deps", "na", 0, escalate=True))
    ws = WorkshopStore(store)
    p = ws.add_participant(aid, "Legal", "Lee")
    ws.rate(aid, p.id, "rec-restore", compliance=1, capability=2)
    return export_data(db, aid)


VALID = _valid_export()


def _counts(db) -> dict[str, int]:
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
    return {n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _import_or_reject(raw: bytes) -> None:
    """Either the whole assessment arrives, or a MaturityError and not one row changed."""
    db = open_memory_database()
    before = _counts(db)
    try:
        new_id = import_bytes(db, raw, "prop.maturity.json")
    except MaturityError:
        assert _counts(db) == before
        return
    after = _counts(db)
    assert after["assessments"] == before["assessments"] + 1
    export_data(db, new_id)  # what was accepted can be exported again


json_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
json_values = st.recursive(
    json_leaves,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw):
    _import_or_reject(raw)


@SETTINGS
@given(json_values)
def test_arbitrary_json(value):
    _import_or_reject(json.dumps(value).encode())


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*prefix, i))


ALL_PATHS = [p for p in _paths(VALID) if p]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values | st.sampled_from(["", "na", -1, 5, 2**64])),
                min_size=1, max_size=3))
def test_mutated_valid_export(changes):
    data = copy.deepcopy(VALID)
    for path, value in changes:
        target = data
        try:
            for key in path[:-1]:
                target = target[key]
            if isinstance(target, dict) != isinstance(path[-1], str):
                continue  # an earlier change turned a list into an object (or back): JSON keys stay strings
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced a parent of this path
    _import_or_reject(dumps(data))


@SETTINGS
@given(st.sampled_from(ALL_PATHS))
def test_deleting_any_field(path):
    data = copy.deepcopy(VALID)
    target = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    _import_or_reject(dumps(data))


@SETTINGS
@given(st.integers(min_value=0, max_value=len(dumps(VALID)) - 1))
def test_truncated_anywhere(cut):
    _import_or_reject(dumps(VALID)[:cut])


# -- pack loader -----------------------------------------------------------------------------------
def _parse_or_pack_error(text: str) -> None:
    try:
        pack = parse_pack(text, "prop.yaml")
    except PackError as exc:
        assert str(exc).startswith("prop.yaml")
        return
    assert isinstance(pack, Pack)


@SETTINGS
@given(st.text(max_size=500))
def test_pack_loader_arbitrary_text(text):
    _parse_or_pack_error(text)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(MINI_YAML)), st.integers(min_value=0, max_value=40), st.text(max_size=12))
def test_pack_loader_edited_valid_pack(at, remove, insert):
    _parse_or_pack_error(MINI_YAML[:at] + insert + MINI_YAML[at + remove :])


@SETTINGS
@given(json_values)
@example({"²": None})  # a superscript digit once crashed the line index with ValueError
def test_pack_loader_arbitrary_yaml_structures(value):
    _parse_or_pack_error(json.dumps(value))  # JSON is YAML: arbitrary shapes reach validation
