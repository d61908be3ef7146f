"""Qt's namespace of enums (``Qt.AlignLeft``, ``Qt.WaitCursor``...) looked up when a value is first used.

PySide builds every enum of the ``Qt`` namespace as a Python enum the moment the name ``Qt`` is imported: about 90
enum classes with some 1,200 members, which costs a fifth of what a bare window takes to reach its first frame.
The modules the first frame needs import ``Qt`` from here instead; the namespace is built when one of its values
is first asked for, after that frame. Values asked for are kept here, so a second use is a plain attribute read.

The first frame itself must not ask for any: no ``Qt.`` value in what runs before it, and no Python method that
Qt calls with one (a model's ``headerData`` or ``sort``, a slot declared for one). Where Qt wants one of them
before that, a plain number or a property set by name does the same (tests check each such number against Qt).
"""

from __future__ import annotations


class _LazyNamespace:
    def __getattr__(self, name: str):
        from PySide6.QtCore import Qt

        value = getattr(Qt, name)
        setattr(self, name, value)
        return value


Qt = _LazyNamespace()

# Qt's numbers for the few values the start window sets before its first frame (each checked against Qt by a test).
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
USER_ROLE = 256
ALIGN_LEFT = 0x1
ALIGN_RIGHT = 0x2
ALIGN_VCENTER = 0x80
ELIDE_RIGHT = 1
ELIDE_MIDDLE = 2
KEY_LEFT = 0x01000012
KEY_RIGHT = 0x01000014
