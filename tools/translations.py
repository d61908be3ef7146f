"""The interface's translation catalogues: extract, compile, check.  Run with the project's venv:

    .venv/bin/python tools/translations.py update    # source strings -> resources/translations/maturity_*.ts
    .venv/bin/python tools/translations.py release   # .ts -> .qm (what the app loads; committed, so a wheel or a
                                                     #  fresh checkout needs no Qt tools to run)
    .venv/bin/python tools/translations.py check     # fails if a .ts is behind the code or a .qm behind its .ts

Translators edit maturity_de.ts (pyside6-linguist, or any editor: it is XML); maturity_en.ts holds only the
English plural forms ("%n question(s)" -> "1 question" / "2 questions"), as Qt's own English catalogues do.
The tools are pyside6-lupdate and pyside6-lrelease from the PySide6 wheel the app already depends on.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "maturity_app" / "ui"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = {"de": [], "en": ["-pluralonly"]}  # extra lupdate options per catalogue


def _tool(name: str) -> str:
    """pyside6-<name> next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else f"pyside6-{name}"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"maturity_{language}.ts"


def qm_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"maturity_{language}.qm"


def _run(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def update(folder: Path = CATALOGUES, obsolete: bool = True) -> str:
    """Bring every .ts in *folder* up to date with the code; translations of removed strings are dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    out = []
    for language, options in LANGUAGES.items():
        target = ts_path(language, folder)
        args = [_tool("lupdate"), *options, "-locations", "none", "-target-language", language, *files,
                "-ts", str(target)]
        if obsolete:
            args[1:1] = ["-no-obsolete"]
        out.append(_run_in_root(args))
    return "".join(out)


def _run_in_root(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def release(source: Path = CATALOGUES, target: Path = CATALOGUES) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        _run([_tool("lrelease"), "-silent", str(ts_path(language, source)), "-qm", str(qm_path(language, target))])


def problems() -> list[str]:
    """What is out of date: a .ts that extraction would change, a .qm that compiling would change."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for language in LANGUAGES:
            (fresh / ts_path(language).name).write_bytes(ts_path(language).read_bytes())
        update(fresh)
        for language in LANGUAGES:
            if ts_path(language, fresh).read_bytes() != ts_path(language).read_bytes():
                found.append(f"{ts_path(language).name} is behind the code: run tools/translations.py update, "
                             "translate, then release")
        compiled = fresh / "qm"
        release(CATALOGUES, compiled)
        for language in LANGUAGES:
            if not qm_path(language).exists() or not filecmp.cmp(qm_path(language, compiled), qm_path(language),
                                                                 shallow=False):
                found.append(f"{qm_path(language).name} is behind {ts_path(language).name}: run tools/translations.py "
                             "release")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        print(update())
    elif command == "release":
        release()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "translations are up to date")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
