"""pydantic builds and runs the app's validators without discovering plugins (no importlib.metadata, no scan of
every installed package's metadata): the packs still validate, errors still name their field."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from maturity_app.domain import pydantic_plugins


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          check=True).stdout


def test_loading_the_packs_imports_no_plugin_discovery():
    out = _run("""
        import sys
        from maturity_app.domain.pack_loader import load_library
        from maturity_app.paths import bundled_packs_dir

        library = load_library(bundled_packs_dir(), None)
        print(sorted(library.packs), library.errors)
        print("importlib.metadata" in sys.modules, "email" in sys.modules)
        print(sys.modules["pydantic.plugin._loader"].get_plugins())
    """).splitlines()
    assert out[0].startswith("['core',") and out[0].endswith("[]")
    assert out[1] == "False False"
    assert out[2] == "()"


def test_validation_errors_still_come_from_pydantic_core():
    out = _run("""
        import pydantic
        from maturity_app.domain.schema import ScaleLevel

        print(ScaleLevel(level=2, label=" Defined ", anchor="x").label)
        try:
            ScaleLevel(level=7, label="x", anchor="x")
        except pydantic.ValidationError as error:
            print(error.errors()[0]["loc"], error.errors()[0]["type"])
    """).splitlines()
    assert out == ["Defined", "('level',) less_than_equal"]


def test_a_loader_already_imported_is_left_as_it_is(monkeypatch):
    import types

    mine = types.ModuleType(pydantic_plugins.LOADER)
    monkeypatch.setitem(sys.modules, pydantic_plugins.LOADER, mine)
    pydantic_plugins.without_plugin_discovery()
    assert sys.modules[pydantic_plugins.LOADER] is mine


def test_the_stand_in_answers_what_pydantic_asks_of_its_loader():
    # pydantic's create_schema_validator does `from ._loader import get_plugins` and calls it without arguments.
    import inspect

    from pydantic.plugin import _schema_validator

    source = inspect.getsource(_schema_validator.create_schema_validator)
    assert "from ._loader import get_plugins" in source and "get_plugins()" in source
