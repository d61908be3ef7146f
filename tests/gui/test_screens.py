"""Asking a widget for its screen never lets Python come to own Qt's QScreen.

PySide keeps the QScreen that QWidget.screen() returns as a child of the widget it was asked of; a screen asked of
an older window and then of a newer one, both collected as garbage while Qt still had them, was handed to Python
and deleted, and the next text measured read freed memory (segmentation faults in full GUI runs: in
setStyleSheet, in a paint, in pytest-qt's teardown)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtGui import QGuiApplication

from maturity_app.ui.screens import screen_of

_COLLECTED_WINDOWS = r"""
import gc, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
gc.disable()  # as the app runs: collections only when its guard says so
from maturity_app.ui.main_window import MainWindow

older = MainWindow(); older.me = older  # each window works out its size from its screen as it is built, and
newer = MainWindow(); newer.me = newer  # each is held in a reference cycle, as a window with connected slots is
del older, newer
gc.collect()  # both cycles broken while Qt still has both windows (a closed window waits for its deletion)
shown = QWidget(); shown.show(); app.processEvents()  # text measured and a window painted on the screen
print(len(QGuiApplication.screens()), QGuiApplication.screens()[0].geometry().width(), flush=True)
"""


def test_windows_collected_while_qt_still_has_them_leave_its_screen_alone(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _COLLECTED_WINDOWS], capture_output=True, text=True, env=env,
                          timeout=50)  # inside the suite's per-test limit: a slow child fails this test by name
    assert done.returncode == 0, done.stderr[-3000:]  # -11 (a segmentation fault) when Python deleted the screen
    count, width = done.stdout.split()
    assert count == "1" and int(width) > 0


def test_the_screen_a_widget_is_on_is_nobodys_child_in_python(make_app):
    window, _controller = make_app()
    screen = screen_of(window)
    assert screen is QGuiApplication.screenAt(window.geometry().center())
    assert "parent...." not in shiboken6.dump(screen)  # QWidget.screen()'s answer names the window here


def test_no_widget_is_asked_for_its_screen_directly_by_the_app_or_its_gui_tests():
    root = Path(__file__).resolve().parents[2]
    files = [*(root / "src" / "maturity_app" / "ui").rglob("*.py"), *(root / "tests" / "gui").glob("*.py")]
    asked = [f"{path.relative_to(root)}:{number}"
             for path in files if path.name not in ("screens.py", "test_screens.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if re.search(r"\.screen\(\)", line.split("#")[0])]
    assert asked == [], "use maturity_app.ui.screens.screen_of(widget) instead"
