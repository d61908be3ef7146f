"""The first frame waits for no library it does not use: what a real launch has loaded when its window is painted."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from as_installed import probe

PROBE = r"""
import json, linecache, sys, time
from pathlib import Path

seen = {}
SECOND = '''
import sys, time
from maturity_app.ui.single_instance import hand_over
deadline = time.monotonic() + 20
while not hand_over(sys.argv[1], None) and time.monotonic() < deadline:
    time.sleep(0.05)
print(time.monotonic() < deadline)
'''


def run(*_args):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "modules" not in seen:
                seen["modules"] = sorted(sys.modules)
                seen["read"] = sorted(linecache.cache)
                [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
                seen["first"] = window.start_page.table.model().index(0, 0).data()
            return False

    app = QApplication.instance()
    app.installEventFilter(FirstPaint(app))
    deadline = time.monotonic() + 30
    while "modules" not in seen and time.monotonic() < deadline:
        app.processEvents()
    import subprocess
    from maturity_app.ui.single_instance import channel_name

    # A second launch's "come to the front", tried until the window listens (once its frame is on screen).
    second = subprocess.Popen([sys.executable, "-c", SECOND, channel_name(Path(sys.argv[1]))], stdout=subprocess.PIPE,
                              text=True)
    while second.poll() is None and time.monotonic() < deadline:
        app.processEvents()
    seen["handed_over"] = second.communicate()[0].strip()
    assert app.session_backup.wait(30)
    print(json.dumps(seen))
    return 0


from as_installed import run_command
sys.exit(run_command(["--db", sys.argv[1]], run))
"""

# Loaded for nothing the first frame shows: OpenSSL (hashlib), the ctypes package (two C calls go through its
# core), getpass and its terminal module, the dataclasses machinery with the answer model and its text checks,
# QtNetwork (a second launch's channel) and the window's side of that channel (its listener classes), the
# headless commands of the command line (their parser and code).
NOT_BEFORE_THE_FIRST_FRAME = {
    "hashlib", "_hashlib", "ctypes", "getpass", "termios", "dataclasses", "copy", "maturity_app.domain.assessment",
    "maturity_app.domain.text_input", "maturity_app.storage.answer_rows", "PySide6.QtNetwork",
    "maturity_app.ui.instance_server", "maturity_app.cli_commands",
}


# A PySide whose import hook has no per-module source scan to answer for it (its private names changed).
WITHOUT_THE_SCAN = """
import sys
import shiboken6
feature = sys.modules["shibokensupport.feature"]
del feature._mod_uses_pyside
feature.feature_imported = lambda module: None
"""


def _first_frame(tmp_path, mini_pack, monkeypatch, left_by_a_crash=False, prelude=""):
    from maturity_app.app.assessments import create_assessment
    from maturity_app.app.workspace import Workspace

    path = tmp_path / "a.db"
    ws = Workspace.open(path)
    create_assessment(ws, mini_pack, "Acme Bank")
    ws.close()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(runtime)}
    if left_by_a_crash:
        if sys.platform == "win32":
            pytest.skip("a named pipe leaves no file behind")
        from maturity_app.ui.single_instance import channel_name

        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stale.bind(channel_name(path))  # bound, never listening, never removed: what a killed window leaves
        stale.close()
    done = subprocess.run([sys.executable, "-c", probe(prelude + PROBE), str(path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["first"] == "Acme Bank"  # the real start page with its real row
    assert seen["handed_over"] == "True"  # and a second launch still reaches the window (the stale socket file replaced)
    return seen


@pytest.mark.parametrize("left_by_a_crash", [False, True], ids=["no channel", "a crashed window's socket file"])
def test_the_first_frame_loads_no_library_it_does_not_use(tmp_path, mini_pack, monkeypatch, left_by_a_crash):
    seen = _first_frame(tmp_path, mini_pack, monkeypatch, left_by_a_crash)
    assert NOT_BEFORE_THE_FIRST_FRAME.isdisjoint(seen["modules"]), NOT_BEFORE_THE_FIRST_FRAME.intersection(
        seen["modules"])


def _read_by_pysides_own_import() -> set[str]:
    """The sources PySide's hook reads while shiboken6 itself is imported, before anyone can answer for it."""
    code = "import json, linecache, shiboken6; print(json.dumps(sorted(linecache.cache)))"
    return set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                         check=True).stdout))


