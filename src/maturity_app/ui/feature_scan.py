"""PySide's answer to "does this module use PySide?", given without reading the module's source when it is known.

From its own import on, PySide6 asks that question of every module an import statement returns (once per module):
``shibokensupport.feature._mod_uses_pyside`` reads the module's whole source through ``inspect`` and looks for the
text "PySide6" (a module that does gets PySide's ``__feature__`` switching; 0 = "no feature", -1 = "ignore").
Before the first frame that is ~70 modules read, tokenised for their encoding and kept in ``linecache``: about
6 ms of a ~150 ms start.

For three kinds of module the answer is known without the file, and it is exactly the one PySide would compute:
- a module without a source file to ask for (a built-in one such as ``sys``): ``inspect`` raises TypeError,
  which PySide takes as "no";
- a module of the standard library: no file of it contains the text (tests/unit/test_feature_scan.py reads them
  all);
- a module of this app imported from its source file: every module in ``maturity_app.ui`` names PySide6 and no
  package or other module does, but for the few in ``EXCEPTIONS`` (the same test reads every module and checks).
Anything else (third-party packages, a bundle's modules without source, a module named like ours but loaded some
other way) is asked of PySide's own function, as before.

PySide's function is private: :func:`answer_known_modules` wraps it only when it is there (with the table its
answers fill), and otherwise does nothing: a PySide without it starts exactly as it would have.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import SourceFileLoader  # here, not where PySide's scan would read it
from types import ModuleType

APP = "maturity_app"
UI = "maturity_app.ui."
# The modules of this app that break that rule, with their answer: ui modules that do not name PySide6, and one
# outside ui that does (in its text).
EXCEPTIONS = {"maturity_app.ui.app_settings": False, "maturity_app.ui.c_call": False, "maturity_app.notices": True}


def _inside(file: str, folder: str) -> bool:
    return file.startswith(folder) and file[len(folder):len(folder) + 1] in (os.sep, "/")


class _KnownAnswers:
    def __init__(self, scan):
        self.scan = scan  # PySide's own function, for every module not known here
        self.stdlib = os.path.dirname(getattr(os, "__file__", None) or "") or None

    def known(self, module) -> bool | None:
        """What PySide's scan answers for *module*, when that is known without reading it; None otherwise."""
        if type(module) is not ModuleType:
            return None
        namespace = module.__dict__
        name = namespace.get("__name__")
        if not isinstance(name, str) or ("__file__" not in namespace and "__getattr__" in namespace):
            return None  # inspect would ask the module's own __getattr__ for its file
        file = namespace.get("__file__")
        if not file:
            return False  # inspect.getfile raises TypeError ("a built-in module"): PySide's False
        if not isinstance(file, str):
            return None
        top = name.partition(".")[0]
        if top == APP:
            if type(namespace.get("__loader__")) is not SourceFileLoader:
                return None  # e.g. a bundle's module, without its source: PySide's own scan answers
            return EXCEPTIONS.get(name, name.startswith(UI) and "__path__" not in namespace)
        if top in sys.stdlib_module_names and self.stdlib and _inside(file, self.stdlib) \
                and "-packages" not in file[len(self.stdlib):]:
            return False
        return None

    def __call__(self, module) -> bool:
        answer = self.known(module)
        return self.scan(module) if answer is None else answer


def answer_known_modules() -> bool:
    """Have PySide's per-import scan answer known modules without reading them; True when it now does."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if isinstance(scan, _KnownAnswers):
        return True
    if feature is None or not callable(scan) or not isinstance(getattr(feature, "pyside_feature_dict", None), dict):
        return False
    feature._mod_uses_pyside = _KnownAnswers(scan)
    return True
