#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Package.swift) with -sanitize=fuzzer,address and runs each for
# SECONDS on one core, seeded from Samples/ and docs/policies/. Prints executions per second and
# the coverage (libFuzzer's "cov", edges reached) per target, and exits 1 when a target finds a
# crash, a leak, a timeout or an out-of-memory input (the input is kept under Fuzz/findings/).
#
#   Fuzz/run-fuzzers.sh SECONDS [TARGET...]     e.g. Fuzz/run-fuzzers.sh 5 (make fuzz-smoke)
#
# FUZZ_MAX_LEN (default 16384) bounds the inputs libFuzzer makes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: Fuzz/run-fuzzers.sh SECONDS [TARGET...]}"
shift
all=(fuzz-csv fuzz-text-decoding fuzz-xlsx fuzz-spreadsheetml fuzz-xmlstream fuzz-jsonstream fuzz-cell-values
    fuzz-journal fuzz-profile fuzz-policy fuzz-oneroster fuzz-platforms fuzz-adapter-output)
targets=("${@:-${all[@]}}")
if [ "$#" -eq 0 ]; then targets=("${all[@]}"); fi

swift=${SWIFT:-swift}
build_flags=(--package-path Fuzz -Xswiftc -sanitize=fuzzer,address)
start=$(date +%s)
"$swift" build "${build_flags[@]}" 2>&1 | grep -v "Cannot export local symbol" || {
    echo "error: the fuzz targets did not build" >&2
    exit 2
}
bin="$("$swift" build "${build_flags[@]}" --show-bin-path)"
echo "fuzz targets built in $(($(date +%s) - start)) s"

seeds=Fuzz/.build/seeds
corpus=Fuzz/corpus
findings=Fuzz/findings
mkdir -p "$findings"

# seed TARGET FILE... copies the files (up to 256 KiB each) into the target's seed folder.
seed() {
    local target=$1
    shift
    mkdir -p "$seeds/$target"
    local file
    for file in "$@"; do
        [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 262144 ] || continue
        cp "$file" "$seeds/$target/$(sha1sum "$file" | cut -c1-16)"
    done
}

# seed_prefixed FILE... writes each file with the byte fuzz-platforms reads as its extension
# (index into csv json xlsx xml tsv txt zip).
seed_prefixed() {
    mkdir -p "$seeds/fuzz-platforms"
    local file index
    for file in "$@"; do
        [ "$(stat -c %s "$file")" -le 262144 ] || continue
        case "${file##*.}" in
            csv) index=0 ;; json) index=1 ;; xlsx) index=2 ;; xml) index=3 ;; tsv) index=4 ;; txt) index=5 ;;
            zip) index=6 ;; *) continue ;;
        esac
        { printf "\\x$(printf %02x "$index")"; cat "$file"; } >"$seeds/fuzz-platforms/$(sha1sum "$file" | cut -c1-16)"
    done
}

