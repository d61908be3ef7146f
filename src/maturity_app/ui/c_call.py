"""One call to a C function of a library the process has loaded, for the two the launch makes before its first
frame: glibc's mallopt (c_heap) and Qt's QStyleHints::colorScheme (color_scheme).

Both take C ints or a pointer and answer a C int, which ctypes' own core (the _ctypes extension) can call without
the ctypes package: importing that package builds some forty classes of C types first, about 7 M instructions
(a hundredth of what a bare window takes to its first frame) for two calls. Where that core lacks the functions
used (Windows has no dlopen; a later Python may drop them), the ctypes package makes the same call.
"""

from __future__ import annotations


class Pointer:
    """An argument passed as a C pointer (``void *``) rather than as a C int."""

    __slots__ = ("address",)

    def __init__(self, address: int):
        self.address = address


def call_int_function(library: str | None, symbol: str, *arguments: int | Pointer, mode: int = 0) -> int | None:
    """*symbol* of *library* (None: the process's own symbols) called with *arguments*, a C int result; None when
    the library is not loaded or has no such symbol. *mode* is dlopen's (ignored on Windows)."""
    try:
        from _ctypes import _SimpleCData, call_function, dlopen, dlsym
    except ImportError:
        return _by_ctypes(library, symbol, arguments, mode)
    try:
        address = dlsym(dlopen(library, mode), symbol)
    except OSError:  # no such library (or not loaded, with RTLD_NOLOAD), or no such symbol
        return None

    if any(isinstance(a, Pointer) for a in arguments):
        class VoidPointer(_SimpleCData):  # what ctypes.c_void_p is
            _type_ = "P"

        arguments = tuple(VoidPointer(a.address) if isinstance(a, Pointer) else a for a in arguments)
    return call_function(address, arguments)  # a Python int goes as a C int; the result comes back as one


def _by_ctypes(library: str | None, symbol: str, arguments: tuple, mode: int) -> int | None:
    import ctypes

    try:
        function = getattr(ctypes.CDLL(library, mode=mode), symbol)
    except (OSError, AttributeError):
        return None
    function.restype = ctypes.c_int
    function.argtypes = [ctypes.c_void_p if isinstance(a, Pointer) else ctypes.c_int for a in arguments]
    return function(*(a.address if isinstance(a, Pointer) else a for a in arguments))
