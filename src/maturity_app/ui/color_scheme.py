"""The system's colour scheme (light or dark) as Qt reports it, read without building Qt's namespace of enums.

``QStyleHints.colorScheme()`` answers with a ``Qt.ColorScheme``, and PySide builds every enum of the ``Qt``
namespace to hand one back (a fifth of what a bare window takes to its first frame; see lazy_qt). A launch that
follows the system's scheme asks before its first frame, so it asks Qt's own function instead, through c_call,
for the number behind the answer. Where that function cannot be found (another platform's library names, a Qt
built differently) the answer comes the usual way: the same answer, only later in the launch.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

UNKNOWN, LIGHT, DARK = 0, 1, 2  # Qt::ColorScheme

# QStyleHints::colorScheme() const, as each platform's compiler names it in Qt's library.
_ITANIUM = "_ZNK11QStyleHints11colorSchemeEv"  # Linux and macOS (dlsym adds macOS's leading underscore)
_MSVC = "?colorScheme@QStyleHints@@QEBA?AW4ColorScheme@Qt@@XZ"


def _qt_gui() -> tuple[str, int] | None:
    """Qt's GUI library as PySide6 loaded it (never a second copy), as (name, dlopen mode), or None."""
    if sys.platform.startswith("linux"):
        return "libQt6Gui.so.6", os.RTLD_NOLOAD | os.RTLD_LAZY
    if sys.platform == "darwin":
        import PySide6

        return (str(Path(PySide6.__file__).parent / "Qt" / "lib" / "QtGui.framework" / "QtGui"),
                os.RTLD_NOLOAD | os.RTLD_LAZY)
    if sys.platform == "win32":
        return "Qt6Gui.dll", 0
    return None


def _by_ctypes(hints) -> int | None:
    try:
        import shiboken6

        from .c_call import Pointer, call_int_function

        library = _qt_gui()
        if library is None:
            return None
        name, mode = library
        value = call_int_function(name, _MSVC if sys.platform == "win32" else _ITANIUM,
                                  Pointer(shiboken6.getCppPointer(hints)[0]), mode=mode)
    except (OSError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return value if value in (UNKNOWN, LIGHT, DARK) else None


def system_color_scheme(hints) -> int:
    """*hints* (QGuiApplication.styleHints())'s colour scheme as Qt::ColorScheme's number."""
    value = _by_ctypes(hints)
    if value is None:
        value = hints.colorScheme().value
    return value
