"""Turning text people typed into safe reportlab Paragraph markup."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .fonts import drawable, runs, whole_text_kept
from .memo import remembered


MAX_LINES = 40


def safe(text: str | None) -> str:
    """Escape markup and keep line breaks: `<para>` typed by a user prints as `<para>`. Characters the
    family lacks are set in the fallback face that has them (Chinese, Japanese, Korean)."""
    # A report escapes ~2,900 texts, a third of them distinct ("Paper only", "1 · Attempted" in every row).
    return remembered("safe", (text, whole_text_kept()), lambda: _safe(text))


def _safe(text: str | None) -> str:
    cleaned = drawable(text or "")
    lines = [" ".join(line.replace("\t", " ").split(" ")) for line in cleaned.splitlines()]
    # Runs of empty lines collapse to one: they carry no words, and hundreds of them would lay out as pages of
    # white (and slow the layout of a table cell to a crawl).
    kept = [line for i, line in enumerate(lines) if line.strip() or (i and lines[i - 1].strip())]
    while kept and not kept[-1].strip():
        kept.pop()
    if len(kept) > MAX_LINES:
        # Past this many lines the rest keeps every word but flows on, breaks marked ¶: a pasted list of
        # thousands of short lines would otherwise be tens of pages inside one table cell.
        rest = [line.strip() for line in kept[MAX_LINES - 1:] if line.strip()]
        kept = kept[: MAX_LINES - 1] + [" ¶ ".join(rest)]
    return "<br/>".join(_with_fallbacks(line) for line in kept)


def _with_fallbacks(line: str) -> str:
    return "".join(escape(part) if face is None else f'<font face="{face}">{escape(part)}</font>'
                   for face, part in runs(line))


def safe_or(text: str | None, placeholder: str) -> str:
    """Escaped text, or a muted placeholder (already markup) when the field is empty."""
    if text and text.strip():
        return safe(text.strip())
    return f'<font color="#8A94A3">{placeholder}</font>'


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
