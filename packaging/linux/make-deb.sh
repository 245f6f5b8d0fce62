#!/bin/sh
# Wrap the frozen one-folder build (`make package` makes dist/evidence-app/) into a Debian package
# with the desktop entry, AppStream metadata and icons (laid out by install.sh):
#
#     packaging/linux/make-deb.sh [BUILD_DIR] [OUT_DIR]     (defaults: dist/evidence-app, dist)
#
# or `make deb`. Prints the path of dist/evidence-app_VERSION-1_ARCH.deb. DEB_COMPRESSION (xz, the
# default, or gzip, zstd, none) and DEB_LEVEL choose dpkg-deb's compression: xz takes about 3
# minutes on two cores (174 MB), so the tests use gzip -1 (20 s, 251 MB). Install with `sudo apt install ./evidence-app_….deb`.
#
# The app lands in /usr/lib/evidence-app/ with /usr/bin/evidence-app linking to it. It bundles
# Python, Qt and QtWebEngine; Depends lists what the build takes from the system (the same
# libraries as the Makefile's DEB_PACKAGES). tests/test_packaging.py builds, lints, installs,
# runs and removes it; lintian's remaining findings are explained in packaging/linux/lintian.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/dist/evidence-app}" && pwd)
out=${2:-$repo/dist}
compression=${DEB_COMPRESSION:-xz}
level=${DEB_LEVEL:-6}
package=evidence-app

version=$("$build/evidence-app" --version | awk '{print $2}')
revision=1  # the Debian revision: a new package of the same build gets the next one
# What the build takes from the system: Qt's platform and GL libraries, NSS for QtWebEngine, sound.
depends="libc6 (>= 2.28), libnss3, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1, libopengl0, \
libfontconfig1, libfreetype6, libdbus-1-3, libxcomposite1, libxdamage1, libxrandr2, libxtst6, \
libxshmfence1, libasound2 | libasound2t64, libgbm1, libxkbfile1, libxcb-cursor0, libxcb-icccm4, \
libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, \
libxcb-image0, libpulse0, sensible-utils"
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT INT TERM
chmod 755 "$stage"

DESTDIR=$stage sh "$here/install.sh" "$build" /usr >/dev/null
# Only the executables are executable; libraries and data are read-only for all.
find "$stage/usr/lib/$package" -type d -exec chmod 755 {} +
find "$stage/usr/lib/$package" -type f -exec chmod 644 {} +
chmod 755 "$stage/usr/lib/$package/evidence-app" \
	"$stage/usr/lib/$package/_internal/PySide6/Qt/libexec/QtWebEngineProcess"

doc=$stage/usr/share/doc/$package
install -d -m 755 "$doc"
install -m 644 "$here/debian-copyright" "$doc/copyright"
changelog=$(mktemp)
cat >"$changelog" <<CHANGES
$package ($version-$revision) unstable; urgency=medium

  * Frozen build of Evidence App $version, packaged by packaging/linux/make-deb.sh.

 -- The Evidence App developers <evidence-app@localhost>  $(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")
CHANGES
gzip -9n <"$changelog" >"$doc/changelog.Debian.gz"
chmod 644 "$doc/changelog.Debian.gz"
rm -f "$changelog"

install -d -m 755 "$stage/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: $package
Version: $version-$revision
Architecture: $arch
Maintainer: The Evidence App developers <evidence-app@localhost>
Installed-Size: $size
Depends: $depends
Recommends: fonts-wqy-microhei
Section: utils
Priority: optional
Description: collect court-ready evidence of online attacks (取证助手)
 Evidence App helps people attacked online, first of all car owners hit by
 organised smear and harassment campaigns, collect evidence that holds up in
 court: whole-page captures with the address bar and clock, the raw page, a
 recording of the path to the post. Every file is kept under its SHA-256,
 every action goes into a hash-chained custody log, and the result is one
 signed PDF bundle for the lawyer. Data stays on the computer.
CONTROL
chmod 644 "$stage/DEBIAN/control"

mkdir -p "$out"
deb=$out/${package}_${version}-${revision}_${arch}.deb
dpkg-deb --root-owner-group -Z"$compression" -z"$level" --build "$stage" "$deb" >/dev/null
echo "$deb"
