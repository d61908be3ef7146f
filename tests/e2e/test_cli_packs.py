"""Pack authoring from the command line: JSON Schema for editors and installing shared packs."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _run(*args):
    return subprocess.run([sys.executable, "-m", "maturity_app.cli", *args], capture_output=True, text=True, timeout=120)


def test_schema_is_the_pack_json_schema():
    result = _run("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["title"] == "Pack"
    assert {"id", "version", "title", "scales", "domains"} <= set(schema["required"])
    assert "Question" in schema["$defs"] and "capability" in schema["$defs"]["Question"]["properties"]


def test_install_pack_validates_copies_and_guards_versions(tmp_path, isolated_data_dir):
    text = (FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: shared-pack", 1)
    source = tmp_path / "from-a-colleague.yaml"
    source.write_text(text)
    first = _run("install-pack", str(source))
    assert first.returncode == 0, first.stderr
    installed = isolated_data_dir / "packs" / "shared-pack.yaml"
    assert installed.read_text() == text
    if os.name == "posix":
        assert stat.S_IMODE(installed.stat().st_mode) == 0o600
    packs = json.loads(_run("packs", "--json").stdout)["packs"]
    assert "shared-pack" in [p["id"] for p in packs]

    again = _run("install-pack", str(source))
    assert again.returncode == 2 and "1.0.0 is already installed" in again.stderr

    source.write_text(text.replace('version: "1.0.0"', 'version: "1.1.0"'))
    newer = _run("install-pack", str(source))
    assert newer.returncode == 0 and "replaced 1.0.0" in newer.stdout
    assert 'version: "1.1.0"' in installed.read_text()


def test_install_pack_refuses_broken_files_and_bundled_ids(tmp_path, isolated_data_dir):
    broken = tmp_path / "broken.yaml"
    broken.write_text((FIXTURES / "mini.yaml").read_text().replace("weight: 3", "weight: 9"))
    result = _run("install-pack", str(broken))
    assert result.returncode == 2 and "broken.yaml:" in result.stderr and "weight" in result.stderr
    shadow = tmp_path / "core.yaml"
    shadow.write_text((FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: core", 1))
    result = _run("install-pack", str(shadow))
    assert result.returncode == 2 and "belongs to a bundled pack" in result.stderr
    assert not (isolated_data_dir / "packs").exists() or not any((isolated_data_dir / "packs").iterdir())


def test_install_pack_into_an_unusable_folder_is_a_clear_error(tmp_path, mini_pack):
    import pytest

    from maturity_app.domain.errors import PackError
    from maturity_app.domain.pack_loader import PackLibrary
    from maturity_app.storage.pack_install import install_pack

    blocker = tmp_path / "packs"
    blocker.write_text("a file where the packs folder should be")
    with pytest.raises(PackError, match="mini.yaml: could not be installed"):
        install_pack(FIXTURES / "mini.yaml", PackLibrary(), target_dir=blocker / "inner")
