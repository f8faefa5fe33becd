#!/usr/bin/env bash
# Peak memory (maximum resident set size, from GNU time) of the command line's score import at the scale of a
# million rows: UNITS units x LEAVES leaves (1000 x 1000 unless given) in one period, imported once (new cells)
# and once more with other values (an update of every cell), then an .xlsx workbook of the same rows.
# Usage: scripts/bench-import-memory.sh PARINDEX_CLI [UNITS] [LEAVES]     (prints one Markdown table row each)
set -euo pipefail
cli="$1"
units="${2:-1000}"
leaves="${3:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
areas=10
per=$((leaves / areas))

awk -v n="$units" 'BEGIN { print "code,name,group"; for (i = 0; i < n; i++) printf "U%05d,Đơn vị số %d,BIG\n", i, i }' \
    > "$work/units.csv"
awk -v a="$areas" -v p="$per" 'BEGIN {
    print "code,title,max_points,kind,rule"
    for (g = 1; g <= a; g++) {
        printf "%d,Lĩnh vực %d,%g,group,\n", g, g, 100 / a
        for (l = 1; l <= p; l++) printf "%d.%d,Tiêu chí %d.%d,%g,score,\n", g, l, g, l, 100 / a / p
    } }' > "$work/criteria.csv"
scores() {
    awk -v n="$units" -v a="$areas" -v p="$per" -v seed="$1" 'BEGIN {
        srand(seed); max = 100 / a / p
        print "unit_code,criterion_code,self,appraised,note"
        for (i = 0; i < n; i++) for (g = 1; g <= a; g++) for (l = 1; l <= p; l++)
            printf "U%05d,%d.%d,%g,%g,\n", i, g, l, max, int(rand() * 11) * max / 10 }'
}
scores 1 > "$work/first.csv"
scores 2 > "$work/second.csv"

db="$work/big.parindex"
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" units import "$work/units.csv" >/dev/null
"$cli" --db "$db" period add --year 2024 --group BIG >/dev/null
"$cli" --db "$db" criteria import --year 2024 --group BIG "$work/criteria.csv" >/dev/null

measure() { # label, file
    /usr/bin/time -f '%M %e' -o "$work/time" "$cli" --db "$db" scores import --year 2024 --group BIG "$2" >/dev/null
    read -r kb seconds < "$work/time"
    echo "| $1: $((units * leaves)) rows ($(du -m "$2" | cut -f1) MB) | $((kb / 1024)) MB | ${seconds} s | < 300 MB |"
}
echo "| score import | peak RSS | wall clock | target |"
echo "|---|---|---|---|"
measure "CSV, new cells" "$work/first.csv"
measure "CSV, every cell updated" "$work/second.csv"
"$cli" --db "$db" scores export --year 2024 --group BIG "$work/scores.xlsx" >/dev/null
measure "XLSX, every cell again" "$work/scores.xlsx"
