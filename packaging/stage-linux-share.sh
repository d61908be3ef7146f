#!/usr/bin/env bash
# Put the Linux desktop-integration files (desktop entry, metainfo, MIME type, icons) and the install scripts
# into a bundle folder, so that folder alone can be copied to another machine and installed there.
# Usage: packaging/stage-linux-share.sh BUNDLE_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bundle=${1:?usage: stage-linux-share.sh BUNDLE_DIR}

share="$bundle/share"
rm -rf "$share"
mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons"
cp "$root"/packaging/linux/*.desktop "$share/applications/"
cp "$root"/packaging/linux/*.metainfo.xml "$share/metainfo/"
cp "$root/packaging/linux/org.maturityapp.Maturity.xml" "$share/mime/packages/"
cp -r "$root/resources/icons/app/hicolor" "$share/icons/"
cp "$root/packaging/install-linux.sh" "$root/packaging/uninstall-linux.sh" "$bundle/"
