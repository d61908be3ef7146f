"""Packaging files agree with each other and with the tree: desktop entry, metainfo, MIME type, icons, spec."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons" / "app"
PLATFORM_ICONS = PACKAGING / "icons"
from maturity_app.identity import APP_ID, DOCUMENT_UTI, MIME_TYPE  # noqa: E402

DESKTOP_FILE = f"{APP_ID}.desktop"  # the desktop file is named by the app id, as AppStream and Wayland expect
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(LINUX / DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def _png_size(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()[:26]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height, _depth, colour_type = struct.unpack(">IIBB", data[16:26])
    return width, height, colour_type


# -- desktop entry ---------------------------------------------------------------------------------
def test_desktop_entry_launches_the_console_script_with_the_file_and_names_existing_icon_and_mime():
    entry = _desktop_entry()
    scripts = _pyproject()["project"]["scripts"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Maturity"
    command, *arguments = entry["Exec"].split()
    assert command in scripts and arguments == ["%f"]
    assert entry["TryExec"] == command
    assert entry["Icon"] == APP_ID
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()
    assert MIME_TYPE in entry["MimeType"].rstrip(";").split(";")
    assert entry["Terminal"] == "false"


def test_mime_type_registers_the_export_extension_for_the_app():
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    mime = root.find(f"m:mime-type[@type='{MIME_TYPE}']", MIME_NS)
    assert mime is not None
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.maturity", "*.maturity.json"]
    assert mime.find("m:sub-class-of", MIME_NS).get("type") == "application/json"
    assert mime.find("m:icon", MIME_NS).get("name") == _desktop_entry()["Icon"]


# -- AppStream metainfo ----------------------------------------------------------------------------
def test_metainfo_matches_desktop_entry_pyproject_and_changelog():
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP_FILE
    assert (LINUX / root.find("launchable").text).is_file()
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    provides = root.find("provides")
    assert provides.findtext("binary") in _pyproject()["project"]["scripts"]
    assert provides.findtext("mediatype") == MIME_TYPE
    version = _pyproject()["project"]["version"]
    newest = root.find("releases/release")
    assert newest.get("version") == version, "add a <release> for the pyproject version"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{version}]" in changelog, "add a CHANGELOG.md entry for the pyproject version"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- icons -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_with_its_pixel_size_and_alpha(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    width, height, colour_type = _png_size(path)
    assert (width, height) == (size, size)
    assert colour_type == 6, "RGBA, so the rounded corners stay transparent"


def test_windows_and_macos_icon_files_hold_the_rendered_sizes():
    ico = (PLATFORM_ICONS / "maturity-app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    edges = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= edges
    icns = (PLATFORM_ICONS / "maturity-app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for kind in (b"ic07", b"ic08", b"ic09", b"ic10"):
        assert kind in icns


# -- PyInstaller spec ------------------------------------------------------------------------------
def _spec_assignment(name: str):
    tree = ast.parse((PACKAGING / "maturity-app.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not assigned in the spec")


def test_assets_are_package_data_found_through_one_function():
    from maturity_app.paths import asset, bundled_packs_dir, resources_dir

    package = ROOT / "src" / "maturity_app"
    assert bundled_packs_dir() == package / "questionnaires"
    assert list(bundled_packs_dir().glob("*.yaml"))
    for name in ("fonts/DejaVuSans.ttf", "themes/app.qss", "icons/app/hicolor/scalable/apps/org.maturityapp.Maturity.svg"):
        assert (resources_dir() / name).is_file(), name
    with pytest.raises(FileNotFoundError, match="no-such-file.txt is missing"):
        asset("no-such-file.txt")


def test_asset_folders_keep_the_project_layout_and_reach_the_package_through_links():
    """questionnaires/ and resources/ stay at the top (the documented layout); the package links to them, so the
    wheel (setuptools copies through links), the bundle and importlib.resources all find them."""
    package = ROOT / "src" / "maturity_app"
    for folder in ("questionnaires", "resources"):
        assert (ROOT / folder).is_dir() and not (ROOT / folder).is_symlink(), f"{folder}/ belongs at the top"
        link = package / folder
        assert link.is_symlink(), f"src/maturity_app/{folder} must be a link to ../../{folder}"
        assert link.resolve() == (ROOT / folder).resolve()
    stray = [p for p in ROOT.rglob("*.yaml") if not p.is_relative_to(ROOT / "src")
             and not p.is_relative_to(ROOT / "tests") and not p.is_relative_to(ROOT / "questionnaires")
             and not any(part.startswith(".") for part in p.parts)
             and "build" not in p.parts and "dist" not in p.parts]
    assert not stray, stray


def test_package_data_globs_cover_every_shipped_asset():
    """Every file under the asset folders matches a [tool.setuptools.package-data] pattern, so the wheel has it."""
    patterns = _pyproject()["tool"]["setuptools"]["package-data"]["maturity_app"]
    package = ROOT / "src" / "maturity_app"
    shipped = {path for pattern in patterns for path in package.glob(pattern)}  # globbed as setuptools does
    for folder in ("questionnaires", "resources", "data", "locale"):
        for path in (package / folder).rglob("*"):
            if path.is_file():
                assert path in shipped, f"{path.relative_to(package)} would be left out of the wheel"


def test_spec_collects_package_data_and_metadata_for_the_version():
    spec = (PACKAGING / "maturity-app.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("maturity_app")' in spec
    assert 'copy_metadata("maturity-app")' in spec
    assert _pyproject()["project"]["name"] == "maturity-app"


def test_spec_excludes_heavy_qt_modules_the_app_does_not_use():
    unused = set(_spec_assignment("UNUSED_QT"))
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"} <= unused
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        assert needed not in unused


# -- install / uninstall ---------------------------------------------------------------------------
def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle" / "maturity-app"
    bundle.mkdir(parents=True)
    exe = bundle / "maturity-app"
    exe.write_text("#!/bin/sh\necho fake\n")
    exe.chmod(0o755)
    subprocess.run([str(PACKAGING / "stage-linux-share.sh"), str(bundle)], check=True)
    return bundle


def test_install_puts_entry_icons_and_mime_under_prefix_and_uninstall_removes_only_them(tmp_path):
    bundle = _fake_bundle(tmp_path)
    prefix = tmp_path / "home" / ".local"
    keep = prefix / "share" / "applications" / "someone-else.desktop"
    keep.parent.mkdir(parents=True)
    keep.write_text("[Desktop Entry]\n")
    env = {**os.environ, "PREFIX": str(prefix)}
    # What 0.1 installed under its placeholder names: an upgrade must not leave a second menu entry behind.
    legacy = [prefix / "share" / "applications" / "maturity-app.desktop",
              prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "maturity-app.png"]
    for path in legacy:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("old")

    subprocess.run([str(bundle / "install-linux.sh")], check=True, env=env, capture_output=True)

    assert not any(path.exists() for path in legacy)

    app_exe = prefix / "lib" / "maturity-app" / "maturity-app"
    assert app_exe.is_file()
    assert os.readlink(prefix / "bin" / "maturity-app") == str(app_exe)
    desktop = (prefix / "share" / "applications" / DESKTOP_FILE).read_text()
    assert f'Exec="{app_exe}" %f' in desktop, "menu entries must not depend on ~/.local/bin being on PATH"
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for size in ICON_SIZES:
        assert (prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (prefix / "share" / "mime" / "globs2").read_text()
        assert f"{MIME_TYPE}:*.maturity\n" in globs and f"{MIME_TYPE}:*.maturity.json" in globs
    if shutil.which("update-desktop-database"):  # double-clicking an export offers Maturity
        cache = (prefix / "share" / "applications" / "mimeinfo.cache").read_text()
        assert f"{MIME_TYPE}={DESKTOP_FILE};" in cache

    subprocess.run([str(bundle / "uninstall-linux.sh")], check=True, env=env, capture_output=True)

    assert not (prefix / "lib" / "maturity-app").exists()
    assert not (prefix / "bin" / "maturity-app").exists()
    assert not (prefix / "share" / "applications" / DESKTOP_FILE).exists()
    assert not list((prefix / "share" / "icons").rglob(f"{APP_ID}.*"))
    assert keep.is_file()
    if shutil.which("update-mime-database"):
        assert MIME_TYPE not in (prefix / "share" / "mime" / "globs2").read_text()


def test_installer_refuses_a_folder_without_a_built_bundle(tmp_path):
    result = subprocess.run(
        [str(PACKAGING / "install-linux.sh"), str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PREFIX": str(tmp_path / "prefix")},
    )
    assert result.returncode == 1
    assert "no built bundle" in result.stderr
    assert not (tmp_path / "prefix" / "lib" / "maturity-app").exists()


# -- double-clicking an exported assessment ----------------------------------------------------------
def test_desktop_file_name_is_the_one_the_app_announces_to_the_desktop():
    launch_source = (ROOT / "src" / "maturity_app" / "ui" / "launch.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in launch_source and Path(DESKTOP_FILE).stem == APP_ID


def test_one_reverse_dns_id_everywhere_and_no_placeholder_left():
    assert re.fullmatch(r"[a-z]{2,}\.[a-z0-9_]+\.[A-Z][A-Za-z0-9]+", APP_ID)
    assert DOCUMENT_UTI.startswith(APP_ID.rsplit(".", 1)[0] + ".")
    icons = {p.stem for p in (ICONS / "hicolor").glob("*/apps/*")}
    assert icons == {APP_ID}, "hicolor icons are named by the app id"
    linux_files = sorted(p.name for p in LINUX.iterdir())
    assert linux_files == [f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.xml"]
    for path in [*PACKAGING.rglob("*"), ROOT / "README.md", *(ROOT / "src").rglob("*.py")]:
        if path.is_file() and path.suffix in {".sh", ".py", ".md", ".xml", ".desktop", ".spec", ""}:
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.name != "uninstall-linux.sh" and path.name != "install-linux.sh":  # they clean up 0.1's names
                assert "io.github.maturity_app" not in text, path


# -- macOS and Windows (built on those systems; checked here as data) -----------------------------------
def _bundle_call(name: str) -> ast.Call:
    tree = ast.parse((PACKAGING / "maturity-app.spec").read_text(encoding="utf-8"))
    return next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == name)


def test_macos_document_type_has_a_single_extension_and_the_version_comes_from_the_package():
    spec = (PACKAGING / "maturity-app.spec").read_text(encoding="utf-8")
    bundle = {k.arg: k.value for k in _bundle_call("BUNDLE").keywords}
    assert ast.unparse(bundle["bundle_identifier"]) == "APP_ID" and ast.unparse(bundle["version"]) == "VERSION"
    plist = ast.unparse(bundle["info_plist"])
    assert "'public.filename-extension': ['maturity']" in plist and "maturity.json" not in plist
    assert "'CFBundleShortVersionString': VERSION" in plist and "0.0.0" not in spec
    assert "from maturity_app import __version__ as VERSION" in spec
    from maturity_app.storage.portable import FILE_SUFFIX

    assert FILE_SUFFIX == ".maturity" and FILE_SUFFIX.count(".") == 1


def test_windows_gets_a_version_resource_and_a_console_executable_for_the_command_line():
    spec = (PACKAGING / "maturity-app.spec").read_text(encoding="utf-8")
    assert "vi.VSVersionInfo(" in spec and "version=version_file" in spec
    assert '("ProductVersion", VERSION)' in spec
    assert 'executables.append(_exe(f"{NAME}-cli", console=True))' in spec


def test_signing_advice_never_uses_codesign_deep():
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"codesign --deep [^`]*--sign", readme), "sign inside-out, never with --deep"
    assert "MATURITY_CODESIGN_IDENTITY" in readme


def test_presentation_mode_has_a_key_macos_does_not_take():
    source = (ROOT / "src" / "maturity_app" / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert '["F11", "Ctrl+Shift+Return"]' in source


@pytest.fixture
def exported_file(tmp_path) -> Path:
    path = tmp_path / "Acme 2026.maturity"
    path.write_text('{"format": "maturity-assessment"}', encoding="utf-8")
    return path


def test_cli_opens_a_double_clicked_export_in_the_gui_with_import_path(monkeypatch, exported_file, tmp_path):
    from maturity_app import cli
    from maturity_app.ui import launch as launch_module

    calls = []

    def fake_launch(db_path=None, import_path=None):
        calls.append((db_path, import_path))
        return 0

    monkeypatch.setattr(launch_module, "launch", fake_launch)
    assert cli.main([str(exported_file)]) == 0
    assert cli.main(["--db", str(tmp_path / "x.db"), str(exported_file)]) == 0
    assert calls == [(None, exported_file), (tmp_path / "x.db", exported_file)]


def test_cli_does_not_treat_other_arguments_as_files_to_open(tmp_path, capsys):
    from maturity_app import cli

    with pytest.raises(SystemExit) as missing:
        cli.main([str(tmp_path / "absent.maturity.json")])  # not a file: argparse reports the bad command
    assert missing.value.code == 2
    with pytest.raises(SystemExit) as version:
        cli.main(["--version"])
    assert version.value.code == 0
    from maturity_app import __version__

    assert capsys.readouterr().out.strip() == f"maturity-app {__version__}"