def test_pysides_import_hook_reads_no_source_of_the_app_or_the_standard_library(tmp_path, mini_pack, monkeypatch):
    # PySide asks of every module imported after it whether it names PySide6, reading its source (kept in
    # linecache): for the app's and the standard library's modules the launch gives that answer unread.
    import maturity_app

    seen = _first_frame(tmp_path, mini_pack, monkeypatch)
    stdlib = os.path.dirname(os.__file__) + os.sep
    package = os.path.dirname(maturity_app.__file__) + os.sep
    read = [file for file in set(seen["read"]) - _read_by_pysides_own_import()
            if file.startswith(package) or (file.startswith(stdlib) and "-packages" not in file[len(stdlib):])]
    assert read == [], read
    assert len(seen["modules"]) > 200  # while the window's modules were imported after PySide6


def test_a_pyside_without_its_source_scan_still_starts(tmp_path, mini_pack, monkeypatch):
    seen = _first_frame(tmp_path, mini_pack, monkeypatch, prelude=WITHOUT_THE_SCAN)
    assert set(seen["read"]) <= _read_by_pysides_own_import()  # nothing read by a scan that is not there


ONCE_PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from maturity_app.ui import app_settings, language

calls = {"settings read": 0, "language installed": 0}
read, install = app_settings.load_settings, language.install


def counted_read(*args, **kwargs):
    calls["settings read"] += 1
    return read(*args, **kwargs)


def counted_install(*args, **kwargs):
    calls["language installed"] += 1
    return install(*args, **kwargs)


app_settings.load_settings, language.install = counted_read, counted_install


def look(*_args):
    [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    calls["menu"] = window.menuBar().actions()[0].text()
    print(json.dumps(calls))
    return 0


QApplication.exec = look
from maturity_app import cli
sys.exit(cli.main(["--db", sys.argv[1]]))
"""


def test_a_launch_reads_its_settings_and_loads_its_language_once(tmp_path):
    # Its catalogues (for German, ours and Qt's own) were read a second time as the window was built.
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "settings.json").write_text(json.dumps({"language": "de"}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(data),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", ONCE_PROBE, str(tmp_path / "a.db")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    calls = json.loads(done.stdout.strip().splitlines()[-1])
    assert calls == {"settings read": 1, "language installed": 1, "menu": "&Datei"}


GC_PROBE = r"""
import gc, json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from maturity_app.ui import gc_guard

gc_guard.MainThreadGarbageCollector.INTERVAL_MS = 0  # a start as slow as a cold disk makes it: every tick due
seen = {"collections": 0}


def counted(phase, info):
    if phase == "start" and not gc.isenabled():  # the guard's, once launch() has switched automatic ones off
        seen["collections"] += 1


gc.callbacks.append(counted)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "before" not in seen:
            seen["before"] = seen["collections"]
        return False


def run(*_args):
    app = QApplication.instance()
    app.installEventFilter(FirstPaint(app))
    deadline = time.monotonic() + 30
    while "before" not in seen and time.monotonic() < deadline:
        app.processEvents()
    while seen["collections"] == seen["before"] and time.monotonic() < deadline:
        app.processEvents()  # the first frame's follow-up work starts the ticks
    seen["after"] = seen["collections"]
    assert app.session_backup.wait(30)
    print(json.dumps(seen))
    return 0


QApplication.exec = run
from maturity_app import cli
sys.exit(cli.main(["--db", sys.argv[1]]))
"""


def test_the_garbage_collector_waits_for_the_first_frame_however_slow_the_start(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", GC_PROBE, str(tmp_path / "a.db")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["before"] == 0 and seen["after"] > 0  # none before the first frame; collecting after it
