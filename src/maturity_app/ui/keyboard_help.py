"""The keyboard help (F1), generated from the window's menu actions and the keys the widgets handle themselves,
so a key added, moved or removed in code is what the help says."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from .language import translate
from .level_picker import KEY_HELP as QUESTION_KEYS
from .workshop.round import KEY_HELP as ROUND_KEYS


def action_keys(action: QAction) -> str:
    """The action's main key as the platform writes it; further keys are platform alternatives (Alt+Backspace,
    the Undo key) that would only make the help longer."""
    shortcuts = action.shortcuts()
    return shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""


def help_sections(menu_bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, what they do)]) in menu order, then the question's and the rating round's own keys."""
    sections = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = [(action_keys(a), a.property("helpText") or a.text().replace("&", ""))
                for a in _actions_in(menu) if not a.isSeparator() and action_keys(a)]
        if rows:
            sections.append((menu.title().replace("&", ""), rows))
    sections.append((translate("KeyHelp", "On a question"), _translated(QUESTION_KEYS)))
    sections.append((translate("KeyHelp", "Workshop rating round"), _translated(ROUND_KEYS)))
    return sections


def _translated(rows) -> list[tuple[str, str]]:
    return [(translate("KeyHelp", keys), translate("KeyHelp", text)) for keys, text in rows]


def _actions_in(menu):
    """The menu's actions, those of its submenus (View -> Text size) in place."""
    for action in menu.actions():
        if action.menu() is not None:
            yield from _actions_in(action.menu())
        else:
            yield action


def _section_html(title: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='white-space:nowrap'><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td>"
                    f"<td style='white-space:nowrap'>{html.escape(text)}</td></tr>" for keys, text in rows)
    return f"<tr><td colspan='2' style='padding-top:6px'><i>{html.escape(title)}</i></td></tr>{cells}"


def keyboard_help_html(menu_bar: QMenuBar) -> str:
    """Two columns of sections, split where the rows are about even, so the help fits a laptop screen."""
    sections = help_sections(menu_bar)
    total = sum(len(rows) + 1 for _, rows in sections)
    left, count = [], 0
    for section in sections:
        if count >= total / 2:
            break
        left.append(section)
        count += len(section[1]) + 1
    right = sections[len(left):]
    column = "<td valign='top' style='padding-right:24px'><table cellspacing='0' cellpadding='1'>{}</table></td>"
    return ("<h3>" + html.escape(translate("KeyHelp", "Keyboard")) + "</h3><table><tr>"
            + column.format("".join(_section_html(*s) for s in left))
            + column.format("".join(_section_html(*s) for s in right))
            + "</tr></table>")