rm -rf "$seeds"
mapfile -d '' tables < <(find Samples -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.txt' \) -print0)
mapfile -d '' jsons < <(find Samples -type f -name '*.json' -print0)
mapfile -d '' workbooks < <(find Samples -type f -name '*.xlsx' -print0)
mapfile -d '' zips < <(find Samples -type f -name '*.zip' -print0)
mapfile -d '' profiles < <(find Samples Adapters -type f -name '*.yaml' -print0)
mapfile -d '' journals < <(find Samples/Journal Samples/OnlineMektep Samples/BilimLand Samples/Opiq -type f -name '*.csv' -print0)
seed fuzz-csv "${tables[@]}"
seed fuzz-text-decoding "${tables[@]}"
seed fuzz-xlsx "${workbooks[@]}" "${zips[@]}"
seed fuzz-jsonstream "${jsons[@]}"
seed fuzz-journal "${journals[@]}"
seed fuzz-profile "${profiles[@]}"
seed fuzz-policy docs/policies/*.yaml docs/policies/*.json
seed fuzz-oneroster "${zips[@]}"
seed_prefixed "${tables[@]}" "${jsons[@]}" "${workbooks[@]}" "${zips[@]}"
# Adapter output: what the Moodle plugin and the test suite's plain-journal adapter write for their samples.
mkdir -p "$seeds/fuzz-adapter-output"
for moodle in Samples/Moodle/*.csv Samples/Moodle/*.xml; do
    PYTHONPATH=Plugins/python python3 Plugins/moodle/gradeport-adapter-moodle.py read "$moodle" \
        --export "$([ "${moodle##*.}" = xml ] && echo grades-xml || echo grades-text)" \
        >"$seeds/fuzz-adapter-output/$(basename "$moodle").out" 2>/dev/null || true
done
python3 Tests/ExternalAdaptersTests/Fixtures/gradeport-adapter-plainjournal.py read \
    Tests/ExternalAdaptersTests/Fixtures/sample.csv --export journal >"$seeds/fuzz-adapter-output/plainjournal.out" \
    2>/dev/null || true
# XML: the sheets and shared strings inside the sample workbooks, and a SpreadsheetML sheet.
mkdir -p "$seeds/fuzz-xmlstream" "$seeds/fuzz-spreadsheetml" "$seeds/fuzz-cell-values"
for workbook in "${workbooks[@]}"; do
    python3 - "$workbook" "$seeds/fuzz-xmlstream" <<'PY'
import hashlib, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    for name in archive.namelist():
        if name.endswith(".xml"):
            data = archive.read(name)[:262144]
            open(f"{sys.argv[2]}/{hashlib.sha1(data).hexdigest()[:16]}", "wb").write(data)
PY
done
cat >"$seeds/fuzz-spreadsheetml/journal" <<'XML'
<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="7А"><Table>
  <Row><Cell><Data ss:Type="String">ФИО</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">СОР 1 (10)</Data></Cell></Row>
  <Row><Cell ss:MergeAcross="1"><Data ss:Type="String">Ахметов Арман</Data></Cell><Cell><Data ss:Type="Number">8.5</Data></Cell></Row>
  <Row><Cell><Data ss:Type="DateTime">2025-10-31T00:00:00.000</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
 </Table></Worksheet>
</Workbook>
XML
cp "$seeds/fuzz-spreadsheetml/journal" "$seeds/fuzz-xmlstream/spreadsheetml"
# Cell values and headings: every cell of the first lines of the CSV samples, one seed each.
python3 - "$seeds/fuzz-cell-values" "${tables[@]}" <<'PY'
import hashlib, re, sys
out, seen = sys.argv[1], set()
for path in sys.argv[2:]:
    try:
        lines = open(path, encoding="utf-8-sig").read().splitlines()[:4]
    except (UnicodeDecodeError, OSError):
        continue
    for line in lines:
        for cell in re.split(r"[,;\t]", line):
            cell = cell.strip().strip('"')
            if cell and cell not in seen and len(seen) < 400:
                seen.add(cell)
                open(f"{out}/{hashlib.sha1(cell.encode()).hexdigest()[:16]}", "w").write(cell)
PY

status=0
printf '%-20s %10s %8s %8s %8s %s\n' target seconds exec/s cov ft result
for target in "${targets[@]}"; do
    mkdir -p "$corpus/$target"
    log="Fuzz/.build/$target.log"
    set +e
    "$bin/$target" "$corpus/$target" "$seeds/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="${FUZZ_MAX_LEN:-16384}" -print_final_stats=1 -artifact_prefix="$findings/$target-" >"$log" 2>&1
    code=$?
    set -e
    execs=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
    result=ok
    if [ "$code" -ne 0 ]; then
        result="FOUND (exit $code, see $log and $findings/)"
        status=1
        grep -m3 "ERROR:\|Fatal error\|==ERROR\|SUMMARY" "$log" >&2 || true
    fi
    printf '%-20s %10s %8s %8s %8s %s\n' "$target" "$seconds" "$execs" "$cov" "$ft" "$result"
done
exit "$status"
