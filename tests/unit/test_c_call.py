"""ui/c_call: a C function called through ctypes' core answers exactly as through the ctypes package."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import _ctypes
import pytest

from maturity_app.ui.c_call import Pointer, call_int_function

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the C library's own symbols: POSIX only")


def _without_the_core(monkeypatch):
    monkeypatch.delattr(_ctypes, "call_function")  # as on a Python that dropped it: the ctypes package calls


@pytest.mark.parametrize("through_package", [False, True])
def test_ints_and_pointers_go_in_and_the_int_result_comes_back(monkeypatch, through_package):
    if through_package:
        _without_the_core(monkeypatch)
    assert call_int_function(None, "abs", -42) == 42
    text = ctypes.create_string_buffer(b"first frame")
    assert call_int_function(None, "strlen", Pointer(ctypes.addressof(text))) == len(b"first frame")
    assert call_int_function(None, "strncmp", Pointer(ctypes.addressof(text)), Pointer(ctypes.addressof(text)), 5) == 0


@pytest.mark.parametrize("through_package", [False, True])
def test_a_missing_symbol_or_library_is_none(monkeypatch, through_package):
    if through_package:
        _without_the_core(monkeypatch)
    assert call_int_function(None, "no_such_function_in_any_c_library") is None
    assert call_int_function("libno-such-library.so.9", "abs", 1) is None


def test_the_core_call_imports_no_ctypes_package():
    code = ("import sys\nfrom maturity_app.ui.c_call import call_int_function\n"
            "assert call_int_function(None, 'abs', -3) == 3\nprint('ctypes' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
