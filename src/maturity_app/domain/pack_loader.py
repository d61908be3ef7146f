"""Read questionnaire packs from YAML safely and explain every problem by file, line and field path."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .anchor_rules import pack_problems
from .errors import PackError
from .formatting import whole
from .i18n import _, ngettext
from .schema import Pack, remember_translations
from .translation_rules import translation_problems
from .validation_text import problem_text

MAX_PACK_BYTES = 5 * 1024 * 1024


def field_path(loc: tuple[Any, ...]) -> str:
    """``('domains', 2, 'questions', 0, 'capability')`` -> ``domains[2].questions[0].capability``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def _line_index(node: yaml.Node, path: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], int]:
    """Map every field path in a composed YAML tree to its 1-based line number."""
    lines = {path: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            # isdecimal, not isdigit: isdigit() accepts "²", which int() refuses (found by a property test).
            if isinstance(key_node, yaml.ScalarNode) and key.isdecimal():
                key = int(key)
            lines.update(_line_index(value_node, (*path, key)))
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines.update(_line_index(item, (*path, i)))
    return lines


def _nearest_line(lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int | None:
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return None


# libyaml's parser is several times faster; the pure-Python one is the fallback where libyaml is missing.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# The core pack expands to about 5,000 values; a few hundred bytes of nested YAML aliases can expand to billions,
# and everything after parsing (validation, the line index) walks the expanded tree.
MAX_EXPANDED_VALUES = 200_000


class _TooLarge(Exception):
    pass


def _expanded_size(root: yaml.Node) -> int:
    """How many values the tree holds once aliases are expanded, computed without expanding them."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node, open_nodes: frozenset[int]) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise _TooLarge(_("an alias refers to itself"))
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        total = 1
        for child in children:
            total += size(child, open_nodes | {key})
            if total > MAX_EXPANDED_VALUES:
                raise _TooLarge(_("it expands to more than {count} values (nested aliases?)").format(
                    count=whole(MAX_EXPANDED_VALUES)))
        sizes[key] = total
        return total

    return size(root, frozenset())


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _duplicate_keys(root: yaml.Node) -> list[str]:
    """``:LINE path: …`` for every key a mapping repeats. YAML loaders keep the last value silently, so an author
    who pasted a question twice or gave a level two anchors would lose text without a word."""
    problems: list[str] = []
    seen_nodes: set[int] = set()

    def walk(node: yaml.Node, path: tuple[Any, ...]) -> None:
        if id(node) in seen_nodes:  # an alias: its node was checked where it was defined
            return
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first_line: dict[tuple[str, str], int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE_TAG:
                    key = (key_node.tag, key_node.value)
                    line = key_node.start_mark.line + 1
                    if key in first_line:
                        where = field_path((*path, key_node.value))
                        problems.append(f":{line} {where}: " + _(
                            "the key {key} appears twice in this mapping (first on line {line}); only one can be "
                            "kept, so nothing is loaded until one is removed").format(
                            key=repr(key_node.value), line=first_line[key]))
                    else:
                        first_line[key] = line
                walk(value_node, (*path, key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, (*path, i))

    walk(root, ())
    return problems


def _compose_and_construct(text: str) -> tuple[yaml.Node | None, Any, list[str]]:
    """Parse once: the node tree gives line numbers for errors and repeated keys (looked for before construction,
    which flattens "<<" merges into the tree), the constructed data goes to validation."""
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        duplicates: list[str] = []
        if node is not None:
            _expanded_size(node)
            duplicates = _duplicate_keys(node)
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data, duplicates


def parse_pack(text: str, source: str) -> Pack:
    """Validate YAML *text*; *source* names the file in messages."""
    try:
        node, data, duplicates = _compose_and_construct(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}" if mark else ""
        raise PackError(source, [f"{where} " + _("YAML syntax error: {problem}").format(
            problem=exc.problem or exc)]) from None
    except yaml.YAMLError as exc:
        raise PackError(source, [_("YAML syntax error: {problem}").format(problem=exc)]) from None
    except _TooLarge as exc:
        raise PackError(source, [": " + _("refused, {reason}; a questionnaire pack never needs that").format(
            reason=exc)]) from None
    except RecursionError:
        raise PackError(source, [": " + _("refused, the YAML is nested too deeply for a questionnaire pack")]) from None
    if not isinstance(data, dict) or node is None:
        raise PackError(source, [": " + _("the file must contain a mapping with id, version, title, scales and "
                                          "domains")])
    if duplicates:
        raise PackError(source, duplicates)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        located = [(tuple(err["loc"]), problem_text(err)) for err in exc.errors()]
        raise PackError(source, _located(node, located)) from None
    broken = [(p.loc, p.message) for p in pack_problems(pack)]
    # Translations are keyed by id and level, so their paths read as keys: translations.de.questions.x.anchors.capability.3
    broken += [(p.loc, p.message, ".".join(map(str, p.loc))) for p in translation_problems(pack)]
    if broken:
        raise PackError(source, _located(node, broken))
    return pack


def _located(node: yaml.Node, problems: list[tuple]) -> list[str]:
    """``:LINE field.path: message`` for each ``(loc, message[, path text])``, the line found from the field path."""
    lines = _line_index(node)
    out = []
    for loc, message, *shown in problems:
        line = _nearest_line(lines, loc)
        where = f":{line}" if line else ""
        out.append(f"{where} {(shown[0] if shown else field_path(loc)) or '(pack)'}: {message}")
    return out


def read_pack_text(path: Path) -> str:
    """The file's text, or a PackError saying why it cannot be a pack (too large, not UTF-8, unreadable)."""
    from .bounded_read import ReadFailed, read_regular_file

    path = Path(path)
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise PackError(path.name, [": " + _("file is larger than {size} MB").format(
                size=MAX_PACK_BYTES // (1024 * 1024))])
        return read_regular_file(path, MAX_PACK_BYTES, "pack").decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(path.name, [": " + _("not UTF-8 text")]) from None
    except OSError as exc:
        raise PackError(path.name, [": " + _("cannot be read ({reason})").format(reason=exc.strerror)]) from None
    except ReadFailed as exc:
        raise PackError(path.name, [": " + _("cannot be read ({reason})").format(reason=exc.reason)]) from None


def error_summary(errors: list, shown: int = 3) -> str:
    """Packs that did not load, for a notice: the first few named, the rest counted (300 broken files must not
    become 300 lines on the start page)."""
    lines = [" ".join(str(e).split())[:300] for e in errors[:shown]]
    more = len(errors) - shown
    if more > 0:
        lines.append(_("…and {count} more; run `maturity-app packs` to list every problem").format(count=more))
    return ngettext("{count} questionnaire pack could not be loaded:", "{count} questionnaire packs could not be "
                    "loaded:", len(errors)).format(count=len(errors)) + "\n" + "\n".join(lines)


def load_pack(path: Path) -> Pack:
    return parse_pack(read_pack_text(path), Path(path).name)


@dataclass
class PackLibrary:
    """Every pack that loaded, and why the others did not."""

    packs: dict[str, Pack] = field(default_factory=dict)
    origins: dict[str, Path] = field(default_factory=dict)
    errors: list[PackError] = field(default_factory=list)

    def get(self, pack_id: str) -> Pack:
        try:
            return self.packs[pack_id]
        except KeyError:
            known = ", ".join(sorted(self.packs)) or _("none")
            raise PackError(pack_id, [": " + _("no such questionnaire pack (available: {packs})").format(
                packs=known)]) from None


def pack_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_library(bundled: Path, user: Path | None = None) -> PackLibrary:
    """Load bundled packs, then user packs; a broken pack is reported and skipped, never fatal.

    A user pack may not take the id of a bundled pack: silently replacing vetted content would make two
    installations disagree about what a question means.
    """
    library = PackLibrary()
    bundled_ids: set[str] = set()
    for folder, is_bundled in ((bundled, True), (user, False)):
        if folder is None:
            continue
        for path in pack_files(folder):
            try:
                pack = load_pack(path)
            except PackError as exc:
                library.errors.append(exc)
                continue
            if pack.id in library.packs:
                reason = _("a bundled pack") if pack.id in bundled_ids else f"{library.origins[pack.id].name}"
                library.errors.append(PackError(path.name, [": " + _(
                    "pack id {id} is already used by {reason}; skipped").format(id=repr(pack.id), reason=reason)]))
                continue
            library.packs[pack.id] = pack
            library.origins[pack.id] = path
            remember_translations(pack)  # older snapshots of this version can be shown in its languages
            if is_bundled:
                bundled_ids.add(pack.id)
    return library
