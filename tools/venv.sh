# Shared by ./run, ./test and packaging/build (sourced, not run): find a Python that Maturity supports, keep
# .venv on it, and install the project into it, saying what happens while it happens.
#   ensure_venv STAMP_NAME PIP_TARGET   e.g.  ensure_venv run -e .

MIN_MAJOR=3
MIN_MINOR=11
MIN_VERSION="$MIN_MAJOR.$MIN_MINOR"

# "3.12" for a working interpreter, nothing for a missing or broken one.
python_version() {
    "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null
}

version_supported() {
    local major=${1%%.*} minor=${1#*.}
    [ -n "$1" ] && { [ "$major" -gt "$MIN_MAJOR" ] || { [ "$major" -eq "$MIN_MAJOR" ] && [ "$minor" -ge "$MIN_MINOR" ]; }; }
}

how_to_get_python() {
    local found=$1
    cat >&2 <<EOF
Maturity needs Python $MIN_VERSION or newer; $found.
Install one, then tell ./run and ./test which to use with PYTHON=, for example:
    Debian/Ubuntu:  sudo apt install python3.11 python3.11-venv   then  PYTHON=python3.11 ./run
    Fedora:         sudo dnf install python3.11                    then  PYTHON=python3.11 ./run
    macOS:          brew install python@3.12 (or python.org)       then  PYTHON=python3.12 ./run
    any system:     uv python install 3.12                         then  PYTHON="\$(uv python find 3.12)" ./run
EOF
}

# The interpreter to build .venv with: $PYTHON when given (it must be new enough), else the first supported
# python3 / python3.N on PATH, so a machine whose python3 is old but has python3.12 installed just works.
choose_python() {
    local candidate version
    if [ -n "${PYTHON:-}" ]; then
        if ! command -v "$PYTHON" >/dev/null 2>&1; then
            echo "PYTHON=$PYTHON: no such command." >&2
            how_to_get_python "the PYTHON you gave cannot be run"
            return 1
        fi
        version=$(python_version "$PYTHON")
        if ! version_supported "$version"; then
            how_to_get_python "PYTHON=$PYTHON is Python ${version:-(unknown: it did not run)}"
            return 1
        fi
        echo "$PYTHON"
        return 0
    fi
    for candidate in python3 python3.14 python3.13 python3.12 python3.11; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        version=$(python_version "$candidate")
        if version_supported "$version"; then
            echo "$candidate"
            return 0
        fi
    done
    if command -v python3 >/dev/null 2>&1; then
        how_to_get_python "python3 here is Python $(python_version python3 || echo '(broken)') ($(command -v python3))"
    else
        how_to_get_python "no python3 was found on PATH"
    fi
    return 1
}

# pip's own "Collecting ..." lines as progress, everything in .venv/pip.log, the log's tail when it fails.
_pip_install() {
    local log=.venv/pip.log status
    set +e
    .venv/bin/python -m pip install --progress-bar off "$@" 2>&1 | tee "$log" \
        | grep --line-buffered -E '^(Collecting|Successfully installed)' | sed -u 's/^/    /'
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -ne 0 ]; then
        echo "pip failed (exit $status); the end of its log ($log):" >&2
        tail -n 25 "$log" >&2
        return "$status"
    fi
}

ensure_venv() {
    local stamp=".venv/.installed-$1" python want have reason=""
    shift
    python=$(choose_python) || exit 1
    want=$(python_version "$python")
    if [ -e .venv ]; then
        have=$(python_version .venv/bin/python)
        if [ -z "$have" ]; then
            reason="is broken (its Python no longer runs)"
        elif ! version_supported "$have"; then
            reason="uses Python $have, older than $MIN_VERSION"
        elif [ -n "${PYTHON:-}" ] && [ "$have" != "$want" ]; then
            reason="uses Python $have, not $want from PYTHON=$PYTHON"
        fi
    fi
    if [ -n "$reason" ]; then
        echo "==> .venv $reason: rebuilding it with $python (Python $want)"
        "$python" -m venv --clear .venv
    elif [ ! -x .venv/bin/python ]; then
        echo "==> creating .venv with $python (Python $want)"
        if ! "$python" -m venv .venv; then
            echo "Could not create .venv with $python; on Debian/Ubuntu install python$want-venv." >&2
            exit 1
        fi
    fi
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        if ls .venv/.installed-* >/dev/null 2>&1; then
            echo "==> pyproject.toml changed: updating .venv ($*)"
        else
            echo "==> first run: installing Maturity and its libraries into .venv ($*)"
            echo "    about a minute (Qt is most of the download); later runs start at once"
        fi
        _pip_install --upgrade pip >/dev/null || exit 1
        _pip_install "$@" || exit 1
        touch "$stamp"
        echo "==> .venv is ready (Python $want)"
    fi
}
