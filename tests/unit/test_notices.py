"""Third-party notices list every library this installation runs with, and the licences Qt and others require."""

from __future__ import annotations

import ast
from pathlib import Path

from maturity_app.notices import NOTICES_FILE, generate_notices, notices_text, runtime_distributions

ROOT = Path(__file__).resolve().parents[2]


def test_notices_name_every_runtime_library_with_its_licence_text():
    text = generate_notices()
    names = {d.metadata["Name"].lower().replace("_", "-") for d in runtime_distributions()}
    assert {"pyside6-essentials", "shiboken6", "reportlab", "rl-accel", "pydantic", "sqlite-utils", "pyyaml",
            "platformdirs", "pypdf", "cryptography"} <= names
    for dist in runtime_distributions():
        assert f"{dist.metadata['Name']} {dist.version} — " in text, dist.metadata["Name"]
    assert "Permission is hereby granted" in text  # MIT texts (pydantic, PyYAML...) are reproduced, not linked


def test_notices_carry_qt_lgpl_openssl_python_sqlite_and_dejavu():
    text = generate_notices()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "replace with your own build" in text  # the LGPL relinking right, in words
    assert "OpenSSL" in text and "Apache License" in text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text.upper()
    assert "May you do good and not evil" in text
    assert "Bitstream" in text


def test_without_a_built_file_the_notices_are_generated_for_this_installation():
    assert not (ROOT / "src" / "maturity_app" / NOTICES_FILE).exists()
    assert notices_text().startswith("Third-party software in Maturity")


def test_the_bundle_build_writes_the_notices_and_ships_them_with_the_licence():
    spec = (ROOT / "packaging" / "maturity-app.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    assert any(isinstance(n, ast.ImportFrom) and n.module == "maturity_app.notices" for n in ast.walk(tree))
    assert '(str(NOTICES), "maturity_app")' in spec
    build = (ROOT / "packaging" / "build").read_text(encoding="utf-8")
    assert 'cp LICENSE build/THIRD-PARTY-NOTICES.txt "$bundle/"' in build
    assert "All rights reserved" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "the Maturity authors" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_a_source_tree_that_is_not_installed_still_lists_the_libraries(monkeypatch):
    import importlib.metadata as metadata

    from maturity_app import notices

    real = metadata.distribution

    def without_the_app(name):
        if name == notices.ROOT_DISTRIBUTION:
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(notices, "distribution", without_the_app)
    names = {d.metadata["Name"].lower() for d in notices.runtime_distributions()}
    assert {"reportlab", "pydantic", "shiboken6"} <= {n.replace("_", "-") for n in names}
