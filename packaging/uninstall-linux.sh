#!/usr/bin/env bash
# Remove what install-linux.sh installed. Your assessments are NOT removed: they live in the data folder
# (~/.local/share/maturity-app); delete it yourself if you really want them gone.
# PREFIX=/some/where overrides ~/.local, as for the installer.
set -euo pipefail

prefix=${PREFIX:-$HOME/.local}
app_dir="$prefix/lib/maturity-app"
share="$prefix/share"
desktop_file=org.maturityapp.Maturity.desktop
appstream_id=org.maturityapp.Maturity

# Files 0.1 installed under its placeholder id (maturity-app.desktop, io.github.maturity_app.Maturity...).
remove_legacy_files() {
    rm -f "$share/applications/maturity-app.desktop" "$share/metainfo/io.github.maturity_app.Maturity.metainfo.xml" \
          "$share/mime/packages/maturity-app.xml" "$share"/icons/hicolor/*/apps/maturity-app.png \
          "$share/icons/hicolor/scalable/apps/maturity-app.svg"
}

# Only remove the command if it is our link, never a `maturity-app` someone installed another way.
link="$prefix/bin/maturity-app"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$app_dir/maturity-app" ]; then
    rm -f "$link"
fi
rm -rf "$app_dir"
rm -f "$share/applications/$desktop_file" "$share/metainfo/$appstream_id.metainfo.xml" \
      "$share/mime/packages/$appstream_id.xml"
for icon in "$share"/icons/hicolor/*/apps/"$appstream_id".png "$share/icons/hicolor/scalable/apps/$appstream_id.svg"; do
    rm -f "$icon"
done
remove_legacy_files

command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime" ] && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share/applications" ] \
    && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$share/icons/hicolor" ] \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "==> Maturity removed from $prefix"
echo "    Your assessments were kept in ${XDG_DATA_HOME:-$HOME/.local/share}/maturity-app"
