#!/usr/bin/env bash
# Fuzzes agenda-core for a bounded time per target (default 60 s) and
# writes a summary to target/fuzz-report.md. Seeds come from the golden
# fixtures. A crash leaves its input in fuzz/artifacts/<target>/; turn it
# into a regression test in crates/agenda-core/tests/ (see
# docs/data-safety.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
fixtures=crates/agenda-core/tests/fixtures
corpus=fuzz/corpus
mkdir -p "$corpus/load" "$corpus/merge" "$corpus/csv_import" target
cp "$fixtures"/schema-v*.json "$corpus/load/"
for a in "$fixtures"/schema-v*.json; do
  for b in "$fixtures"/schema-v*.json; do
    { cat "$a"; printf '\f'; cat "$b"; } > "$corpus/merge/$(basename "$a" .json)+$(basename "$b" .json)"
  done
done
printf 'Titel;Federführung;Leitplanken;Beginn;Ende;Kosten (Euro)\r\nE-Akte;Bauamt;Prozesse vor Technik;01.01.2026;31.12.2026;85.000\r\n' \
  > "$corpus/csv_import/seed.csv"

report=target/fuzz-report.md
{
  echo "# Fuzzing $(date -u +%Y-%m-%dT%H:%MZ), ${seconds} s per target"
  echo
  echo "| target | runs | result |"
  echo "|---|---|---|"
} > "$report"
status=0
for target in load merge csv_import; do
  log="target/fuzz-$target.log"
  if cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$corpus/$target" -- \
       -max_total_time="$seconds" -rss_limit_mb=2048 > "$log" 2>&1; then
    result="no crash"
  else
    result="CRASH, see fuzz/artifacts/$target/ and $log"
    status=1
  fi
  runs=$(grep -oE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  echo "| $target | $runs | $result |" >> "$report"
done
cat "$report"
exit $status
