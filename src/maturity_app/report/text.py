"""Turning text people typed into safe reportlab Paragraph markup."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .fonts import drawable


def safe(text: str | None) -> str:
    """Escape markup and keep line breaks: `<para>` typed by a user prints as `<para>`."""
    cleaned = drawable(text or "")
    escaped = escape(cleaned)
    lines = [" ".join(line.replace("\t", " ").split(" ")) for line in escaped.splitlines()]
    return "<br/>".join(line for line in lines)


def safe_or(text: str | None, placeholder: str) -> str:
    """Escaped text, or a muted placeholder (already markup) when the field is empty."""
    if text and text.strip():
        return safe(text.strip())
    return f'<font color="#8A94A3">{placeholder}</font>'


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
