"""PySide's per-import question "does this module use PySide?" answered without reading known modules: every answer
given is the one PySide's own scan gives, and a PySide without that scan is left alone."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import maturity_app
from maturity_app.ui import feature_scan

PACKAGE = Path(maturity_app.__file__).parent
STDLIB = Path(os.__file__).parent


def _pysides_scan():
    import PySide6  # noqa: F401 - brings shibokensupport.feature

    feature = sys.modules["shibokensupport.feature"]
    scan = feature._mod_uses_pyside
    return getattr(scan, "scan", scan)  # its own function, under the wrapper if a launch in this process set it


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_module_of_the_app_is_answered_as_its_source_says():
    # The rule (ui names PySide6, nothing else does) and its exceptions, against the text of every module: a new
    # ui module without PySide6 in it, or another module mentioning it, fails here until listed in EXCEPTIONS.
    answers = feature_scan._KnownAnswers(lambda module: pytest.fail(f"{module} was read"))
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 100
    for path in files:
        name = _module_name(path)
        module = ModuleType(name)
        module.__file__ = str(path)
        module.__loader__ = importlib.machinery.SourceFileLoader(name, str(path))
        if path.name == "__init__.py":
            module.__path__ = [str(path.parent)]
        assert answers.known(module) is ("PySide6" in path.read_text(encoding="utf-8")), name
    stale = set(feature_scan.EXCEPTIONS) - {_module_name(path) for path in files}
    assert not stale, f"EXCEPTIONS names modules that no longer exist: {stale}"


def test_no_module_of_the_standard_library_names_pyside():
    files = [path for path in STDLIB.rglob("*.py") if not {"site-packages", "dist-packages"} & set(path.parts)]
    assert len(files) > 500
    naming = [str(path) for path in files if b"PySide6" in path.read_bytes()]
    assert naming == []


def test_the_answers_are_pysides_own_for_the_modules_of_a_launch():
    # Every module loaded once the window's modules are: the known answers equal what PySide's scan computes.
    code = """
import sys
import PySide6
from maturity_app.ui import feature_scan
assert feature_scan.answer_known_modules()
from maturity_app.ui import app_controller, launch, main_window, start_page  # noqa: F401
from maturity_app import cli, notices  # noqa: F401
import json, datetime, sqlite3, typing, _ctypes  # noqa: F401
feature = sys.modules["shibokensupport.feature"]
wrapper = feature._mod_uses_pyside
known = unknown = 0
for name, module in list(sys.modules.items()):
    answer = wrapper.known(module)
    if answer is None:
        unknown += 1
        continue
    known += 1
    assert answer is wrapper.scan(module), name
    if name.startswith("maturity_app.ui.") and name not in feature_scan.EXCEPTIONS and not hasattr(module, "__path__"):
        assert answer is True, name
print(known, unknown, sorted(n for n, m in sys.modules.items() if n.startswith("maturity_app")
                             and wrapper.known(m) is None))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr
    known, unknown, unanswered = done.stdout.split(" ", 2)
    assert int(known) > 150
    assert unanswered.strip() == "[]"  # every module of the app answered without reading it


def test_modules_outside_the_rules_are_read_by_pyside_as_before():
    asked = []
    answers = feature_scan._KnownAnswers(lambda module: asked.append(module.__name__) or True)
    import pytest as third_party

    assert answers(third_party) is True  # a third-party package: PySide's own scan
    bundled = ModuleType("maturity_app.ui.theme")
    bundled.__file__ = "/bundle/maturity_app/ui/theme.pyc"  # a bundle's module, loaded without its source
    assert answers(bundled) is True and asked == ["pytest", "maturity_app.ui.theme"]
    assert answers(sys) is False and answers(os) is False  # built in; the standard library
    lazy = ModuleType("lazy")
    lazy.__getattr__ = lambda name: "/somewhere/lazy.py"  # inspect would ask it for its file
    assert answers(lazy) is True and asked[-1] == "lazy"


def test_a_pyside_without_the_scan_is_left_alone(monkeypatch):
    _pysides_scan()
    feature = sys.modules["shibokensupport.feature"]
    stand_in = ModuleType("shibokensupport.feature")
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", stand_in)
    assert feature_scan.answer_known_modules() is False
    assert vars(stand_in).keys() == vars(ModuleType("x")).keys()
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert feature_scan.answer_known_modules() is False
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", feature)
    scan = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", scan)  # restored after the test
    assert feature_scan.answer_known_modules() is True
    assert isinstance(feature._mod_uses_pyside, feature_scan._KnownAnswers)
    assert feature_scan.answer_known_modules() is True and feature._mod_uses_pyside.scan is _pysides_scan()
