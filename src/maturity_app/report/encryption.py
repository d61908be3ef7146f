"""AES-256 password protection of a finished PDF (pypdf + cryptography, PDF 2.0 security handler revision 6).

reportlab's own AES-256 path needs the unmaintained pure-Python `pyaes` and writes revision 5, which
ISO 32000-2 deprecates because its password check is weak; pypdf writes revision 6.
"""

from __future__ import annotations

import secrets
from pathlib import Path

# Revision 6 of the standard security handler is defined by ISO 32000-2 (PDF 2.0): the header says so, as
# readers and validators compare the two.
PDF_HEADER = b"%PDF-2.0"


def encrypt_pdf(source: Path, target: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    from .options import check_password

    check_password(password)
    reader = PdfReader(str(source))
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = PDF_HEADER
    # The owner password unlocks changing the file's permissions: a random one nobody knows, never the user's
    # (a user password that doubles as owner password lets anyone who can read the report lift its limits).
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(32), algorithm="AES-256")
    with open(target, "wb") as handle:
        writer.write(handle)
