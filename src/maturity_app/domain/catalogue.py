"""Read a gettext .po catalogue: the translations behind ``i18n._()`` for the Qt-free core.

The .po source itself is shipped and read at run time (no compiled .mo, no Babel, no msgfmt): the catalogue is a
few hundred entries, parsing it takes milliseconds once per language, and one file in one standard format is what
translators edit with Poedit or Lokalize, what reviewers diff and what the wheel and the desktop bundle carry.
Fuzzy entries and empty translations are left out, so an unfinished entry falls back to the English source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


class CatalogueError(ValueError):
    """A .po file that cannot be read; the message names the file and the line."""


def _unquote(text: str, where: str) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise CatalogueError(f"{where}: expected a quoted string, found {text[:40]!r}")
    out, chars, i = [], text[1:-1], 0
    while i < len(chars):
        char = chars[i]
        if char == "\\" and i + 1 < len(chars):
            out.append(_ESCAPES.get(chars[i + 1], chars[i + 1]))
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


@dataclass
class Entry:
    msgid: str = ""
    context: str | None = None
    plural: str | None = None
    strings: dict[int, str] = field(default_factory=dict)  # msgstr (index 0) or msgstr[n]
    fuzzy: bool = False
    line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        return self.context, self.msgid


def read_entries(path: Path) -> list[Entry]:
    """Every entry of the .po file, header (msgid "") included, in file order."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int] | None = None  # which field continuation lines extend
    flags_pending = False

    def finish():
        nonlocal current
        if current is not None:
            entries.append(current)
        current = None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#,"):
            flags_pending = "fuzzy" in {f.strip() for f in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if current is None or target is None:
                raise CatalogueError(f"{where}: a continuation line outside an entry")
            name, index = target
            text = _unquote(line, where)
            if name == "msgctxt":
                current.context = (current.context or "") + text
            elif name == "msgid":
                current.msgid += text
            elif name == "msgid_plural":
                current.plural = (current.plural or "") + text
            else:
                current.strings[index] = current.strings.get(index, "") + text
            continue
        if keyword == "msgctxt" or (keyword == "msgid" and not (current is not None and target == ("msgctxt", 0))):
            finish()  # a msgid right after its msgctxt belongs to the same entry
            current = Entry(line=number, fuzzy=flags_pending)
            flags_pending = False
        if current is None:
            raise CatalogueError(f"{where}: {keyword} before msgid")
        if keyword == "msgctxt":
            current.context, target = _unquote(rest, where), ("msgctxt", 0)
        elif keyword == "msgid":
            current.msgid, target = _unquote(rest, where), ("msgid", 0)
        elif keyword == "msgid_plural":
            current.plural, target = _unquote(rest, where), ("msgid_plural", 0)
        elif keyword == "msgstr":
            current.strings[0], target = _unquote(rest, where), ("msgstr", 0)
        elif keyword.startswith("msgstr[") and keyword.endswith("]") and keyword[7:-1].isdigit():
            index = int(keyword[7:-1])
            current.strings[index], target = _unquote(rest, where), ("msgstr", index)
        else:
            raise CatalogueError(f"{where}: unknown keyword {keyword!r}")
    finish()
    return entries


@dataclass(frozen=True)
class Catalogue:
    """Translations keyed by (context, English source); plural forms by index."""

    messages: dict[tuple[str | None, str], tuple[str, ...]]
    plural_index: object = None  # n -> index of the plural form; German and English: one, other

    def get(self, context: str | None, msgid: str) -> tuple[str, ...] | None:
        return self.messages.get((context, msgid))


def load(path: Path) -> Catalogue:
    messages = {}
    for entry in read_entries(path):
        if not entry.msgid or entry.fuzzy:
            continue
        forms = tuple(entry.strings[i] for i in sorted(entry.strings))
        if forms and all(forms):
            messages[entry.key] = forms
    return Catalogue(messages)
