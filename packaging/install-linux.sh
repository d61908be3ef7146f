#!/usr/bin/env bash
# Install the Maturity bundle for the current user (no root needed): the app folder, a `maturity-app` command,
# the desktop entry, icons, AppStream metainfo and the *.maturity file type, all under ~/.local.
# Usage: install-linux.sh [BUNDLE_DIR]   (default: the folder this script is in, or ../dist/maturity-app)
# PREFIX=/some/where overrides ~/.local (used by the tests).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ge 1 ]; then
    bundle=$(cd "$1" && pwd)
elif [ -x "$here/maturity-app" ]; then
    bundle=$here
else
    bundle=$(cd "$here/.." && pwd)/dist/maturity-app
fi
if [ ! -x "$bundle/maturity-app" ] || [ ! -d "$bundle/share" ]; then
    echo "install-linux.sh: no built bundle at $bundle (build it with packaging/build)" >&2
    exit 1
fi

prefix=${PREFIX:-$HOME/.local}
app_dir="$prefix/lib/maturity-app"
bin_dir="$prefix/bin"
share="$prefix/share"
desktop_file=org.maturityapp.Maturity.desktop  # matches QGuiApplication.setDesktopFileName, so Wayland shows our icon
appstream_id=org.maturityapp.Maturity

# Files 0.1 installed under its placeholder id (maturity-app.desktop, io.github.maturity_app.Maturity...).
remove_legacy_files() {
    rm -f "$share/applications/maturity-app.desktop" "$share/metainfo/io.github.maturity_app.Maturity.metainfo.xml" \
          "$share/mime/packages/maturity-app.xml" "$share"/icons/hicolor/*/apps/maturity-app.png \
          "$share/icons/hicolor/scalable/apps/maturity-app.svg"
}

echo "==> installing into $app_dir"
mkdir -p "$prefix/lib" "$bin_dir" "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons"
# Copy beside the old version, then swap, so an interrupted install never leaves a half-copied app.
staging=$(mktemp -d "$prefix/lib/.maturity-app.XXXXXX")
cp -a "$bundle/." "$staging/"
rm -rf "$app_dir.old"
[ -e "$app_dir" ] && mv "$app_dir" "$app_dir.old"
mv "$staging" "$app_dir"
rm -rf "$app_dir.old"

ln -sfn "$app_dir/maturity-app" "$bin_dir/maturity-app"

# Desktop sessions often do not have ~/.local/bin on PATH, so the entry points at the executable itself.
sed -e "s|^Exec=maturity-app|Exec=\"$app_dir/maturity-app\"|" \
    -e "s|^TryExec=maturity-app|TryExec=$app_dir/maturity-app|" \
    "$bundle/share/applications/$desktop_file" > "$share/applications/$desktop_file"
cp "$bundle/share/metainfo/$appstream_id.metainfo.xml" "$share/metainfo/"
cp "$bundle/share/mime/packages/$appstream_id.xml" "$share/mime/packages/"
cp -r "$bundle/share/icons/hicolor" "$share/icons/"
remove_legacy_files  # an upgrade from 0.1 would otherwise list Maturity twice in the menu

command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "==> done. Start Maturity from the applications menu, or run: $bin_dir/maturity-app"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "    ($bin_dir is not on your PATH; the menu entry works regardless)" ;;
esac
