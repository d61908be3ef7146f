"""Move one assessment between machines: a versioned JSON file, validated in full before anything is written.

File layout (FORMAT_ID, FORMAT_VERSION 2), keys sorted, UTF-8, indent 2::

    {"format": "maturity-app.assessment", "version": 2, "app_version": "...", "exported_at": "<UTC ISO>",
     "assessment": {every column of the assessments row except its local id and pack_snapshot_id},
     "pack": {the pack snapshot the assessment was made against},
     "tables": {"answers": [...], "answer_history": [...], "participants": [...], "evidence": [...], ...},
     "evidence_files": {"<sha256>": "<the file's content, base64>", ...}}

Version 2 added ``evidence_files`` (the content of every evidence file the ``evidence`` rows cite, once per
SHA-256); version 1 files (no evidence) still import. On import every file is decoded strictly, its SHA-256
recomputed and compared with its key and with the rows citing it, and the size limits of domain.evidence apply.

Which tables are exported is read from the schema at run time (the extension point): every table with a
foreign key to ``assessments(id)``, directly or through another such table, is exported under
``tables.<name>``, so tables added by later migrations (workshop participants and ratings, ...) travel
without changes here. Inside the file:

* the column linking a row to its assessment is left out (the import fills in the new assessment's id);
* a single-column INTEGER PRIMARY KEY (``id``) is renumbered 1..n in id order, and foreign keys pointing at
  it are renumbered the same way, so the file never depends on ids local to one database;
* a column of the assessments table that points at another assessment (lineage) cannot travel with one
  assessment and is left out; the import leaves it NULL.

Domain rules for rows are registered in ROW_CHECKS (table name -> function raising ValidationFailed); text
columns named in domain.assessment.TEXT_LIMITS are checked in every table.

Export -> import -> export gives a byte-identical file except ``exported_at`` (the only timestamp that
changes); rows keep their own created_at/updated_at/changed_at values.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import uuid
from ..domain.formatting import whole
from ..domain.i18n import _, ngettext
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from ..domain.pydantic_plugins import without_plugin_discovery

without_plugin_discovery()  # before pydantic builds the first model below

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StrictInt, StrictStr, ValidationError, model_validator
from sqlite_utils import Database

import base64
import binascii

from .. import __version__
from ..domain.assessment import MODES, NA, TEXT_LIMITS, Answer, check_text
from ..domain.errors import MaturityError, ValidationFailed
from ..domain.evidence import (
    MAX_ASSESSMENT_BYTES, MAX_FILE_BYTES, SHA256_RE, check_file_size, check_name, check_verifier, mib, sha256_of,
)
from ..domain.pack_loader import field_path
from ..domain.schema import Pack
from ..domain.validation_text import problem_text
from .pack_snapshots import pack_from_snapshot, snapshot_of, store_snapshot
from .portable_names import FILE_SUFFIX, OPENABLE_SUFFIXES  # noqa: F401 - the file names, also known here
from .private_files import write_private_atomic
from .transaction import write_transaction

FORMAT_ID = "maturity-app.assessment"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
# The records themselves (64 MB) plus every evidence file an assessment may hold, base64-encoded.
MAX_IMPORT_BYTES = 64 * 1024 * 1024 + (MAX_ASSESSMENT_BYTES * 4 + 2) // 3 + 1024 * 1024
MAX_ENCODED_FILE_CHARS = 4 * ((MAX_FILE_BYTES + 2) // 3)
MAX_CELL_CHARS = 100_000  # generous cap for any text cell; the domain limits below are tighter
MAX_ROWS_PER_TABLE = 200_000
# A pack snapshot is re-read (and re-scored) every time the assessment is opened, listed or reported on.
MAX_SNAPSHOT_QUESTIONS = 1_000
MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024
TIMESTAMP_COLUMNS = ("created_at", "updated_at", "changed_at", "removed_at")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")


class ImportRejected(MaturityError):
    """The file cannot be imported; nothing was written."""


class AssessmentExists(ImportRejected):
    def __init__(self, message: str, uid: str):
        super().__init__(message)
        self.uid = uid


def _not_a_question() -> str:
    return _("{id} is not a question of the pack in this file")


def _unknown_field() -> str:
    return _("unknown field for this version of Maturity")


# -- the file model --------------------------------------------------------------------------------
Identifier = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]


def _cell(value: Any) -> Any:
    """One value in a row: text, a whole number SQLite can hold, true/false or null; one clear message."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise ValueError(_("the number is too large"))
        return value
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            raise ValueError(_("the text is {length} characters long; the limit is {limit}").format(
                length=whole(len(value)), limit=whole(MAX_CELL_CHARS)))
        return value
    # No column stores REAL numbers; a float is rejected rather than silently stored.
    raise ValueError(_("must be text, a whole number, true/false or null"))


Cell = Annotated[Any, PlainValidator(_cell)]
Row = dict[Identifier, Cell]
ShortText = Annotated[StrictStr, Field(max_length=200)]


