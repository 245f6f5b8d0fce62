#!/bin/sh
# Install the frozen build (`make package` makes dist/evidence-app/) with its desktop entry,
# AppStream metadata and icons:
#
#     packaging/linux/install.sh [BUILD_DIR] [PREFIX]     (defaults: dist/evidence-app, ~/.local)
#
# Files go to PREFIX/lib/evidence-app/ (the build), PREFIX/bin/evidence-app (a link to it),
# PREFIX/share/{applications,metainfo,icons/hicolor}. DESTDIR, if set, is put before PREFIX
# (staging for a distribution package). Installing again replaces the previous build.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../dist/evidence-app}
prefix=${2:-$HOME/.local}
root=${DESTDIR:-}$prefix
app_id=org.evidenceapp.EvidenceApp

if [ ! -x "$build/evidence-app" ]; then
	echo "install.sh: no frozen build in $build (run make package first)" >&2
	exit 2
fi
install -d "$root/lib" "$root/bin" "$root/share/applications" "$root/share/metainfo"
rm -rf "$root/lib/evidence-app"
cp -a "$build" "$root/lib/evidence-app"
ln -sfn ../lib/evidence-app/evidence-app "$root/bin/evidence-app"
install -m 644 "$here/$app_id.desktop" "$root/share/applications/$app_id.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$root/share/metainfo/$app_id.metainfo.xml"
for png in "$here"/../icons/evidence-app-*.png; do
	size=${png##*-}
	size=${size%.png}
	install -d "$root/share/icons/hicolor/${size}x$size/apps"
	install -m 644 "$png" "$root/share/icons/hicolor/${size}x$size/apps/$app_id.png"
done
echo "installed under $root"
