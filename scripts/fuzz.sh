#!/usr/bin/env bash
# Fuzzes agenda-core for a bounded time per target (default 60 s; the
# received sync documents a million inputs) and
# writes a summary to target/fuzz-report.md. Seeds come from the golden
# fixtures. A crash leaves its input in fuzz/artifacts/<target>/; turn it
# into a regression test in crates/agenda-core/tests/ (see
# docs/data-safety.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
fixtures=crates/agenda-core/tests/fixtures
corpus=fuzz/corpus
mkdir -p "$corpus/load" "$corpus/merge" "$corpus/csv_import" "$corpus/sync_documents" target
cp "$fixtures"/schema-v*.json "$corpus/load/"
for a in "$fixtures"/schema-v*.json; do
  for b in "$fixtures"/schema-v*.json; do
    { cat "$a"; printf '\f'; cat "$b"; } > "$corpus/merge/$(basename "$a" .json)+$(basename "$b" .json)"
  done
done
printf 'Titel;Federführung;Leitplanken;Beginn;Ende;Kosten (Euro)\r\nE-Akte;Bauamt;Prozesse vor Technik;01.01.2026;31.12.2026;85.000\r\n' \
  > "$corpus/csv_import/seed.csv"
# Received documents: id, U+001E, leaves (winner first) separated by U+001E;
# documents separated by a form feed. A Leitbild with its history, two
# conflicting leaves of a Leitplanke, a deleted one.
g=guidelines/6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b
doc() { printf '{"_id":"%s","_rev":"%s","digitale_agenda":1,"schema_version":8,"author":"navi","registers":%s,"history":%s}' "$@"; }
{ printf 'vision\036'; doc vision 2-a '{"vision":{"v":"Gemeinsam digital","s":[9,7],"b":[0,0]}}' '[[9,7,"navi",1764928800,true]]'; } \
  > "$corpus/sync_documents/vision"
{ printf '%s\036' "$g"; doc "$g" 3-a "{\"$g\":{\"v\":true,\"s\":[4,7],\"b\":[0,0]},\"$g/title\":{\"v\":\"Prozesse vor Technik\",\"s\":[5,7],\"b\":[4,7]},\"$g/status\":{\"v\":\"draft\",\"s\":[4,7],\"b\":[0,0]},\"$g/description\":{\"v\":\"\",\"s\":[4,7],\"b\":[0,0]},\"$g/rationale\":{\"v\":\"\",\"s\":[4,7],\"b\":[0,0]},\"$g/field\":{\"v\":null,\"s\":[4,7],\"b\":[0,0]}}" '[[5,7,"Anna",1764928800,false]]'
  printf '\036'; doc "$g" 3-b "{\"$g/title\":{\"v\":\"Technik nach Prozessen\",\"s\":[6,8],\"b\":[4,7]}}" '[[6,8,"bernd",1764929000,true]]'
  printf '\014%s\036{"_id":"%s","_rev":"4-c","_deleted":true}' "$g" "$g"; } > "$corpus/sync_documents/guideline"

report=target/fuzz-report.md
{
  echo "# Fuzzing $(date -u +%Y-%m-%dT%H:%MZ), ${seconds} s per target"
  echo
  echo "| target | runs | result |"
  echo "|---|---|---|"
} > "$report"
status=0
# The sync documents run a fixed number of inputs (issue 27: at least a
# million), the others a time each.
sync_runs="${FUZZ_SYNC_RUNS:-1000000}"
for target in load merge csv_import sync_documents; do
  log="target/fuzz-$target.log"
  limit="-max_total_time=$seconds"
  sanitizer=address
  # A million inputs under AddressSanitizer take over an hour on 2 cores;
  # agenda-core is safe Rust (no unsafe), which ASan has nothing to add to.
  if [ "$target" = sync_documents ]; then limit="-runs=$sync_runs"; sanitizer=none; fi
  if cargo +nightly fuzz run --sanitizer "$sanitizer" --fuzz-dir fuzz "$target" "$corpus/$target" -- \
       "$limit" -rss_limit_mb=2048 > "$log" 2>&1; then
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
