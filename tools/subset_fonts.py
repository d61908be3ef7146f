"""Rebuild the bundled script fonts in resources/fonts from their upstream files (run by hand, not at build time).

The PDF draws what DejaVu Sans lacks with Noto faces, one per script. Each is cut down to its script's Unicode
blocks plus the spaces, joiners and punctuation a run of that script carries (the layout tables are kept whole,
so shaping still joins Arabic and forms Indic conjuncts); hinting is dropped (the PDF is scaled, not rastered
at small pixel sizes). Names are kept: they carry the copyright and the licence (SIL OFL 1.1; Noto declares no
Reserved Font Name, so a modified version may keep its name).

Sources, both SIL OFL 1.1:
  - Noto Sans <script> Regular: Debian's fonts-noto-core 20201225 (usr/share/fonts/truetype/noto)

Left out on purpose, so the export names such text as not drawn: Tibetan (Noto has only a 580 KB serif face)
and Mongolian (written top to bottom, which a left-to-right line would misrepresent); CJK beyond the Basic
Multilingual Plane (Droid Sans Fallback holds the common Han, kana and Hangul in 3.4 MB; a full CJK face is
15-20 MB per weight).
  - Noto Emoji Regular (monochrome): Google Fonts' build, as shipped in the npm package
    @expo-google-fonts/noto-emoji 0.4.7 (400Regular/NotoEmoji_400Regular.ttf)

Usage: python tools/subset_fonts.py NOTO_DIR EMOJI_TTF   (needs fonttools: pip install fonttools)
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"

COMMON = "U+0020,U+00A0,U+00AD,U+200B-200F,U+2010-2015,U+2018-201F,U+2026,U+25CC"
SCRIPTS = {  # upstream file stem -> the Unicode ranges kept besides COMMON
    "NotoSansArabic": "U+0600-06FF,U+0750-077F,U+0870-089F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF",
    "NotoSansHebrew": "U+0590-05FF,U+FB1D-FB4F",
    "NotoSansDevanagari": "U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF,U+20B9",
    "NotoSansBengali": "U+0980-09FF,U+0964-0965",
    "NotoSansGurmukhi": "U+0A00-0A7F,U+0964-0965",
    "NotoSansGujarati": "U+0A80-0AFF,U+0964-0965",
    "NotoSansOriya": "U+0B00-0B7F,U+0964-0965",
    "NotoSansTamil": "U+0B80-0BFF,U+0964-0965",
    "NotoSansTelugu": "U+0C00-0C7F,U+0964-0965",
    "NotoSansKannada": "U+0C80-0CFF,U+0964-0965",
    "NotoSansMalayalam": "U+0D00-0D7F,U+0964-0965",
    "NotoSansSinhala": "U+0D80-0DFF,U+111E0-111FF,U+0964-0965",
    "NotoSansThai": "U+0E00-0E7F",
    "NotoSansLao": "U+0E80-0EFF",
    "NotoSansKhmer": "U+1780-17FF,U+19E0-19FF",
    "NotoSansMyanmar": "U+1000-109F,U+A9E0-A9FF,U+AA60-AA7F",
    "NotoSansEthiopic": "U+1200-139F,U+2D80-2DDF,U+AB00-AB2F",
    "NotoSansSyriac": "U+0700-074F,U+0860-086F,U+060C,U+061B,U+061F,U+0640,U+064B-0655,U+0670",
    "NotoSansThaana": "U+0780-07BF,U+060C,U+061B,U+061F,U+0660-0669",
    "NotoSansCherokee": "U+13A0-13FF,U+AB70-ABBF",
    "NotoSansTifinagh": "U+2D30-2D7F",
    "NotoSansCanadianAboriginal": "U+1400-167F,U+18B0-18FF,U+11AB0-11ABF",
}


def _subset(source: Path, target: Path, unicodes: str | None) -> None:
    from fontTools import subset

    args = [str(source), f"--output-file={target}", "--layout-features=*", "--no-hinting", "--glyph-names",
            "--name-IDs=*", "--name-languages=*", "--notdef-outline", "--drop-tables+=DSIG"]
    args.append(f"--unicodes={unicodes}" if unicodes else "--unicodes=*")
    subset.main(args)
    print(f"{target.name}: {source.stat().st_size // 1024} KB -> {target.stat().st_size // 1024} KB")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    noto, emoji = Path(argv[0]), Path(argv[1])
    for stem, ranges in SCRIPTS.items():
        _subset(noto / f"{stem}-Regular.ttf", OUT / f"{stem}-Regular.ttf", f"{ranges},{COMMON}")
    _subset(emoji, OUT / "NotoEmoji-Regular.ttf", None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