class AssessmentRecord(BaseModel):
    # Known columns are typed; columns added by later migrations arrive as extra cells and must exist here.
    model_config = ConfigDict(extra="allow", strict=True)

    uid: Annotated[StrictStr, Field(pattern=r"^[0-9a-fA-F-]{32,36}$")]
    organisation: StrictStr = Field(max_length=MAX_CELL_CHARS)
    scope: StrictStr = Field(default="", max_length=MAX_CELL_CHARS)
    assessor: StrictStr = Field(default="", max_length=MAX_CELL_CHARS)
    mode: Literal[MODES]  # type: ignore[valid-type]
    escalation_budget: StrictInt = Field(ge=0, le=50)
    pack_id: ShortText
    pack_version: ShortText
    pack_title: ShortText
    question_count: StrictInt = Field(ge=0, le=MAX_SNAPSHOT_QUESTIONS)
    created_at: ShortText
    updated_at: ShortText

    @model_validator(mode="after")
    def _extra_cells_are_scalars(self) -> AssessmentRecord:
        for name, value in (self.model_extra or {}).items():
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", name):
                raise ValueError(_("{name} is not a field name").format(name=repr(name[:60])))
            try:
                _cell(value)
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
        return self


class PortableFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    format: Literal[FORMAT_ID]  # type: ignore[valid-type]
    version: Literal[READABLE_VERSIONS]  # type: ignore[valid-type]
    app_version: ShortText
    exported_at: ShortText
    assessment: AssessmentRecord
    pack: dict[str, Any]
    tables: dict[Identifier, Annotated[list[Row], Field(max_length=MAX_ROWS_PER_TABLE)]]
    evidence_files: dict[Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")],
                         Annotated[StrictStr, Field(max_length=MAX_ENCODED_FILE_CHARS)]] = Field(
        default_factory=dict, max_length=10_000)

    @model_validator(mode="after")
    def _files_need_version_2(self) -> PortableFile:
        if self.version == 1 and self.evidence_files:
            raise ValueError("evidence_files: " + _("version 1 files carry no evidence files"))
        return self


# -- the schema, read at run time ------------------------------------------------------------------
@dataclass
class TableShape:
    name: str
    columns: list[str]
    owner_column: str | None  # foreign key straight to assessments(id)
    local_id: str | None  # single-column INTEGER PRIMARY KEY, renumbered in files
    parents: dict[str, str] = field(default_factory=dict)  # column -> exported table it points at
    references: dict[str, str] = field(default_factory=dict)  # the parents whose local ids are renumbered
    key_columns: list[str] = field(default_factory=list)  # primary key as it appears in files (duplicates)
    order_by: str = "rowid"
    types: dict[str, str] = field(default_factory=dict)  # column -> declared type (INTEGER, TEXT, ...)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _foreign_keys(db: Database, table: str) -> list[tuple[str, str, str | None]]:
    """(column, referenced table, referenced column or None for its primary key)."""
    return [(r[3], r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list({_quote(table)})").fetchall()]


def assessment_tables(db: Database) -> list[TableShape]:
    """Tables whose rows belong to one assessment, parents before children."""
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('assessments', '_sqlite_migrations') ORDER BY name"
        ).fetchall()
    ]
    fks = {name: _foreign_keys(db, name) for name in names}
    belonging = {"assessments"}
    changed = True
    while changed:  # fixpoint: a table belongs once one of its parents does
        changed = False
        for name in names:
            if name not in belonging and any(target in belonging for _, target, _ in fks[name]):
                belonging.add(name)
                changed = True
    # Parents before children; otherwise the core tables first (a trigger on answers may update flag
    # tables, which must then be written after answers to arrive as they were exported), then by name.
    pending = sorted(belonging - {"assessments"}, key=lambda n: (n not in _CORE_ORDER, _CORE_ORDER.get(n, 0), n))
    ordered: list[str] = []
    while pending:
        ready = next(
            (n for n in pending if all(t in ordered or t in ("assessments", n) or t not in belonging
                                       for _, t, _ in fks[n])),
            pending[0],  # a reference cycle: keep going, the import reports any broken reference
        )
        pending.remove(ready)
        ordered.append(ready)
    shapes: list[TableShape] = []
    by_name: dict[str, TableShape] = {}
    for name in ordered:
        info = db.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
        columns = [r[1] for r in info]
        not_null = {r[1] for r in info if r[3]}
        pk_names = {r[1] for r in info if r[5]}
        to_assessments = [col for col, target, _ in fks[name] if target == "assessments"]
        # The row's own assessment: the link in the primary key or NOT NULL; others (e.g. previous_id in a
        # lineage table) point at another assessment, which is not in the file, and are left out.
        owner = next((c for c in to_assessments if c in pk_names), None) or next(
            (c for c in to_assessments if c in not_null), None
        ) or (to_assessments[0] if len(to_assessments) == 1 else None)
        cross_links = [c for c in to_assessments if c != owner]
        columns = [c for c in columns if c not in cross_links]
        pks = sorted((r[5], r[1], (r[2] or "").upper()) for r in info if r[5])
        local_id = pks[0][1] if len(pks) == 1 and pks[0][2] == "INTEGER" and pks[0][1] != owner else None
        parents = {col: target for col, target, _ in fks[name] if target in belonging and target != "assessments"}
        references = {
            col: target
            for col, target, to in fks[name]
            if col in parents and target in by_name and by_name[target].local_id in (to, None)
            and by_name[target].local_id is not None
        }
        key_columns = [p[1] for p in pks if p[1] != owner]
        order_by = ", ".join(_quote(p[1]) for p in pks) if pks else "rowid"
        if owner is None and not parents:
            continue  # only links to other assessments: nothing here belongs to one assessment
        types = {r[1]: (r[2] or "").upper() for r in info}
        by_name[name] = TableShape(name, columns, owner, local_id, parents, references, key_columns, order_by,
                                   types)
        shapes.append(by_name[name])
    return shapes


