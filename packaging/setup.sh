# Shared set-up for ./run.sh and ./test.sh: install missing Debian packages, configure, build.
# Sourced, not executed. Uses BUILD_DIR, BUILD_TYPE and EXTRA_CMAKE_ARGS from the caller.

SCIMFLOW_DEBIAN_PACKAGES=(
    cmake ninja-build g++ clang-format pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libvulkan-dev
    qt6-charts-dev libqt6opengl6-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0
    desktop-file-utils appstream dpkg-dev file
    xvfb xauth poppler-utils
    libsqlite3-dev libssl-dev libyaml-cpp-dev libpq-dev
)
# Debian 13 ships Qt's SVG image and icon plugins apart from libqt6svg6; Debian 12 has no such package.
if apt-cache show qt6-svg-plugins >/dev/null 2>&1; then
    SCIMFLOW_DEBIAN_PACKAGES+=(qt6-svg-plugins)
fi
# Only the fuzz harnesses (tests/fuzz) need these: clang with libFuzzer and the sanitizer runtimes
# (the distribution's default LLVM: 14 on Debian 12, 19 on Debian 13).
SCIMFLOW_FUZZ_PACKAGES=(clang libclang-rt-dev)

# Installs the packages given, or SCIMFLOW_DEBIAN_PACKAGES without arguments.
scimflow_install_packages() {
    local missing=()
    local pkg
    local wanted=("$@")
    [ ${#wanted[@]} -eq 0 ] && wanted=("${SCIMFLOW_DEBIAN_PACKAGES[@]}")
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" || return 1
}

scimflow_build() {
    local src
    src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    cmake -S "$src" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${EXTRA_CMAKE_ARGS:-} >/dev/null || return 1
    cmake --build "$BUILD_DIR" --parallel "$(nproc)" "$@" || return 1
}
