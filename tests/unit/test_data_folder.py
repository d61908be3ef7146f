"""The data folder of a launch without MATURITY_APP_DATA_DIR: exactly platformdirs' answer, worked out without
importing platformdirs on a Linux desktop (its modules cost the launch about 2 ms before the first frame)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from maturity_app.storage import locations

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the worked-out answer is Linux's")

ENVIRONMENTS = [
    {"HOME": "/home/ana"},
    {"HOME": "/home/ana/"},
    {"HOME": "/"},
    {"HOME": "/home/ana", "XDG_DATA_HOME": ""},
    {"HOME": "/home/ana", "XDG_DATA_HOME": "   "},
    {"HOME": "/home/ana", "XDG_DATA_HOME": "/srv/data"},
    {"HOME": "/home/ana", "XDG_DATA_HOME": "/srv/data/"},
    {"HOME": "/home/ana", "XDG_DATA_HOME": "/srv/da ta "},
    {"HOME": "/home/ana", "XDG_DATA_HOME": "/"},
    {"HOME": "/home/ana", "XDG_DATA_HOME": "relative/data"},
    {"HOME": "/home/ana", "XDG_DATA_HOME": " /srv/data"},
    {"HOME": "relative"},
    {"HOME": ""},
    {},
    {"HOME": "/home/ana", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
]


@linux_only
@pytest.mark.parametrize("environment", ENVIRONMENTS, ids=repr)
def test_the_data_folder_is_platformdirs_answer_whatever_the_environment(monkeypatch, environment):
    for name in ("HOME", "XDG_DATA_HOME", "ANDROID_DATA", "ANDROID_ROOT", locations.DATA_DIR_ENV):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    worked_out = locations._linux_user_data_dir()
    if worked_out is not None:
        assert worked_out == platformdirs.user_data_dir(locations.APP_NAME, appauthor=False)
    try:
        expected = Path(platformdirs.user_data_dir(locations.APP_NAME, appauthor=False))
    except RuntimeError:  # a release that refuses a home it cannot find: so does the app
        with pytest.raises(RuntimeError):
            locations.data_dir()
        return
    assert locations.data_dir() == expected


@linux_only
def test_a_desktop_session_finds_its_data_folder_without_platformdirs(tmp_path):
    # The usual desktop: an absolute HOME, XDG_DATA_HOME set or not. Answered here, so the launch never loads it.
    env = {k: v for k, v in os.environ.items() if k not in (locations.DATA_DIR_ENV, "XDG_DATA_HOME")}
    code = ("import sys\nfrom maturity_app.storage.locations import data_dir, default_database_path\n"
            "print(data_dir(), default_database_path(), 'platformdirs' in sys.modules)")
    for extra, folder in (({}, tmp_path / ".local/share/maturity-app"),
                          ({"XDG_DATA_HOME": str(tmp_path / "xdg")}, tmp_path / "xdg/maturity-app")):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**env, "HOME": str(tmp_path), **extra})
        assert done.stdout.split() == [str(folder), str(folder / "assessments.db"), "False"]
