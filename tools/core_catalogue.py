#!/usr/bin/env python3
"""Keep src/maturity_app/locale/<lang>.po in step with the core's _() / ngettext / pgettext / N_ calls.

    python tools/core_catalogue.py            # add new sentences (empty translation), drop unused ones, report
    python tools/core_catalogue.py --check    # exit 1 when an entry is missing, empty or has other placeholders
    python tools/core_catalogue.py --merge F  # take translations from F (a Python file defining DE = {msgid: msgstr
                                              # or (singular, plural)}; keys "context\x04msgid" for pgettext)

The scan is an AST walk over every module outside ui/ (Qt's own tr() machinery covers ui/), so it sees exactly
the literal arguments the code passes; tests/unit/test_core_catalogue.py runs the same walk.
"""

from __future__ import annotations

import argparse
import ast
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "maturity_app"
LOCALE = PACKAGE / "locale"
sys.path.insert(0, str(ROOT / "src"))

from maturity_app.domain.catalogue import read_entries  # noqa: E402

SINGLE = {"_", "gettext", "N_"}
CONTEXT = {"pgettext"}
PLURAL = {"ngettext"}
CONTEXT_PLURAL = {"npgettext"}
HEADER = """# German catalogue of the Qt-free core: report, narrative, scoring reasons, method, formatting, command line.
# English source sentences as msgid; {placeholders} are filled in after translation and must be kept.
# Written for a German board paper: "Sie", the trade's terms (Nachweis, Wirksamkeit, Geschäftsleitung, Maßnahme).
# Updated by tools/core_catalogue.py; tests/unit/test_core_catalogue.py checks it is complete.
msgid ""
msgstr ""
"Project-Id-Version: maturity-app\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"""


@dataclass
class Message:
    msgid: str
    context: str | None = None
    plural: str | None = None
    places: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return self.context, self.msgid


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1])


def extract(files: list[Path] | None = None) -> tuple[dict[tuple[str | None, str], Message], list[str]]:
    """Every translatable literal, and problems: a non-literal sentence (an f-string) handed to a translator."""
    found: dict[tuple[str | None, str], Message] = {}
    problems: list[str] = []
    for path in files or source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where_file = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name not in SINGLE | CONTEXT | PLURAL | CONTEXT_PLURAL:
                continue
            where = f"{where_file}:{node.lineno}"
            args = node.args
            need = 1 if name in SINGLE else 2 if name in CONTEXT else 3 if name in PLURAL else 4
            if len(args) < need - (1 if name in PLURAL | CONTEXT_PLURAL else 0):
                continue
            texts = [_literal(a) for a in args[:need - (1 if name in PLURAL | CONTEXT_PLURAL else 0)]]
            if any(isinstance(a, ast.JoinedStr) for a in args[:len(texts)]):
                problems.append(f"{where}: {name}() is given an f-string; use named placeholders and .format()")
                continue
            if any(t is None for t in texts):
                continue  # a variable: its value is marked where it is written (N_)
            if name in SINGLE:
                msg = Message(texts[0])
            elif name in CONTEXT:
                msg = Message(texts[1], context=texts[0])
            elif name in PLURAL:
                msg = Message(texts[0], plural=texts[1])
            else:
                msg = Message(texts[1], context=texts[0], plural=texts[2])
            known = found.setdefault(msg.key, msg)
            if known.plural != msg.plural:
                problems.append(f"{where}: {msg.msgid!r} is used with and without a plural")
            known.places.append(where)
    return found, problems


