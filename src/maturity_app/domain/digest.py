"""SHA-256 for the start path: the same digest as ``hashlib.sha256``, from CPython's own implementation.

``import hashlib`` loads OpenSSL's libcrypto (several MB, mapped page by page) and initialises it: about a tenth of
what a bare window takes to its first frame. The launch only hashes a few short strings and the headline's source
files (``domain.headline.definition``, ``ui.single_instance.channel_name``), for which CPython's built-in SHA-256
is as good and loads no library beyond its own small module. Hashing that guards data (evidence files, backups,
fingerprints) keeps using hashlib, away from the start path.
"""

from __future__ import annotations

import sys

try:  # the module holding it (asked for by name: a failed import would search every folder on sys.path)
    if sys.version_info >= (3, 12):
        from _sha2 import sha256  # SHA-224 to SHA-512 in one module (also what `random` imports)
    else:
        from _sha256 import sha256
except ImportError:  # a Python built without its own implementations: OpenSSL's, which computes the same
    from hashlib import sha256

__all__ = ["sha256"]
