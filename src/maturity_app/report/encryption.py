"""AES-256 password protection of a finished PDF (pypdf + cryptography, PDF 2.0 security handler revision 6).

reportlab's own AES-256 path needs the unmaintained pure-Python `pyaes` and writes revision 5, which
ISO 32000-2 deprecates because its password check is weak; pypdf writes revision 6.
"""

from __future__ import annotations

from pathlib import Path


def encrypt_pdf(source: Path, target: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(source))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    with open(target, "wb") as handle:
        writer.write(handle)