def fields(text: str) -> set[str]:
    """The placeholders a translation must keep: {name} for str.format, %(name)s / %s for argparse's own texts."""
    printf = {f"%{m}" for m in re.findall(r"%(\(\w+\)[sdr]|[sdr])", text)}
    if "{" not in text and "}" not in text:
        return printf
    try:
        return printf | {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        return {f"<malformed: {error}>"}


def check(lang: str = "de", path: Path | None = None, files: list[Path] | None = None) -> list[str]:
    """Problems with the catalogue of *lang*: missing or empty entries, placeholders that differ, unused entries."""
    found, problems = extract(files)
    path = path or LOCALE / f"{lang}.po"
    entries = {e.key: e for e in read_entries(path) if e.msgid} if path.exists() else {}
    for key, msg in found.items():
        entry = entries.get(key)
        label = f"{msg.msgid!r}" + (f" (context {msg.context!r})" if msg.context else "") + f" at {msg.places[0]}"
        if entry is None:
            problems.append(f"{lang}.po has no entry for {label}")
            continue
        forms = [entry.strings.get(i, "") for i in range(2 if msg.plural else 1)]
        if entry.fuzzy or not all(forms):
            problems.append(f"{lang}.po has no finished translation for {label}")
            continue
        source = fields(msg.msgid) | fields(msg.plural or "")
        translated = set().union(*(fields(f) for f in forms))
        if translated != source or any(not fields(f) <= source for f in forms):
            problems.append(f"{lang}.po: placeholders differ for {label}: {sorted(source)} -> {sorted(translated)}")
    for key in entries.keys() - found.keys():
        problems.append(f"{lang}.po has an entry no code uses: {key[1]!r}")
    return problems


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in escaped:
        return f'"{escaped}"'
    parts = escaped.split("\n")
    lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join(f'"{line}"' for line in lines)


def render(lang: str, path: Path, files: list[Path] | None = None,
           merge: dict | None = None) -> tuple[str, int, int, int]:
    """The catalogue text for *lang*, keeping the translations already in *path*: (text, new, untranslated,
    dropped). The text depends only on the set of sentences, the files using each and the translations, never on
    line numbers or scan order: entries are grouped by the first file using them (in path order), sorted by
    sentence within it, and their `#:` comments name files without lines. So an edit that only moves code
    rewrites nothing, and two branches adding different sentences change separate lines that merge cleanly."""
    found, problems = extract(files)
    for problem in problems:
        print(problem, file=sys.stderr)
    old = {e.key: e for e in read_entries(path) if e.msgid} if path.exists() else {}
    merge = merge or {}
    out = [HEADER.replace("{lang}", lang)]
    added = untranslated = 0
    for msg, users in sorted(((m, _files_using(m)) for m in found.values()),
                             key=lambda item: (item[1][0], item[0].msgid, item[0].context or "")):
        key = msg.key
        entry = old.get(key)
        forms = [entry.strings.get(i, "") for i in range(2 if msg.plural else 1)] if entry else None
        fuzzy = bool(entry and entry.fuzzy)
        lookup = key[1] if key[0] is None else f"{key[0]}\x04{key[1]}"
        if lookup in merge:
            value = merge[lookup]
            forms = list(value) if isinstance(value, (tuple, list)) else [value]
            fuzzy = False
        if forms is None:
            added += 1
            forms = ["", ""] if msg.plural else [""]
        if not all(forms):
            untranslated += 1
        block = [f"#: {user}" for user in users]
        if fuzzy:
            block.append("#, fuzzy")
        if msg.context is not None:
            block.append(f"msgctxt {_quote(msg.context)}")
        block.append(f"msgid {_quote(msg.msgid)}")
        if msg.plural:
            block.append(f"msgid_plural {_quote(msg.plural)}")
            block += [f"msgstr[{i}] {_quote(f)}" for i, f in enumerate(forms)]
        else:
            block.append(f"msgstr {_quote(forms[0])}")
        out.append("\n".join(block) + "\n")
    dropped = len(old.keys() - found.keys())
    return "\n".join(out), added, untranslated, dropped


def _files_using(msg: Message) -> list[str]:
    """The files a sentence is used in, sorted, without line numbers (every edit above a call would move them)."""
    return sorted({place.rpartition(":")[0] for place in msg.places})


def write(lang: str, merge: dict | None = None) -> tuple[int, int, int]:
    path = LOCALE / f"{lang}.po"
    text, added, untranslated, dropped = render(lang, path, merge=merge)
    path.write_text(text, encoding="utf-8")
    return added, untranslated, dropped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="de")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--merge", type=Path)
    args = parser.parse_args()
    if args.check:
        problems = check(args.lang)
        print("\n".join(problems) or "complete")
        return 1 if problems else 0
    merge = None
    if args.merge:
        namespace: dict = {}
        exec(compile(args.merge.read_text(encoding="utf-8"), str(args.merge), "exec"), namespace)
        merge = namespace["DE"]
    added, untranslated, dropped = write(args.lang, merge)
    print(f"{args.lang}.po: {added} new, {untranslated} without translation, {dropped} unused dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
