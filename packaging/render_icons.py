"""Render the application icon SVG to the hicolor PNG sizes and to Windows .ico / macOS .icns files."""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "src" / "maturity_app" / "resources" / "icons" / "app"
PLATFORM_ICON_DIR = ROOT / "packaging" / "icons"  # .ico and .icns: only the bundles need them, not the wheel
SVG = ICON_DIR / "hicolor" / "scalable" / "apps" / "maturity-app.svg"
NAME = "maturity-app"  # the .ico/.icns beside the executable
ICON_NAME = "org.maturityapp.Maturity"  # hicolor theme icons are named by the app id (maturity_app.identity)
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, by pixel size (ic10 is the 512@2x slot).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def png_path(size: int) -> Path:
    return ICON_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render_png_bytes(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter, Qt

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG-compressed (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    directory = b""
    offset = 6 + 16 * len(pngs)
    for size, data in pngs.items():
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(pngs.values())


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG entries, the form iconutil itself writes."""
    chunks = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data for size, data in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need it
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"render_icons: {args.svg} is not a valid SVG for Qt", file=sys.stderr)
        return 1

    rendered = {size: render_png_bytes(renderer, size) for size in sorted(set(SIZES) | set(ICNS_TYPES))}
    for size in SIZES:
        _write(png_path(size), rendered[size])
        print(png_path(size).relative_to(ROOT))
    _write(PLATFORM_ICON_DIR / f"{NAME}.ico", ico_bytes({s: rendered[s] for s in ICO_SIZES}))
    _write(PLATFORM_ICON_DIR / f"{NAME}.icns", icns_bytes({s: rendered[s] for s in ICNS_TYPES}))
    print((PLATFORM_ICON_DIR / f"{NAME}.ico").relative_to(ROOT))
    print((PLATFORM_ICON_DIR / f"{NAME}.icns").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
