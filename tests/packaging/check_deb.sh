#!/usr/bin/env bash
# Builds the Debian package from a build folder with cpack and checks what a fresh Debian 12 gets from it: the
# programs, the launcher entry (valid), the icon and the project file type, the dependencies on Qt's run-time
# plugins, and that the unpacked programs start.
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
help=$("$work/root/usr/bin/cutover-cli" --help 2>&1)
[[ $help == *"migrate"* ]] || { echo "cutover-cli --help does not list migrate: $help"; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
said=$("$work/root/usr/bin/cutover" --version 2>&1)
[[ $said == *"$version"* ]] || { echo "cutover --version says \"$said\", not $version"; exit 1; }
echo "package ok"
