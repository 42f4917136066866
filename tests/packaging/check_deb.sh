#!/usr/bin/env bash
# Builds the Debian package from a build folder with cpack and checks what a fresh Debian 12 gets from it: the
# programs, the launcher entry (valid), the icon and the project file type, the dependencies on Qt's run-time
# plugins, and that the unpacked programs start; as root, that apt-get installs it and the installed programs run.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "cpack -G DEB failed"
    exit 1
fi
deb=$(ls "$work"/*.deb)
echo "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KB"

dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/contents"
for file in ./usr/bin/cutover ./usr/bin/cutover-cli ./usr/share/applications/cutover.desktop \
    ./usr/share/icons/hicolor/scalable/apps/cutover.svg ./usr/share/mime/packages/cutover.xml; do
    grep -qx -- "$file" "$work/contents" || { echo "the package lacks $file"; cat "$work/contents"; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-mysql libqt6svg6 qt6-qpa-plugins libspdlog mariadb-server-core; do
    [[ $depends == *"$needed"* ]] || { echo "Depends lacks $needed"; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/cutover.desktop"
# Captured first: grep -q closing the pipe early would fail the program with SIGPIPE under pipefail.
help=$("$work/root/usr/bin/cutover-cli" --help 2>&1) || { echo "the unpacked cutover-cli --help failed: $help"; exit 1; }
[[ $help == *"migrate"* ]] || { echo "cutover-cli --help does not list migrate: $help"; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
said=$("$work/root/usr/bin/cutover" --version 2>&1) || { echo "the unpacked cutover --version failed: $said"; exit 1; }
[[ $said == *"$version"* ]] || { echo "cutover --version says \"$said\", not $version"; exit 1; }

# Installed for real, as on a fresh Debian 12: apt resolves the dependencies the package names, and the installed
# programs start from /usr/bin. Only as root (CI's fresh machine), and never over a Cutover the machine already has.
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    if dpkg-query -W -f='${Status}' cutover 2>/dev/null | grep -q " installed$"; then
        echo "cutover is already installed on this machine: the install check is skipped"
    else
        trap 'dpkg --purge cutover >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
        # --no-remove: the install may add what the package needs (scripts/setup.sh has it already), never take
        # anything away. Without package lists (a container never updated), apt cannot resolve: they are fetched.
        if ! compgen -G "/var/lib/apt/lists/*_Packages" >/dev/null; then
            apt-get update >"$work/apt-update.log" 2>&1 || { cat "$work/apt-update.log"; echo "apt-get update failed"; exit 1; }
        fi
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-remove --no-install-recommends "$deb" \
            >"$work/apt.log" 2>&1; then
            cat "$work/apt.log"
            echo "apt-get install of the package failed"
            exit 1
        fi
        said=$(/usr/bin/cutover --version 2>&1) || { echo "the installed cutover --version failed: $said"; exit 1; }
        [[ $said == *"$version"* ]] || { echo "the installed cutover --version says \"$said\", not $version"; exit 1; }
        help=$(/usr/bin/cutover-cli --help 2>&1) || { echo "the installed cutover-cli --help failed: $help"; exit 1; }
        [[ $help == *"migrate"* ]] || { echo "the installed cutover-cli --help does not list migrate: $help"; exit 1; }
        [[ -f /usr/share/applications/cutover.desktop ]] || { echo "the installed package has no launcher entry"; exit 1; }
        dpkg --purge cutover >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; echo "dpkg --purge cutover failed"; exit 1; }
        [[ ! -e /usr/bin/cutover ]] || { echo "/usr/bin/cutover is still there after dpkg --purge"; exit 1; }
        echo "installed with apt-get, ran cutover --version ($said), and purged"
    fi
fi
echo "package ok"
