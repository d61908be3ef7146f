"""The keyboard help (F1), generated from the window's menu actions and the keys the widgets handle themselves,
so a key added, moved or removed in code is what the help says."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from .level_picker import KEY_HELP as QUESTION_KEYS
from .workshop.round import KEY_HELP as ROUND_KEYS


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def action_keys(action: QAction) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def help_rows(menu_bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, what they do)]) in menu order, then the question's and the rating round's own keys."""
    sections = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = []
        for action in menu.actions():
            keys = action_keys(action)
            if keys and not action.isSeparator():
                text, tip = _plain(action.text()), action.statusTip()
                rows.append((keys, text if not tip or tip == text else f"{text}: {tip[0].lower()}{tip[1:]}"))
        if rows:
            sections.append((_plain(menu.title()), rows))
    sections.append(("On a question", list(QUESTION_KEYS)))
    sections.append(("Workshop rating round", list(ROUND_KEYS)))
    return sections


def keyboard_help_html(menu_bar: QMenuBar) -> str:
    parts = ["<h3>Keyboard</h3><table cellspacing='0' cellpadding='2'>"]
    for section, rows in help_rows(menu_bar):
        parts.append(f"<tr><td colspan='2'><br><b>{html.escape(section)}</b></td></tr>")
        for keys, text in rows:
            parts.append(f"<tr><td style='white-space:nowrap'><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td>"
                         f"<td>{html.escape(text)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