_CORE_ORDER = {"answers": 0, "answer_history": 1}


def _assessment_columns(db: Database) -> tuple[list[str], set[str]]:
    """Columns of the assessments table, and those that point at another assessment (left out of files)."""
    columns = [r[1] for r in db.execute("PRAGMA table_info(assessments)").fetchall()]
    self_refs = {col for col, target, _ in _foreign_keys(db, "assessments") if target == "assessments"}
    return columns, self_refs


def _membership_sql(shape: TableShape, shapes: dict[str, TableShape]) -> str:
    """A WHERE clause selecting *shape*'s rows for the assessment bound to the single `?`."""
    if shape.owner_column:
        return f"{_quote(shape.owner_column)} = ?"
    column, parent_name = next(iter(shape.parents.items()))
    parent = shapes[parent_name]
    key = parent.local_id or "rowid"
    return (
        f"{_quote(column)} IN (SELECT {_quote(key)} FROM {_quote(parent_name)} "
        f"WHERE {_membership_sql(parent, shapes)})"
    )


# -- export ----------------------------------------------------------------------------------------
def export_data(db: Database, assessment_id: int) -> dict:
    from .store import NotFound

    rows = db.execute_returning_dicts("SELECT * FROM assessments WHERE id = ?", [assessment_id])
    if not rows:
        raise NotFound(_("there is no assessment with id {id}").format(id=assessment_id))
    record = dict(rows[0])
    self_refs = _assessment_columns(db)[1]
    record.pop("pack_snapshot_id")
    pack = json.loads(snapshot_of(db, assessment_id))
    for column in ("id", *self_refs):
        record.pop(column, None)
    shapes = assessment_tables(db)
    by_name = {s.name: s for s in shapes}
    local_ids: dict[str, dict[int, int]] = {}
    tables = {}
    for shape in shapes:
        cursor = db.execute(
            f"SELECT {', '.join(_quote(c) for c in shape.columns)} FROM {_quote(shape.name)} "
            f"WHERE {_membership_sql(shape, by_name)} ORDER BY {shape.order_by}",
            [assessment_id],
        )
        names = [d[0] for d in cursor.description]
        out_rows = []
        mapping: dict[int, int] = {}
        for values in cursor.fetchall():
            row = dict(zip(names, values))
            if shape.owner_column:
                del row[shape.owner_column]
            if shape.local_id:
                mapping[row[shape.local_id]] = row[shape.local_id] = len(mapping) + 1
            for column, target in shape.references.items():
                if row.get(column) is not None:
                    row[column] = local_ids[target][row[column]]
            out_rows.append(row)
        local_ids[shape.name] = mapping
        tables[shape.name] = out_rows
    return {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "assessment": record,
        "pack": pack,
        "tables": tables,
        "evidence_files": _exported_files(db, tables.get("evidence", [])),
    }


def _exported_files(db: Database, rows: list[dict]) -> dict[str, str]:
    from .evidence_store import EvidenceStore

    store = EvidenceStore(db)
    return {digest: base64.b64encode(store.content(digest)).decode("ascii")
            for digest in sorted({row["sha256"] for row in rows})}


def dumps(data: dict) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def export_assessment(db: Database, assessment_id: int, path: Path | str) -> Path:
    """Write one assessment to *path* (atomically, 0600)."""
    return write_private_atomic(Path(path), dumps(export_data(db, assessment_id)))


# -- reading and validating ------------------------------------------------------------------------
def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(_("the key {key} appears twice in one object").format(key=repr(key)))
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(_("{name} is not a number JSON allows").format(name=name))


