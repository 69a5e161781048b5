#!/usr/bin/env bash
# Builds Scimflow and runs its CTest suite in a Debian 13 (trixie) root, i.e. on Qt 6.8: `./test.sh --debian13`.
#   - The root is made once with debootstrap in $DEBIAN13_DIR/root (default build-debian13/root), from the
#     Debian mirror this machine's apt sources name (read now, never stored in the repository).
#   - The build packages of packaging/setup.sh are installed there (again only when the list changes).
#   - The source tree is bind-mounted read-only at /src; the build goes to $DEBIAN13_DIR/build.
# Needs root (debootstrap, mount, chroot). Environment: DEBIAN13_DIR, DEBIAN13_SUITE (default trixie).
# `packaging/debian13.sh --root-only` stops once the root and its packages are ready.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="$src/${DEBIAN13_DIR:-build-debian13}"
root="$work/root"
suite="${DEBIAN13_SUITE:-trixie}"
# shellcheck source=packaging/setup.sh
source "$src/packaging/setup.sh"

[ "$(id -u)" -eq 0 ] || { echo "error: the Debian 13 check needs root (debootstrap, mount, chroot)" >&2; exit 1; }

# The first Debian archive (not the security one) in the apt sources, in either format.
debian_mirror() {
    {
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) {
                     if ($(i + 1) !~ /security/) print $i; break } }'
        cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
            awk 'BEGIN { RS = ""; FS = "\n" }
                 { types = ""; uris = ""; suites = ""
                   for (i = 1; i <= NF; i++) {
                       if ($i ~ /^Types:/) types = $i
                       if ($i ~ /^URIs:/) uris = $i
                       if ($i ~ /^Suites:/) suites = $i
                   }
                   if (types ~ /[ \t]deb([ \t]|$)/ && suites !~ /security/ && uris != "") {
                       split(uris, u, /[ \t]+/); print u[2] } }'
    } | grep -E '^https?://[^ ]*/debian/?$' | head -n 1
}

# Debian 13 names of the packages setup.sh installs on Debian 12. The fuzz packages are not needed here.
trixie_packages() {
    local pkg
    for pkg in "${SCIMFLOW_DEBIAN_PACKAGES[@]}"; do
        case "$pkg" in
        clang-format) ;; # the format check runs on the host, whose clang-format the style is pinned to
        qt6-svg-dev) printf '%s\n' qt6-svg-dev qt6-svg-plugins ;; # the SVG plugins left libqt6svg6
        *) echo "$pkg" ;;
        esac
    done
}

mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -R "${mounts[i]}" 2>/dev/null || umount -lR "${mounts[i]}" 2>/dev/null || true
    done
    mounts=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount_into() { # mount_into TARGET MOUNT-ARGS...
    local target=$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
}

if [ ! -e "$root/.scimflow-root" ]; then
    mirror="$(debian_mirror)"
    [ -n "$mirror" ] || { echo "error: no Debian mirror found in /etc/apt/sources.list{,.d}" >&2; exit 1; }
    command -v debootstrap >/dev/null || scimflow_install_packages debootstrap
    echo "Creating the Debian 13 ($suite) root in $root from $mirror"
    partial="$root.partial"
    # A failed earlier attempt may have left mounts behind; never delete through them.
    findmnt -rn -o TARGET | grep -F "$partial/" | sort -r | xargs -r -n1 umount -l || true
    rm -rf --one-file-system "$partial"
    mkdir -p "$work"
    debootstrap --variant=minbase --components=main "$suite" "$partial" "$mirror"
    rm -rf --one-file-system "$root"
    mv "$partial" "$root"
    touch "$root/.scimflow-root"
fi

mapfile -t packages < <(trixie_packages)
stamp="$root/.scimflow-packages-$(printf '%s\n' "${packages[@]}" | md5sum | cut -c1-12)"
mount_into "$root/proc" -t proc proc
mount_into "$root/dev" --rbind /dev
mount --make-rslave "$root/dev"
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
if [ ! -e "$stamp" ]; then
    echo "Installing the build packages in the Debian 13 root"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends "${packages[@]}"
    in_root apt-get clean
    rm -f "$root"/.scimflow-packages-*
    touch "$stamp"
fi

[ "${1:-}" = "--root-only" ] && exit 0

# The sources read-only (nothing in the root can change them, nor be deleted through the mount), the build
# tree writable.
mkdir -p "$work/build"
mount_into "$root/src" --bind "$src"
mount -o remount,bind,ro "$root/src"
build="/src/${DEBIAN13_DIR:-build-debian13}/build"
mount_into "$root$build" --bind "$work/build"
jobs="$(nproc)"
in_root QT_QPA_PLATFORM=offscreen bash -euo pipefail -c '
    build='"$build"'
    qt="$(/usr/lib/qt6/bin/qtpaths6 --qt-version 2>/dev/null || dpkg-query -W -f="\${Version}" qt6-base-dev)"
    echo "Debian $(cat /etc/debian_version), Qt $qt"
    cmake -S /src -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCIMFLOW_WERROR=ON >/dev/null
    cmake --build "$build" --parallel '"$jobs"'
    ctest --test-dir "$build" --output-on-failure --timeout 300 -j '"$jobs"'
    echo "Debian 13 check passed on Qt $qt"
'
