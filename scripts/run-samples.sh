#!/usr/bin/env bash
# The main job on the embedded samples: detect every sample export, then convert each into
# gradeport/1 JSON and results CSV under out/, printing what was read and every diagnostic.
set -uo pipefail
gradeport="$1"
cd "$(dirname "$0")/.."
mkdir -p out

# The plugins shipped under Plugins/ (Moodle, an external adapter in Python) read their samples too.
adapters=(--adapter Plugins/moodle)

status=0
for folder in Samples/*/; do
    platform=$(basename "$folder")
    inputs=()
    for path in "$folder"* ; do
        name=$(basename "$path")
        case "$name" in README.md|*.py|*.yaml|bad) continue ;; esac
        # A sample that a school profile in the same folder names ("Use it with: … convert "FILE" …")
        # is converted with that profile below, not detected.
        if grep -qs "convert \"$name\"" "$folder"*-profile.yaml; then continue; fi
        inputs+=("$path")
    done
    [ ${#inputs[@]} -eq 0 ] && continue
    echo "== $platform =="
    "$gradeport" detect "${inputs[@]}" "${adapters[@]}"
    for path in "${inputs[@]}"; do
        # A file loses its extension; a folder (an API dump, a OneRoster bundle such as v1.2/) keeps its name.
        base=$(basename "$path"); [ -f "$path" ] && base="${base%.*}"
        mkdir -p "out/$platform"
        echo "-- gradeport convert $path"
        "$gradeport" convert "$path" "${adapters[@]}" --to json -o "out/$platform/$base.json"
        rc=$?
        "$gradeport" convert "$path" "${adapters[@]}" --to csv -o "out/$platform/$base.csv" 2>/dev/null
        [ $rc -gt 1 ] && status=$rc
    done
    # School profiles: a copy of a profile edited for one school's export, read without a rebuild.
    for profile in "$folder"*-profile.yaml; do
        [ -f "$profile" ] || continue
        sample=$(sed -n 's/.*convert "\([^"]*\)" --profile.*/\1/p' "$profile" | head -1)
        [ -n "$sample" ] || continue
        base="${sample%.*}"
        echo "-- gradeport convert $folder$sample --profile $profile"
        "$gradeport" convert "$folder$sample" --profile "$profile" --to json -o "out/$platform/$base.json"
        rc=$?
        "$gradeport" convert "$folder$sample" --profile "$profile" --to csv -o "out/$platform/$base.csv" 2>/dev/null
        [ $rc -gt 1 ] && status=$rc
    done
done
# The merge sample: one class from three platforms, converted together (input order matters for
# --prefer last; see Samples/Merge/README.md).
echo "== Merge (three inputs together) =="
merge_inputs=(Samples/Merge/kundelik-7A-dump.json "Samples/Merge/7А Математика 2-тоқсан.csv" Samples/Merge/bilimclass-7A-nurlanov.json)
echo "-- gradeport convert ${merge_inputs[*]}"
"$gradeport" convert "${merge_inputs[@]}" --to json -o out/Merge/merged-7A.json
rc=$?
"$gradeport" convert "${merge_inputs[@]}" --to csv -o out/Merge/merged-7A.csv 2>/dev/null
[ $rc -gt 1 ] && status=$rc
# The head teacher's view of the merged class: quarter marks and class summary, as a table and a page.
echo "-- gradeport report ${merge_inputs[*]}"
"$gradeport" report "${merge_inputs[@]}" 2>/dev/null
rc=$?
"$gradeport" report "${merge_inputs[@]}" --format html -o out/Merge/report-7A.html 2>/dev/null
[ $rc -gt 1 ] && status=$rc
echo
echo "Wrote out/<platform>/<sample>.json (gradeport/1) and .csv (one row per result), out/Merge/merged-7A.json"
echo "and the merged class's report out/Merge/report-7A.html."
exit $status