def parse_file_bytes(raw: bytes, source: str) -> PortableFile:
    """Decode and validate a whole file; every problem names *source* and the field."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRejected(f"{source}: " + _("the file is larger than {size} MB").format(
            size=MAX_IMPORT_BYTES // (1024 * 1024)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(f"{source}: " + _("not UTF-8 text (byte {byte})").format(byte=exc.start)) from None
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ImportRejected(f"{source}: " + _(
            "not valid JSON at line {line}, column {column} ({error}); the file may be truncated").format(
            line=exc.lineno, column=exc.colno, error=exc.msg)) from None
    except (ValueError, RecursionError) as exc:
        detail = _("nested too deeply") if isinstance(exc, RecursionError) else str(exc)
        raise ImportRejected(f"{source}: " + _("not a valid export file ({detail})").format(detail=detail)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_ID:
        raise ImportRejected(f"{source}: format: " + _("this is not a Maturity assessment export ({format})").format(
            format=FORMAT_ID))
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION
        hint = _("it was written by a newer version of Maturity; update the app") if newer else _("unknown version")
        raise ImportRejected(f"{source}: version: " + _("{version} is not supported ({hint})").format(
            version=repr(version), hint=hint))
    try:
        return PortableFile.model_validate(data)
    except ValidationError as exc:
        raise ImportRejected(_first_problem(source, exc)) from None


def _first_problem(source: str, exc: ValidationError, prefix: tuple = ()) -> str:
    errors = exc.errors()
    lines = [
        f"{source}: {field_path(prefix + tuple(err['loc']))}: {problem_text(err)}" for err in errors[:3]
    ]
    more = " " + ngettext("(and {count} more problem)", "(and {count} more problems)", len(errors) - 3).format(
        count=len(errors) - 3) if len(errors) > 3 else ""
    return "; ".join(lines) + more


# -- domain checks on rows -------------------------------------------------------------------------
@dataclass
class ImportContext:
    pack: Pack
    question_ids: frozenset[str]
    record: AssessmentRecord


def _day(row: dict, name: str) -> dt.date | None:
    value = row.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationFailed(f"{name}: " + _("must be a YYYY-MM-DD date or null"))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationFailed(f"{name}: " + _("{value} is not a YYYY-MM-DD date").format(
            value=repr(value[:40]))) from None


def _level(row: dict, name: str):
    value = row.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not -1 <= value <= 4:
        raise ValidationFailed(f"{name}: " + _("must be a level 0-4, -1 for not applicable, or null"))
    return NA if value == -1 else value


def _text(row: dict, name: str) -> str:
    value = row.get(name, "")
    if not isinstance(value, str):
        raise ValidationFailed(f"{name}: " + _("must be text"))
    return value


def _answer_from_cells(row: dict, ctx: ImportContext) -> Answer:
    question_id = row.get("question_id")
    if not isinstance(question_id, str) or question_id not in ctx.question_ids:
        raise ValidationFailed("question_id: " + _not_a_question().format(id=repr(str(question_id)[:60])))
    escalate = row.get("escalate", 0)
    if escalate not in (0, 1) or isinstance(escalate, float):
        raise ValidationFailed("escalate: " + _("must be 0 or 1"))
    answer = Answer(
        question_id=question_id,
        compliance=_level(row, "compliance"),
        capability=_level(row, "capability"),
        proven_on=_day(row, "proven_on"),
        owner=_text(row, "owner"),
        evidence_note=_text(row, "evidence_note"),
        action=_text(row, "action"),
        action_owner=_text(row, "action_owner"),
        action_due=_day(row, "action_due"),
        escalate=bool(escalate),
        decision=_text(row, "decision"),
        updated_at=_text(row, "updated_at"),
    )
    return answer.validated()


def _check_answer_row(row: dict, ctx: ImportContext) -> None:
    _answer_from_cells(row, ctx)


def _json_object(row: dict, name: str, default: str | None = None) -> dict:
    """A column holding a JSON object as text, parsed the strict way (no duplicate keys, no NaN)."""
    text = row.get(name, default)
    if not isinstance(text, str):
        raise ValidationFailed(f"{name}: " + _("must be JSON text"))
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise ValidationFailed(f"{name}: " + _("not valid JSON")) from None
    if not isinstance(data, dict):
        raise ValidationFailed(f"{name}: " + _("must be a JSON object"))
    return data


def _check_history_row(row: dict, ctx: ImportContext) -> None:
    data = _json_object(row, "answer")
    unknown = sorted(set(data) - set(Answer.__dataclass_fields__))
    if unknown:
        raise ValidationFailed("answer: " + _("unknown field {name}").format(name=repr(unknown[0][:60])))
    cells = {**data}
    for axis in ("compliance", "capability"):
        if cells.get(axis) == NA:
            cells[axis] = -1
    cells["escalate"] = int(cells["escalate"]) if isinstance(cells.get("escalate"), bool) else cells.get("escalate", 0)
    try:
        answer = _answer_from_cells(cells, ctx)
    except ValidationFailed as exc:
        raise ValidationFailed(f"answer.{exc}") from None
    if row.get("question_id") != answer.question_id:
        raise ValidationFailed("question_id: " + _("differs from the question of the recorded answer"))


def _check_participant_row(row: dict, ctx: ImportContext) -> None:
    from ..domain.workshop import NAME_LIMIT, ROLE_LIMIT

    role, name = row.get("role"), row.get("name", "")
    if not isinstance(role, str) or not role.strip() or len(role) > ROLE_LIMIT:
        raise ValidationFailed("role: " + _("must be text of 1 to {limit} characters").format(limit=ROLE_LIMIT))
    if not isinstance(name, str) or len(name) > NAME_LIMIT:
        raise ValidationFailed("name: " + _("must be text of at most {limit} characters").format(limit=NAME_LIMIT))


def _check_evidence_row(row: dict, ctx: ImportContext) -> None:
    name = _text(row, "name")
    if check_name(name) != name:
        raise ValidationFailed("name: " + _("must not start or end with spaces"))
    digest = row.get("sha256")
    if not isinstance(digest, str) or not SHA256_RE.match(digest):
        raise ValidationFailed("sha256: " + _("must be 64 lower-case hexadecimal digits"))
    size = row.get("size")
    if isinstance(size, bool) or not isinstance(size, int):
        raise ValidationFailed("size: " + _("must be a whole number"))
    check_file_size(name, size)
    _day(row, "dated")
    check_timestamp("added_at", row.get("added_at"))


def _check_verification_row(row: dict, ctx: ImportContext) -> None:
    from .evidence_store import parse_files_json

    verifier = _text(row, "verifier")
    if check_verifier(verifier, []) != verifier:
        raise ValidationFailed("verifier: " + _("must be a name without extra spaces"))
    if _day(row, "verified_on") is None:
        raise ValidationFailed("verified_on: " + _("must be a YYYY-MM-DD date"))
    _day(row, "proven_on")
    _level(row, "capability")
    if not parse_files_json(_text(row, "files")):
        raise ValidationFailed("files: " + _("a verification names the files the verifier saw"))


def _check_target_row(row: dict, ctx: ImportContext) -> None:
    from ..domain.plan import check_target

    level = row.get("level")
    if isinstance(level, bool) or not isinstance(level, int):
        raise ValidationFailed("level: " + _("must be a whole number 0-4"))
    check_target(_text(row, "kind"), _text(row, "item_id"), level, {d.id for d in ctx.pack.domains},
                 set(ctx.question_ids))


def _check_acceptance_row(row: dict, ctx: ImportContext) -> None:
    from ..domain.plan import check_acceptance

    accepted_on, expires_on = _day(row, "accepted_on"), _day(row, "expires_on")
    if accepted_on is None or expires_on is None:
        raise ValidationFailed("accepted_on, expires_on: " + _("both dates are required"))
    approver, reason = _text(row, "approver"), _text(row, "reason")
    checked = check_acceptance(row.get("question_id"), approver, reason, accepted_on, expires_on)
    if (checked.approver, checked.reason) != (approver, reason):
        raise ValidationFailed("approver, reason: " + _("must not carry extra spaces"))


def _check_action_row(row: dict, ctx: ImportContext) -> None:
    from ..domain.plan import check_action_state

    check_action_state(row.get("question_id"), _text(row, "status"), row.get("priority"))


MAX_PARTICIPANTS = 1_000


def _check_participant_number(row: dict, ctx: ImportContext) -> None:
    number = row.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_PARTICIPANTS:
        raise ValidationFailed("number: " + _("must be a whole number from 1 to {limit}").format(
            limit=whole(MAX_PARTICIPANTS)))


def _check_lineage_row(row: dict, ctx: ImportContext) -> None:
    """pack_change is read back with json.loads + PackChange.from_dict: it must survive exactly that."""
    from ..domain.reassess import PackChange

    data = _json_object(row, "pack_change", "{}")
    if data:
        try:
            same = PackChange.from_dict(data).to_dict() == data
        except (TypeError, ValueError, AttributeError):
            same = False
        if not same:
            raise ValidationFailed("pack_change: " + _("not a pack-change record this version of Maturity writes"))
    if row.get("prefilled", 0) not in (0, 1) or isinstance(row.get("prefilled"), bool):
        raise ValidationFailed("prefilled: " + _("must be 0 or 1"))


def _check_flag_row(row: dict, ctx: ImportContext) -> None:
    for name in ("carried_over", "to_confirm"):
        if row.get(name, 0) not in (0, 1) or isinstance(row.get(name), bool):
            raise ValidationFailed(f"{name}: " + _("must be 0 or 1"))


def _check_rating_history_row(row: dict, ctx: ImportContext) -> None:
    data = _json_object(row, "rating")
    for axis in ("compliance", "capability"):
        value = data.get(axis)
        if value is not None and value != NA and (
                isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4):
            raise ValidationFailed(f"rating.{axis}: " + _("must be a level 0-4, {na} or null").format(na=repr(NA)))


# Extension point: a table added by a later migration registers its domain rules here.
ROW_CHECKS: dict[str, Callable[[dict, ImportContext], None]] = {
    "answers": _check_answer_row,
    "answer_history": _check_history_row,
    "participants": lambda row, ctx: (_check_participant_row(row, ctx), _check_participant_number(row, ctx)),
    "assessment_lineage": _check_lineage_row,
    "answer_flags": _check_flag_row,
    "rating_history": _check_rating_history_row,
    "evidence": _check_evidence_row,
    "verifications": _check_verification_row,
    "targets": _check_target_row,
    "acceptances": _check_acceptance_row,
    "action_states": _check_action_row,
    "action_history": _check_action_row,
}


def _decoded_files(parsed: PortableFile, source: str) -> dict[str, bytes]:
    """Every evidence file decoded strictly and checked against its SHA-256 and the rows citing it."""
    rows = parsed.tables.get("evidence", [])
    files: dict[str, bytes] = {}
    total = 0
    for digest, text in parsed.evidence_files.items():
        where = f"{source}: evidence_files.{digest[:16]}…"
        try:
            content = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ImportRejected(f"{where}: " + _("not valid base64")) from None
        if base64.b64encode(content).decode("ascii") != text:
            raise ImportRejected(f"{where}: " + _("not canonical base64"))
        if sha256_of(content) != digest:
            raise ImportRejected(f"{where}: " + _("the content does not match its SHA-256; the file was altered"))
        if len(content) > MAX_FILE_BYTES:
            raise ImportRejected(f"{where}: " + _("{size} is over the {limit} limit per file").format(
                size=mib(len(content)), limit=mib(MAX_FILE_BYTES)))
        total += len(content)
        files[digest] = content
    if total > MAX_ASSESSMENT_BYTES:
        raise ImportRejected(f"{source}: evidence_files: " + _(
            "{size} in all is over the {limit} limit per assessment").format(
            size=mib(total), limit=mib(MAX_ASSESSMENT_BYTES)))
    cited = set()
    for index, row in enumerate(rows):
        digest = row["sha256"]
        cited.add(digest)
        if digest not in files:
            raise ImportRejected(f"{source}: tables.evidence[{index}].sha256: " + _(
                "the file is not in evidence_files"))
        if len(files[digest]) != row["size"]:
            raise ImportRejected(f"{source}: tables.evidence[{index}].size: " + _("differs from the file's size"))
    unused = sorted(set(files) - cited)
    if unused:
        raise ImportRejected(f"{source}: evidence_files.{unused[0][:16]}…: " + _("no evidence row cites this file"))
    return files


def check_timestamp(name: str, value: Any, *, nullable: bool = False) -> None:
    """A moment exactly as the app writes and later reads it (ISO 8601 with a time zone)."""
    if value is None and nullable:
        return
    if not isinstance(value, str):
        raise ValidationFailed(f"{name}: " + _("must be an ISO 8601 date and time"))
    try:
        if not _TIMESTAMP.fullmatch(value):  # the extended form the app writes: later read by slicing [:10] too
            raise ValueError
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationFailed(f"{name}: " + _("{value} is not an ISO 8601 date and time").format(
            value=repr(value[:40]))) from None
    if moment.tzinfo is None:
        raise ValidationFailed(f"{name}: " + _("{value} has no time zone (the app writes UTC, e.g. ...+00:00)").format(
            value=repr(value[:40])))
    if not 1900 <= moment.year <= 9998:
        raise ValidationFailed(f"{name}: " + _("{value} is not a plausible date").format(value=repr(value[:40])))


def _check_types(row: dict, shape: TableShape) -> None:
    """Each cell as SQLite's declared column type will be read back: no text in a number column, and back."""
    for name, value in row.items():
        declared = shape.types.get(name, "")
        if value is None:
            continue
        if "INT" in declared and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationFailed(f"{name}: " + _("must be a whole number"))
        if "TEXT" in declared and not isinstance(value, str):
            raise ValidationFailed(f"{name}: " + _("must be text"))


