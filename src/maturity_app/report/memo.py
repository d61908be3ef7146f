"""What one report build has already worked out about its paragraphs, so that the same text is not worked out
again: a table cell saying "ON PAPER", "3 · Evidenced" or "Paper only" appears hundreds of times in a report.

reportlab parses every Paragraph's markup with an HTML parser when it is made (a good part of a report's build
time). While a build remembers (`remembering()`, one memory per build and per thread of work, dropped when
the build ends, so nothing outlives the texts and styles it was made from), a paragraph whose text, style and
bullet were parsed before gets fresh copies of the fragments that parse made, and parses nothing.
"""

from __future__ import annotations

import contextlib
import contextvars

_parsed: contextvars.ContextVar[dict | None] = contextvars.ContextVar("parsed_markup", default=None)
_installed = False


@contextlib.contextmanager
def remembering():
    """Paragraphs made inside this block parse each distinct (text, style) once."""
    _install()
    token = _parsed.set({})
    try:
        yield
    finally:
        _parsed.reset(token)


def _copies(frags):
    return [frag.clone() for frag in frags] if isinstance(frags, list) else frags


def _install() -> None:
    global _installed
    if _installed:
        return
    from reportlab.platypus.paragraph import Paragraph

    parse = Paragraph._setup

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 (reportlab's names)
        memo = _parsed.get()
        if memo is None or frags is not None or not isinstance(text, str) \
                or not (bulletText is None or isinstance(bulletText, str)):
            return parse(self, text, style, bulletText, frags, cleaner)
        key = (text, style, bulletText, self.caseSensitive, cleaner)
        found = memo.get(key)
        if found is None:
            parse(self, text, style, bulletText, frags, cleaner)
            # Kept as copies: the paragraph's own fragments change when it is broken into lines.
            memo[key] = (self.text, _copies(self.frags), self.style, _copies(self.bulletText))
            return None
        self.text, frags, self.style, bullet = found
        self.frags = _copies(frags)
        self.bulletText = _copies(bullet)
        self.debug = 0
        return None

    Paragraph._setup = _setup
    _installed = True
