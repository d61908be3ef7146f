"""Licences of the third-party software Maturity runs with, generated from what is actually installed.

Python libraries are found by walking maturity-app's own requirements through the installed distributions'
metadata, so the list is the real dependency tree of this installation, with each library's licence files.
Components without metadata of their own (Qt inside PySide6, OpenSSL inside cryptography, Python, SQLite, the
DejaVu fonts) are listed from what we know they are. packaging/build writes the result into the bundle; a
source or wheel install generates it when the About box asks.
"""

from __future__ import annotations

import platform
import re
import sysconfig
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from .paths import asset

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
ROOT_DISTRIBUTION = "maturity-app"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
UNINSTALLED_FALLBACK = ("PySide6-Essentials", "sqlite-utils", "reportlab", "rl-accel", "pydantic", "PyYAML",
                        "platformdirs", "pypdf", "cryptography", "python-docx", "python-pptx", "uharfbuzz",
                        "python-bidi", "pyphen")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    note: str
    files: tuple[str, ...] = ()  # licence texts shipped in maturity_app/resources/licenses or fonts


COMPONENTS = (
    Component(
        "Qt 6 (the libraries inside PySide6-Essentials and shiboken6)", "LGPL-3.0-only",
        "Copyright (C) The Qt Company Ltd. and other contributors. Maturity uses Qt under the GNU Lesser General "
        "Public License version 3: the Qt libraries are separate shared libraries that you may replace with "
        "your own build of the same version; the source code of Qt is available from https://download.qt.io/ "
        "and, on request, from the Maturity authors.",
        ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"),
    ),
    Component(
        "OpenSSL (statically linked into cryptography)", "Apache-2.0",
        "Copyright (c) 1998-2025 The OpenSSL Project Authors. Licensed under the Apache License 2.0. "
        "https://www.openssl.org/source/license.html",
        ("licenses/Apache-2.0.txt",),
    ),
    Component(
        "SQLite (through Python's sqlite3 module)", "blessing",
        "The author disclaims copyright to this source code. In place of a legal notice, here is a blessing: "
        "May you do good and not evil. May you find forgiveness for yourself and forgive others. May you share "
        "freely, never taking more than you give. https://www.sqlite.org/copyright.html",
    ),
    Component(
        "DejaVu fonts (embedded in the PDF reports)", "Bitstream-Vera AND LicenseRef-Public-Domain",
        "Fonts are (c) Bitstream (see below). DejaVu changes are in public domain.",
        ("fonts/LICENSE-DejaVu.txt",),
    ),
    Component(
        "Noto Sans fonts for Arabic, Hebrew, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, "
        "Kannada, Malayalam, Sinhala, Thai, Lao, Khmer, Myanmar, Ethiopic, Syriac, Thaana, Cherokee, Tifinagh and "
        "Canadian Aboriginal syllabics, and Noto Emoji (monochrome), "
        "embedded in the PDF reports as subsets", "OFL-1.1",
        "Copyright 2010-2020 Google LLC (the Noto Project Authors); Noto Emoji copyright 2013 Google LLC. "
        "Subset by Maturity (tools/subset_fonts.py) to each script's Unicode blocks; licensed under the SIL Open "
        "Font License 1.1.",
        ("fonts/LICENSE-Noto.txt",),
    ),
    Component(
        "Droid Sans Fallback font (Chinese, Japanese and Korean in the PDF reports)", "Apache-2.0",
        "Copyright (C) 2006-2010 Google Corp. Droid is a trademark of Google Corp.",
        ("fonts/LICENSE-DroidSansFallback.txt", "licenses/Apache-2.0.txt"),
    ),
)


def runtime_distributions() -> list[Distribution]:
    """maturity-app's installed dependency tree (extras left out), sorted by name."""
    found: dict[str, Distribution] = {}
    try:
        todo = _requirement_names(distribution(ROOT_DISTRIBUTION))
    except PackageNotFoundError:  # run from a source tree without installing: the libraries named in pyproject
        todo = list(UNINSTALLED_FALLBACK)
    while todo:
        name = _canonical(todo.pop())
        if name in found:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a requirement for another platform or Python (its marker does not apply here)
        found[name] = dist
        todo.extend(_requirement_names(dist))
    return sorted(found.values(), key=lambda d: _canonical(d.metadata["Name"]))


def _requirement_names(dist: Distribution) -> list[str]:
    names = []
    for text in dist.requires or []:
        marker = text.partition(";")[2]
        if "extra" in marker:
            continue
        match = _NAME.match(text)
        if match:
            names.append(match.group(1))
    return names


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip().splitlines()
    if declared and len(declared[0]) < 120:
        return declared[0]
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def _licence_texts(dist: Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name):
            try:
                texts.append((file.name, Path(file.locate()).read_text(encoding="utf-8", errors="replace").strip()))
            except OSError:
                continue
    return texts


def _python_licence() -> str:
    for folder in (sysconfig.get_paths().get("stdlib"), sysconfig.get_config_var("LIBDEST")):
        if folder and (Path(folder) / "LICENSE.txt").is_file():
            return (Path(folder) / "LICENSE.txt").read_text(encoding="utf-8", errors="replace").strip()
    return "Python Software Foundation License Version 2 (PSF-2.0): https://docs.python.org/3/license.html"


def generate_notices() -> str:
    rule = "=" * 78
    dists = runtime_distributions()
    lines = [
        "Third-party software in Maturity",
        "",
        "Maturity is proprietary software of the Maturity authors (see LICENSE). It is built with and ships the",
        "following third-party software, each under its own licence, reproduced below. Nothing in Maturity's",
        "licence restricts the rights these licences give you.",
        "",
        "Summary:",
    ]
    lines.append(f"  {'Python ' + platform.python_version():<40} PSF-2.0")
    lines += [f"  {d.metadata['Name'] + ' ' + d.version:<40} {_licence(d)}" for d in dists]
    lines += [f"  {c.name:<40} {c.licence}" for c in COMPONENTS]
    lines += ["", rule, f"Python {platform.python_version()} — PSF-2.0", rule, _python_licence()]
    for dist in dists:
        lines += ["", rule, f"{dist.metadata['Name']} {dist.version} — {_licence(dist)}", rule]
        texts = _licence_texts(dist)
        if not texts and _canonical(dist.metadata["Name"]) in ("pyside6-essentials", "shiboken6"):
            texts = [("", "Qt for Python is used under LGPL-3.0-only; the licence text is reproduced under Qt 6.")]
        for name, text in texts or [("", "No licence file shipped; licence as declared above.")]:
            lines += [f"--- {name}" if name else "", text]
    for component in COMPONENTS:
        lines += ["", rule, f"{component.name} — {component.licence}", rule, component.note]
        for relative in component.files:
            lines += ["", asset("resources", *relative.split("/")).read_text(encoding="utf-8").strip()]
    return "\n".join(lines) + "\n"


def notices_text() -> str:
    """The bundle's notices written at build time, else those of this installation, generated now."""
    built = asset(NOTICES_FILE, must_exist=False)
    if built.is_file():
        return built.read_text(encoding="utf-8")
    return generate_notices()