def _check_common(row: dict, ctx: ImportContext) -> None:
    """Rules for columns that mean the same in every table: text limits, levels, question ids, timestamps."""
    for name in TIMESTAMP_COLUMNS:
        if name in row:
            check_timestamp(name, row[name], nullable=name == "removed_at")
    for name, value in row.items():
        if name in TEXT_LIMITS and isinstance(value, str):
            try:
                check_text(name, value)
            except ValidationFailed as exc:
                raise ValidationFailed(f"{name}: {exc}") from None
    for axis in ("compliance", "capability"):
        if axis in row:
            _level(row, axis)
    if "question_id" in row and row["question_id"] not in ctx.question_ids:
        raise ValidationFailed("question_id: " + _not_a_question().format(id=repr(str(row["question_id"])[:60])))


# -- import ----------------------------------------------------------------------------------------
def _validated_pack(parsed: PortableFile, source: str) -> Pack:
    size = len(json.dumps(parsed.pack, ensure_ascii=False))
    if size > MAX_SNAPSHOT_BYTES:
        raise ImportRejected(f"{source}: pack: " + _(
            "the questionnaire snapshot is {size} characters; the limit is {limit}").format(
            size=whole(size), limit=whole(MAX_SNAPSHOT_BYTES)))
    try:
        pack = Pack.model_validate(parsed.pack, context={"trusted_snapshot": True})
    except ValidationError as exc:
        raise ImportRejected(_first_problem(source, exc, ("pack",))) from None
    if len(pack.questions()) > MAX_SNAPSHOT_QUESTIONS:
        raise ImportRejected(f"{source}: pack: " + _("{count} questions; the limit is {limit}").format(
            count=whole(len(pack.questions())), limit=whole(MAX_SNAPSHOT_QUESTIONS)))
    return pack


