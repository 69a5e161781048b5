#!/bin/sh
# Builds the .deb with CPack, unpacks it into a scratch root (dpkg -x, no root needed) and runs the
# installed binary from there: --version, then an offscreen screenshot of the demo.
# Usage: deb_smoke.sh BUILD_DIR WORK_DIR      Exit 77 (skipped) without cpack or dpkg-deb.
set -eu
build_dir=$1
work_dir=$2

command -v dpkg-deb >/dev/null 2>&1 || { echo "dpkg-deb not found: skipped"; exit 77; }
command -v cpack >/dev/null 2>&1 || { echo "cpack not found: skipped"; exit 77; }

rm -rf "$work_dir"
mkdir -p "$work_dir/pkg" "$work_dir/home"
# Only the DEB generator, and its own package directory: the build tree and other runs stay untouched.
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work_dir/pkg" >"$work_dir/cpack.log" 2>&1 ||
    { cat "$work_dir/cpack.log"; exit 1; }
deb=$(ls "$work_dir"/pkg/*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0; do
    case "$depends" in *"$dep"*) ;; *) echo "error: Depends lacks $dep"; exit 1 ;; esac
done
# Each Depends must name packages this release has (Debian 13 renamed libraries with a t64 suffix and
# moved the SVG plugins): the system that built and runs the package must satisfy all of them, versions too.
if command -v dpkg-checkbuilddeps >/dev/null 2>&1; then
    dpkg-checkbuilddeps -d "$depends" /dev/null || { echo "error: Depends do not resolve here"; exit 1; }
fi

root="$work_dir/root"
dpkg -x "$deb" "$root"
for f in usr/bin/scimflow usr/share/applications/scimflow.desktop \
         usr/share/icons/hicolor/scalable/apps/scimflow.svg \
         usr/share/metainfo/io.github.scimflow.Scimflow.metainfo.xml \
         usr/share/doc/scimflow/README.md usr/share/doc/scimflow/copyright; do
    [ -e "$root/$f" ] || { echo "error: the package does not install /$f"; exit 1; }
done

"$root/usr/bin/scimflow" --version

png="$work_dir/shot.png"
# Its own data and settings folders: the demo database and the layout stay out of the user's.
XDG_DATA_HOME="$work_dir/home/data" XDG_CONFIG_HOME="$work_dir/home/config" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/scimflow" --demo --screenshot "$png"
[ -s "$png" ] || { echo "error: no screenshot written"; exit 1; }
# A PNG signature, not an empty or broken file.
[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] ||
    { echo "error: $png is not a PNG"; exit 1; }
echo "screenshot: $(wc -c <"$png") bytes"
