"""Start-up to first window: the PyInstaller bundle beside the source install, measured on a real X server.

Each run starts the app with a fresh home and data folder and stops the clock when X reports the main window
"Maturity" as viewable (polled with xwininfo), so the number includes interpreter start, imports, opening the
database and the first paint, and needs no hook in the app. The first run of each variant is reported on its
own: it is the closest to a cold start (files not yet in the page cache).

Needs Xvfb and xwininfo (x11-utils), and a built bundle (packaging/build).
Run: .venv/bin/python benchmarks/bench_bundle_start.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_EXE = ROOT / "dist" / "maturity-app" / "maturity-app"
SOURCE_EXE = ROOT / ".venv" / "bin" / "maturity-app"
TARGET_RATIO = 1.5  # the bundle may be this much slower than the source install before it needs a look
WINDOW_LINE = re.compile(r'^\s*(0x[0-9a-f]+) "Maturity[^"]*": \(')


def _viewable_main_window(display: str) -> bool:
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
    for line in tree.splitlines():
        match = WINDOW_LINE.match(line)
        if match and '("maturity-app"' in line:  # the real top-level window carries the WM_CLASS
            info = subprocess.run(["xwininfo", "-id", match.group(1)], capture_output=True, text=True, env=env)
            if "IsViewable" in info.stdout:
                return True
    return False


def time_to_window(command: list[str], display: str, timeout: float = 60.0) -> float:
    with tempfile.TemporaryDirectory() as home:
        runtime = Path(home) / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            "PATH": os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if ".venv" not in p),
            "HOME": home,
            "XDG_RUNTIME_DIR": str(runtime),
            "DISPLAY": display,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "xcb",
        }
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while not _viewable_main_window(display):
                if process.poll() is not None:
                    raise RuntimeError(f"{command[0]} exited with {process.returncode}: {process.stderr.read()!r}")
                if time.perf_counter() - start > timeout:
                    raise RuntimeError(f"{command[0]}: no window after {timeout:.0f} s")
                time.sleep(0.01)
            return time.perf_counter() - start
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    # -displayfd lets Xvfb pick a free display itself: other test runs on this machine may be using some.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def measure(runs: int, display: str) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"bundle": [], "source": []}
    commands = {"bundle": [str(BUNDLE_EXE)], "source": [str(SOURCE_EXE)]}
    for _ in range(runs):  # interleaved, so drift in machine load hits both alike
        for name, command in commands.items():
            results[name].append(time_to_window(command, display))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for needed, hint in ((BUNDLE_EXE, "build it with packaging/build"), (SOURCE_EXE, "run ./run once")):
        if not needed.exists():
            print(f"missing {needed}: {hint}", file=sys.stderr)
            return 1
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        print("needs Xvfb and xwininfo (apt-get install xvfb x11-utils)", file=sys.stderr)
        return 1

    server, display = _start_xvfb()
    try:
        results = measure(args.runs, display)
    finally:
        server.terminate()
        server.wait()

    size = sum(p.stat().st_size for p in BUNDLE_EXE.parent.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MiB ({BUNDLE_EXE.parent})")
    print(f"start to first window, {args.runs} runs each, fresh home per run")
    for name, times in results.items():
        print(
            f"  {name:<7} first {times[0] * 1000:6.0f} ms   median {statistics.median(times) * 1000:6.0f} ms"
            f"   min {min(times) * 1000:6.0f} ms"
        )
    ratio = statistics.median(results["bundle"]) / statistics.median(results["source"])
    first_ratio = results["bundle"][0] / results["source"][0]
    verdict = "ok" if ratio <= TARGET_RATIO else "SLOWER THAN TARGET"
    print(f"ratio bundle/source: median {ratio:.2f}  first run {first_ratio:.2f}  (target <= {TARGET_RATIO}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