def _installed_packs() -> dict[str, Pack]:
    from ..domain.pack_loader import load_library
    from ..paths import bundled_packs_dir
    from .locations import user_packs_dir

    try:
        return load_library(bundled_packs_dir(), user_packs_dir()).packs
    except (OSError, MaturityError):
        return load_library(user_packs_dir()).packs


def _check_pack_identity(db: Database, pack: Pack, source: str, installed: dict[str, Pack] | None) -> None:
    """A snapshot claiming an installed pack's id and version must be that pack (or one this database already
    holds under that name): a forged "core 1.0.0" would change scores and fake progress in compare."""
    snapshot = pack.snapshot()
    known = {r[0] for r in db.execute(
        "SELECT snapshot FROM pack_snapshots WHERE id IN "
        "(SELECT pack_snapshot_id FROM assessments WHERE pack_id = ? AND pack_version = ?)", [pack.id, pack.version])}
    if snapshot in known:
        return
    # Translations added to a pack version (or missing from an older snapshot of it) do not make it another
    # questionnaire; a different text in a language both carry does.
    if known and all(pack.agrees_with(pack_from_snapshot(other)) for other in known):
        return
    installed = _installed_packs() if installed is None else installed
    local = installed.get(pack.id)
    if local is not None and local.version == pack.version and not local.agrees_with(pack):
        raise ImportRejected(f"{source}: pack: " + _(
            "the file's questionnaire claims to be {pack} {version}, but it differs from the {pack} {version} "
            "installed here (questions, windows or anchors were changed). Nothing was imported; ask for an export "
            "made with the genuine pack.").format(pack=pack.id, version=pack.version))
    if known:
        raise ImportRejected(f"{source}: pack: " + _(
            "the file's questionnaire claims to be {pack} {version}, but it differs from the {pack} {version} other "
            "assessments here were made with. Nothing was imported.").format(pack=pack.id, version=pack.version))


