#!/usr/bin/env bash
# Every user-facing string has its German and French translation: lupdate is run over the sources into copies of
# the .ts files (the checked-in ones are left alone), and no message may be left unfinished. A new or changed tr()
# string fails this until `cmake --build . --target update_translations` is run and the new entries are translated.
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=0
for ts in "$source_dir"/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$source_dir" && "$lupdate" -silent -locations none core wizard app -ts "$copy") >"$work/lupdate.log" 2>&1 || {
        cat "$work/lupdate.log"
        echo "lupdate failed on $ts"
        exit 1
    }
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [[ $unfinished -gt 0 ]]; then
        failed=1
        echo "$(basename "$ts"): $unfinished message(s) without a translation, for example:"
        grep -B3 'type="unfinished"' "$copy" | grep -o '<source>.*</source>' | sed 's/<[^>]*>//g' | head -10 |
            sed 's/^/    /'
    fi
done
if [[ $failed -ne 0 ]]; then
    echo "Run \`cmake --build <build> --target update_translations\`, then translate the entries marked unfinished."
    exit 1
fi
echo "every message is translated in $(ls "$source_dir"/translations/*.ts | wc -l) languages"
