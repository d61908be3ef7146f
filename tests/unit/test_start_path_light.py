"""What the launch reads before its first frame, made without OpenSSL, getpass or dataclasses, answers as before."""

from __future__ import annotations

import getpass
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from maturity_app.domain.digest import sha256


@pytest.mark.parametrize("data", [b"", b"abc", "Prüfung\0/tmp/a.db".encode(), bytes(range(256)) * 400])
def test_the_start_paths_sha256_is_hashlibs(data):
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    digest = sha256()
    digest.update(data[:7])
    digest.update(data[7:])
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()


def test_the_start_paths_sha256_loads_no_openssl():
    code = ("import sys\nfrom maturity_app.domain import digest, headline\nheadline.definition()\n"
            "print(sorted(m for m in ('hashlib', '_hashlib') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_the_user_is_found_where_getpass_finds_it(monkeypatch):
    from maturity_app.ui.single_instance import user_name

    assert user_name() == getpass.getuser()
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("USERNAME", "ana")
    assert user_name() == getpass.getuser() == "ana"
    monkeypatch.delenv("USERNAME")
    if sys.platform != "win32":  # the password database
        assert user_name() == getpass.getuser()


def test_the_channel_keeps_its_name_for_a_second_launch_of_an_earlier_version(tmp_path, monkeypatch):
    # Named as before (hashlib's SHA-256 of the user and the database path): a window opened by the previous
    # version still receives the file a second launch of this one hands over.
    from maturity_app.ui.single_instance import channel_name

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    db = tmp_path / "a.db"
    key = hashlib.sha256(f"{getpass.getuser()}\0{db.resolve()}".encode()).hexdigest()[:24]
    name = channel_name(db)
    assert name is not None and name.endswith(f"maturity-app-{key}" + ("" if sys.platform == "win32" else ".sock"))


def test_the_headline_definition_changes_with_any_defining_source(tmp_path, monkeypatch):
    from maturity_app.domain import headline

    made = headline.definition()
    assert len(made) == 16 and made == headline.definition()
    for module in headline.DEFINING_MODULES:
        copy = tmp_path / module
        copy.mkdir()
        for name in headline.DEFINING_MODULES:
            source = Path(headline.__file__).with_name(f"{name}.py").read_bytes()
            (copy / f"{name}.py").write_bytes(source + (b"\n# changed\n" if name == module else b""))
        monkeypatch.setattr(headline, "__file__", str(copy / "headline.py"))
        headline.definition.cache_clear()
        assert headline.definition() != made, module
    monkeypatch.undo()
    headline.definition.cache_clear()
    assert headline.definition() == made


def test_settings_check_every_value_compare_and_write_as_before():
    from maturity_app.ui.app_settings import AppSettings

    settings = AppSettings(language="de", font_scale="1.5")
    assert (settings.language, settings.font_scale, settings.theme, settings.last_assessment_id) == ("de", 1.5,
                                                                                                      "system", None)
    assert settings == AppSettings(language="de", font_scale=1.5) and settings != AppSettings()
    with pytest.raises(ValueError, match=r"setting theme: must be one of system, light, dark \(not 'blue'\)"):
        settings.theme = "blue"
    with pytest.raises(ValueError, match="setting default_escalation_budget"):
        AppSettings(default_escalation_budget=51)
    with pytest.raises(TypeError):
        AppSettings(colour="red")
    with pytest.raises(AttributeError):
        settings.colour = "red"  # a typo is not silently kept
    settings.last_assessment_id = 7
    assert json.loads(settings.to_json()) == {
        "language": "de", "theme": "system", "font_scale": 1.5, "default_escalation_budget": 3, "window_geometry": "",
        "window_state": "", "splitter_state": "", "last_assessment_id": 7, "last_question_id": None,
        "presentation_screen": ""}
    assert AppSettings.from_json_data(json.loads(settings.to_json())) == settings
    assert "language='de'" in repr(settings)


def test_an_assessment_info_is_a_value():
    from maturity_app.domain.assessment import AssessmentInfo

    info = AssessmentInfo(1, "u", "Acme", "", "", "self", "core", "1.0", "Core", 3, "t0", "t1", answered=4, total=10,
                          not_applicable=2)
    assert info.applicable == 8 and info == info._replace() and hash(info) == hash(info._replace())
    with pytest.raises(AttributeError):
        info.organisation = "Other"  # type: ignore[misc]


def test_the_start_paths_named_tuples_are_made_of_types_not_forward_references():
    # A postponed (string) annotation of a NamedTuple field is compiled into a ForwardRef as the class is made:
    # a millisecond for the six fields of a start row, before the first frame.
    import typing

    from maturity_app.app.start_rows import StartRow
    from maturity_app.domain.assessment_info import AssessmentInfo

    for made in (StartRow, AssessmentInfo):
        kinds = {name: type(t) for name, t in made.__annotations__.items() if isinstance(t, (str, typing.ForwardRef))}
        assert kinds == {}, made.__name__


@pytest.mark.parametrize("collecting", [True, False])
def test_the_commands_import_their_libraries_with_collection_held_and_leave_it_as_it_was(collecting):
    # Every command imports them first: Python's automatic collections while its imports ran (a dozen) walked
    # objects that live as long as the process.
    code = ("import gc, sys\n"
            "held = {}\n"
            "class Watch:\n"
            "    def find_spec(self, name, path, target=None):\n"
            "        if name in ('argparse', 'json', 'sqlite3', 'datetime'):\n"
            "            held[name] = not gc.isenabled()\n"
            "sys.meta_path.insert(0, Watch())\n"
            f"gc.enable() if {collecting} else gc.disable()\n"
            "import maturity_app.cli_commands\n"
            "print(sorted(held.items()), gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == (f"[('argparse', True), ('datetime', True), ('json', True), ('sqlite3', True)] "
                           f"{collecting}\n")


def test_a_launch_finds_and_reaches_a_running_window_without_qt():
    # The launch side of the single-instance channel is read before PySide6 with the start path's Qt-free modules.
    code = ("import sys\nfrom maturity_app.ui import single_instance\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"
