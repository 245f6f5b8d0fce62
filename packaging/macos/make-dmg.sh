#!/bin/sh
# Disk image of 取证助手 · Evidence App for macOS.
#
# UNTESTED: written on Linux, never run here. Check it on a Mac first; the app is not signed or
# notarised, so Gatekeeper will ask the user to open it from the context menu.
#
# On a Mac: `pyinstaller --noconfirm packaging/evidence-app.spec` makes "dist/Evidence App.app";
# then
#
#     packaging/macos/make-dmg.sh            → dist/evidence-app-VERSION.dmg
#
# The image holds the app and a link to /Applications to drag it onto (hdiutil, part of macOS).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
app="$repo/dist/Evidence App.app"
version=$("$app/Contents/MacOS/evidence-app" --version | awk '{print $2}')
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT INT TERM
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="$repo/dist/evidence-app-$version.dmg"
rm -f "$out"
hdiutil create -volname "Evidence App $version" -srcfolder "$stage" -format UDZO -ov "$out"
echo "$out"
