"""The wheel, built for real and installed into a fresh virtual environment, has everything the app reads.

What pip, pipx and distribution packages install is the wheel, not the checkout: the packs, fonts, icons and
themes must travel inside it. To stay fast and offline the new environment gets the project environment's
third-party libraries through a path entry (not its .pth files, so the checkout's editable install stays out);
maturity-app itself comes only from the wheel, and the tests check that it does.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from desktop_session import assert_gui_starts_and_keeps_running, clean_env, data_folder

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.wheel, pytest.mark.timeout(180)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build from a copy of the tree, so the build leaves no build/ or egg-info in the checkout."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    out = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=150,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("maturity_app-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True, timeout=60)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # A bare path entry: the project's libraries (PySide6, reportlab, ...) without its editable-install hook.
    (site / "zz_project_libraries.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=120,
    )
    return env_dir


def run_app(venv: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "maturity-app"), *args], capture_output=True, text=True,
                          env=clean_env(home), cwd=home, timeout=120)


def test_the_wheel_holds_packs_fonts_icons_themes_and_the_licences(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "maturity_app/questionnaires/core.yaml",
        "maturity_app/questionnaires/vendor-trust.yaml",
        "maturity_app/resources/fonts/DejaVuSans.ttf",
        "maturity_app/resources/fonts/LICENSE-DejaVu.txt",
        "maturity_app/resources/themes/app.qss",
        "maturity_app/resources/icons/app/hicolor/256x256/apps/org.maturityapp.Maturity.png",
        "maturity_app/data/iso27001_2022.json",
        "maturity_app/data/nist_csf_2_0_to_iso27001_2022.json",
        "maturity_app/data/eu_regulation_articles.json",
        "maturity_app/questionnaires/eu-regulation.yaml",
        "maturity_app/resources/translations/maturity_de.qm",
        "maturity_app/resources/translations/maturity_en.qm",
        "maturity_app/locale/de.po",
    ):
        assert expected in names, expected
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith("tests/") or n.endswith((".ico", ".icns")) for n in names)


def test_the_installed_app_comes_from_the_wheel_not_the_checkout(venv, home):
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import maturity_app, maturity_app.paths as p; "
         "print(maturity_app.__file__); print(p.bundled_packs_dir())"],
        capture_output=True, text=True, env=clean_env(home), cwd=home, check=True,
    )
    module_file, packs_dir = result.stdout.split()
    assert Path(module_file).is_relative_to(venv) and Path(packs_dir).is_relative_to(venv)


def test_packs_lists_the_bundled_packs_from_the_installed_wheel(venv, home):
    result = run_app(venv, home, "packs", "--json")
    assert result.returncode == 0, result.stderr
    packs = json.loads(result.stdout)
    assert {"core", "vendor-trust", "leadership"} <= {p["id"] for p in packs["packs"]}
    assert not packs["errors"]
    assert all(Path(p["source"]).is_relative_to(venv) for p in packs["packs"])


def test_demo_writes_a_report_with_the_bundled_fonts(venv, home):
    out = home / "demo.pdf"
    result = run_app(venv, home, "demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "created demo assessment" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts


def test_the_installed_wheel_writes_the_report_in_german(venv, home):
    """The German catalogue is read from the installed package (not the checkout) by `report --lang de`."""
    result = run_app(venv, home, "demo", "--pack", "core")
    assert result.returncode == 0, result.stderr
    db = re.search(r'--db "([^"]+)"', result.stdout).group(1)
    out = home / "bericht.pdf"
    result = run_app(venv, home, "--db", db, "report", "1", "--lang", "de", "--sections", "summary", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Management-Zusammenfassung" in text and "Executive summary" not in text


def test_the_desktop_app_starts_offscreen_from_the_installed_wheel(venv, home):
    assert_gui_starts_and_keeps_running(venv / "bin" / "maturity-app", home)
    assert (data_folder(home) / "assessments.db").is_file()


def test_the_installed_app_speaks_german_on_a_german_system(venv, home):
    """The compiled catalogue travels in the wheel and a German system gets the German interface from it."""
    env = clean_env(home) | {"LANG": "de_DE.UTF-8", "LANGUAGE": "de_DE:de"}
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
         "from maturity_app.ui import language; from maturity_app.domain import i18n; "
         "print(language.install(app, 'system'), i18n.language(), language.catalogue_dir()); "
         "print(app.translate('MainWindow', '&File'), app.translate('QPlatformTheme', 'Cancel'))"],
        capture_output=True, text=True, env=env, cwd=home, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()[:2]
    code, core, folder = first.split()
    assert (code, core) == ("de", "de") and Path(folder).is_relative_to(venv)
    assert second == "&Datei Abbrechen"
