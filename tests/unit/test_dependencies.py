"""Declared dependencies match the code, and the bundle's pinned list (packaging/constraints.txt) is complete."""

from __future__ import annotations

import ast
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"
BUILD_TOOLS = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging", "setuptools", "macholib",
               "pefile", "pywin32-ctypes"}


def _requirements() -> list[Requirement]:
    """pyproject's run-time requirements; one library may appear more than once, with markers (PySide6)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]]


def _declared() -> dict[str, list[Requirement]]:
    declared: dict[str, list[Requirement]] = {}
    for requirement in _requirements():
        declared.setdefault(canonicalize_name(requirement.name), []).append(requirement)
    return declared


def _pins(environment: dict | None = None) -> dict[str, Version]:
    """name -> pinned version for the pins whose marker holds in *environment* (default: this machine)."""
    pins: dict[str, Version] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", f"not an exact pin: {line}"
        if requirement.marker is None or requirement.marker.evaluate(environment or {}):
            name = canonicalize_name(requirement.name)
            assert name not in pins, f"{name} pinned twice for the same platform"
            pins[name] = Version(specifiers[0].version)
    return pins


def _runtime_tree() -> set[str]:
    """Every distribution the installed maturity-app needs at run time here (extras left out)."""
    seen: set[str] = set()
    todo = [r.name for r in _requirements() if r.marker is None or r.marker.evaluate()]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for text in distribution(name).requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def test_sqlite_utils_bound_matches_the_4x_api_the_code_uses():
    (requirement,) = _declared()["sqlite-utils"]
    bound = requirement.specifier
    assert not bound.contains("3.38") and bound.contains("4.0") and not bound.contains("5.0")
    assert Version(distribution("sqlite-utils").version).major == 4


def test_every_dependency_has_a_lower_bound_the_installed_version_meets():
    for requirement in _requirements():
        name = canonicalize_name(requirement.name)
        assert any(s.operator in (">=", "==", "~=") for s in requirement.specifier), f"{name} has no lower bound"
        if requirement.marker is None or requirement.marker.evaluate():
            assert requirement.specifier.contains(distribution(name).version, prereleases=True), name


def test_constraints_pin_the_whole_runtime_tree_and_nothing_stale():
    pins = _pins()
    tree = _runtime_tree()
    assert "rl-accel" in tree and "pyside6-essentials" in tree
    missing = tree - set(pins)
    assert not missing, f"the bundle would take unpinned versions of {sorted(missing)}: pin them in {CONSTRAINTS}"
    stale = set(pins) - tree - BUILD_TOOLS
    assert not stale, f"pinned but not needed at run time here: {sorted(stale)}"


def test_every_pin_satisfies_pyproject_on_each_supported_python():
    for python in ("3.11", "3.12", "3.13"):
        for system in ("Linux", "Windows", "Darwin"):
            environment = {"python_version": python, "python_full_version": f"{python}.0",
                           "platform_system": system, "sys_platform": {"Linux": "linux", "Windows": "win32",
                                                                       "Darwin": "darwin"}[system]}
            pins = _pins(environment)
            for requirement in _requirements():
                name = canonicalize_name(requirement.name)
                if requirement.marker is not None and not requirement.marker.evaluate(environment):
                    continue
                assert name in pins, f"{name} not pinned for Python {python} on {system}"
                assert requirement.specifier.contains(pins[name], prereleases=True), (
                    f"{name}=={pins[name]} (constraints, Python {python}) is outside pyproject's {requirement}"
                )
            # The known-bad pairing never goes into a bundle (abort after ~200 keys, see the guide).
            if python == "3.11":
                assert pins["pyside6-essentials"] != Version("6.12.0")
            assert pins["pyside6-essentials"] == pins["shiboken6"]


def test_the_build_script_installs_with_the_constraints():
    build = (ROOT / "packaging" / "build").read_text(encoding="utf-8")
    assert "-c packaging/constraints.txt" in build


def test_rl_accel_reaches_the_bundle_and_is_used_here():
    tree = ast.parse((ROOT / "packaging" / "maturity-app.spec").read_text(encoding="utf-8"))
    hidden = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
                  and any(getattr(t, "id", None) == "HIDDEN_IMPORTS" for t in n.targets))
    assert "_rl_accel" in hidden
    try:
        distribution("rl-accel")
    except PackageNotFoundError:  # pragma: no cover - the project venv always has it
        raise AssertionError("rl-accel is declared but not installed") from None
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"  # the C version, not reportlab's Python fallback


def test_the_notices_fallback_names_exactly_the_declared_dependencies():
    from maturity_app.notices import UNINSTALLED_FALLBACK

    assert {canonicalize_name(n) for n in UNINSTALLED_FALLBACK} == set(_declared())
