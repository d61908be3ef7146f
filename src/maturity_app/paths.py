"""One place that finds the files shipped inside the package: questionnaire packs, fonts, icons, themes, data.

They live in the ``maturity_app`` package itself and are read through ``importlib.resources``, so the same call
works from a source checkout, an installed wheel (pip, pipx, a distribution package) and a PyInstaller bundle
(which collects the package's data files beside its modules).
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from pathlib import Path

_PACKAGE = __name__.rpartition(".")[0]
# A package in a folder (a checkout, a wheel, a PyInstaller bundle): importlib.resources would hand out paths in
# it, so they are made here without loading importlib.resources on the way to the first window.
_FOLDER = Path(__file__).parent if Path(__file__).parent.is_dir() else None
# Only an import from a zip file hands out non-filesystem resources; their extracted copies last for the process.
_extracted = ExitStack()
atexit.register(_extracted.close)


def asset(*parts: str, must_exist: bool = True) -> Path:
    """The shipped file or folder ``maturity_app/<parts...>`` as a filesystem path (Qt and reportlab need one).

    Raises FileNotFoundError naming what is missing, which means a broken installation.
    """
    if _FOLDER is not None:
        path = _FOLDER.joinpath(*parts)
    else:
        from importlib.resources import as_file, files

        resource = files(_PACKAGE).joinpath(*parts)
        path = resource if isinstance(resource, Path) else _extracted.enter_context(as_file(resource))
    if must_exist and not path.exists():
        raise FileNotFoundError(
            f"{'/'.join(parts)} is missing from the installed {_PACKAGE} package ({path}); reinstall Maturity"
        )
    return path


def bundled_packs_dir() -> Path:
    # A broken install still starts: the pack library then reports that no bundled pack was found.
    return asset("questionnaires", must_exist=False)


def resources_dir() -> Path:
    return asset("resources")


def package_data(name: str) -> Path:
    """A data file shipped inside the Python package (reference id lists)."""
    return asset("data", name)
