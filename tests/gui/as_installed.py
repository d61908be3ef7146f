"""For probes run in a child process: the maturity-app command as the desktop entry starts it.

Nothing imports PySide6 before the app does (its import hook then meets the modules as it does in a real launch);
QApplication.exec is replaced the moment the app imports QtWidgets. Imported by the probe before anything else.
"""

import sys


def run_command(argv: list[str], exec_replacement) -> int:
    """Run the command with *argv*, QApplication.exec replaced by *exec_replacement*; its exit status."""

    class WhenQtWidgetsLoads:
        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtWidgets":
                return None
            import importlib.machinery

            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                module.QApplication.exec = exec_replacement

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, WhenQtWidgetsLoads())
    from maturity_app import cli

    return cli.main(argv)


def probe(code: str) -> str:
    """*code* for ``python -c``, able to import this module."""
    from pathlib import Path

    return f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n" + code