def _check_record(record: AssessmentRecord, pack: Pack, source: str, columns: list[str], self_refs: set[str]) -> dict:
    where = f"{source}: assessment"
    values = record.model_dump()
    for name in ("organisation", "scope", "assessor"):
        try:
            check_text(name, values[name])
        except ValidationFailed as exc:
            raise ImportRejected(f"{where}.{name}: {exc}") from None
    if not values["organisation"].strip():
        raise ImportRejected(f"{where}.organisation: " + _("the organisation (or vendor) name is required"))
    for name in ("created_at", "updated_at"):
        try:
            check_timestamp(name, values[name])
        except ValidationFailed as exc:
            raise ImportRejected(f"{where}.{exc}") from None
    try:
        values["uid"] = str(uuid.UUID(values["uid"]))
    except ValueError:
        raise ImportRejected(f"{where}.uid: " + _("not a valid identifier")) from None
    for name, expected in (("pack_id", pack.id), ("pack_version", pack.version)):
        if values[name] != expected:
            raise ImportRejected(f"{where}.{name}: " + _("{value} does not match the pack in the file ({expected})").format(
                value=repr(values[name]), expected=repr(expected)))
    if values["question_count"] != len(pack.questions()):
        raise ImportRejected(f"{where}.question_count: " + ngettext(
            "does not match the {count} question of the pack", "does not match the {count} questions of the pack",
            len(pack.questions())).format(count=whole(len(pack.questions()))))
    allowed = set(columns) - {"id", "pack_snapshot_id"} - self_refs
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ImportRejected(f"{where}.{unknown[0]}: " + _unknown_field())
    return values


def _prepare_rows(parsed: PortableFile, shapes: list[TableShape], ctx: ImportContext, source: str) -> None:
    """Check every table and row before the first write."""
    by_name = {s.name: s for s in shapes}
    unknown = sorted(set(parsed.tables) - set(by_name))
    if unknown:
        raise ImportRejected(f"{source}: tables.{unknown[0]}: " + _("this version of Maturity has no such table"))
    local_ids: dict[str, set[int]] = {}
    for shape in shapes:
        rows = parsed.tables.get(shape.name, [])
        allowed = set(shape.columns) - ({shape.owner_column} if shape.owner_column else set())
        seen: set = set()
        for index, row in enumerate(rows):
            where = f"{source}: tables.{shape.name}[{index}]"
            extra = sorted(set(row) - allowed)
            if extra:
                raise ImportRejected(f"{where}.{extra[0]}: " + _unknown_field())
            if shape.local_id:
                key = row.get(shape.local_id)
                if isinstance(key, bool) or not isinstance(key, int):
                    raise ImportRejected(f"{where}.{shape.local_id}: " + _("must be a whole number"))
            else:
                key = tuple(row.get(c) for c in shape.key_columns) if shape.key_columns else None
                if key is not None and len(key) == 1:
                    key = key[0]
            if key is not None and key in seen:
                raise ImportRejected(f"{where}: " + _("duplicate id {id}").format(id=repr(key)))
            seen.add(key)
            for column, target in shape.references.items():
                value = row.get(column)
                if value is not None and value not in local_ids.get(target, set()):
                    raise ImportRejected(f"{where}.{column}: " + _(
                        "refers to {table} {value}, which is not in the file").format(table=target, value=repr(value)))
            try:
                _check_types(row, shape)
                _check_common(row, ctx)
                check = ROW_CHECKS.get(shape.name)
                if check:
                    check(row, ctx)
            except ValidationFailed as exc:
                raise ImportRejected(f"{where}.{exc}") from None
        if shape.local_id:
            local_ids[shape.name] = {row[shape.local_id] for row in rows}
    escalated = sum(1 for row in parsed.tables.get("answers", []) if row.get("escalate") == 1)
    if escalated > ctx.record.escalation_budget:
        raise ImportRejected(f"{source}: tables.answers: " + ngettext(
            "{count} answer is escalated but the escalation budget is {budget}",
            "{count} answers are escalated but the escalation budget is {budget}", escalated).format(
            count=escalated, budget=ctx.record.escalation_budget))


