"""What a user's desktop session gives an installed app (bundle or wheel), for tests that run it as a program."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path


def clean_env(home: Path) -> dict[str, str]:
    """No virtualenv, no Python variables, a fresh home (data in its XDG data folder), Qt offscreen."""
    path = [p for p in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep) if ".venv" not in p and p]
    return {
        "PATH": os.pathsep.join(path),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def data_folder(home: Path) -> Path:
    return home / ".local" / "share" / "maturity-app"


def assert_gui_starts_and_keeps_running(executable: Path, home: Path) -> None:
    """Start the desktop app with no arguments; it must open its database and still run seconds later."""
    process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=clean_env(home), cwd=home)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and process.poll() is None and not list(home.rglob("*.db")):
            time.sleep(0.1)
        time.sleep(3)  # the window is built after the database opens: a missing theme or icon fails here
        assert process.poll() is None, f"the app exited with {process.returncode}: {process.stderr.read()}"
        assert list(home.rglob("*.db")), "no database was created before the window opened"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _out, err = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
    assert "Traceback" not in err, err