def import_assessment(db: Database, path: Path | str, *, as_copy: bool = False,
                      installed: dict[str, Pack] | None = None) -> int:
    """Import the assessment in *path*; returns its new id. Either everything is written or nothing is."""
    from .private_files import ReadFailed, read_regular_file

    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES, "import file")
    except ReadFailed as exc:
        raise ImportRejected(f"{path.name}: " + _("cannot be read ({reason})").format(reason=exc.reason)) from None
    return import_bytes(db, raw, path.name, as_copy=as_copy, installed=installed)


def import_bytes(db: Database, raw: bytes, source: str, *, as_copy: bool = False,
                 installed: dict[str, Pack] | None = None) -> int:
    """*installed*: the packs installed here, by id (default: bundled and user packs, loaded now)."""
    parsed = parse_file_bytes(raw, source)
    pack = _validated_pack(parsed, source)
    _check_pack_identity(db, pack, source, installed)
    columns, self_refs = _assessment_columns(db)
    record = _check_record(parsed.assessment, pack, source, columns, self_refs)
    ctx = ImportContext(pack, frozenset(q.id for q in pack.questions()), parsed.assessment)
    shapes = assessment_tables(db)
    _prepare_rows(parsed, shapes, ctx, source)
    files = _decoded_files(parsed, source)

    existing = db.execute("SELECT id, organisation FROM assessments WHERE uid = ?", [record["uid"]]).fetchone()
    if existing and not as_copy:
        raise AssessmentExists(f"{source}: " + _(
            "this assessment ({organisation}) is already in the database as number {id}; nothing was imported. "
            "Import it as a copy (--as-copy) to keep both.").format(organisation=existing[1], id=existing[0]),
            record["uid"])
    if as_copy:
        record["uid"] = str(uuid.uuid4())
        if existing:
            suffix = " (imported copy)"
            record["organisation"] = record["organisation"][: TEXT_LIMITS["organisation"] - len(suffix)] + suffix
    where = source
    try:
        with write_transaction(db):
            record["pack_snapshot_id"] = store_snapshot(db, pack.snapshot())
            new_id = _insert(db, "assessments", record)
            for digest, content in files.items():
                db.conn.execute("INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)",
                                [digest, len(content), content])
            new_ids: dict[str, dict[int, int]] = {}
            for shape in shapes:
                mapping: dict[int, int] = {}
                for index, row in enumerate(parsed.tables.get(shape.name, [])):
                    where = f"{source}: tables.{shape.name}[{index}]"
                    values = dict(row)
                    if shape.owner_column:
                        values[shape.owner_column] = new_id
                    for column, target in shape.references.items():
                        if values.get(column) is not None:
                            values[column] = new_ids[target][values[column]]
                    old_local = values.pop(shape.local_id, None) if shape.local_id else None
                    rowid = _insert(db, shape.name, values)
                    if shape.local_id:
                        mapping[old_local] = rowid
                new_ids[shape.name] = mapping
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, OverflowError) as exc:
        # Constraints the checks above do not repeat (NOT NULL, CHECK, UNIQUE) still reject the whole file.
        raise ImportRejected(f"{where}: {exc}; " + _("nothing was imported")) from None
    return new_id


def _insert(db: Database, table: str, values: dict) -> int:
    names = list(values)
    sql = (
        f"INSERT INTO {_quote(table)} ({', '.join(_quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    if not names:
        sql = f"INSERT INTO {_quote(table)} DEFAULT VALUES"
    return db.conn.execute(sql, [values[n] for n in names]).lastrowid


def suggested_file_name(organisation: str, day: dt.date | None = None) -> str:
    """A safe file name for an export, e.g. ``Northwind-Bank-2025-03-01.maturity``."""
    stem = re.sub(r"[^\w-]+", "-", organisation, flags=re.UNICODE).strip("-_")[:60] or "assessment"
    return f"{stem}-{(day or dt.date.today()).isoformat()}{FILE_SUFFIX}"
