#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [JOBS]: what `make fuzz` runs (tests/fuzz/fuzz.mk).
#
# 1. Seeds: every tests/**/*.py and samples/**/*.py, copied flat into
#    build/fuzz/seeds.
# 2. libFuzzer: build/fuzz/fuzz_yieldc for SECONDS with python.dict, new
#    inputs into build/fuzz/corpus (kept from run to run), crashes, hangs
#    and leaks into build/fuzz/artifacts (crash-*, timeout-*, oom-*),
#    diagnostics silenced (-close_fd_mask=2), its log in build/fuzz/fuzz.log.
#    JOBS > 1 runs libFuzzer's fork mode with that many workers.
# 3. check_corpus.py over the corpus: each input through the real
#    build/yieldc, its C through cc -Werror, its source through CPython.
#
# Exits 1 when the fuzzer found a crash or the check a finding.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
SECONDS_=${1:-600}
JOBS=${2:-1}
PYTHON=${PYTHON:-python3}
D=build/fuzz
mkdir -p "$D/corpus" "$D/artifacts"
rm -rf "$D/seeds"
mkdir -p "$D/seeds"
find tests samples -name '*.py' | sort | while read -r f; do
  cp "$f" "$D/seeds/$(echo "$f" | tr / _)"
done
before=$(ls "$D/artifacts" | wc -l)
fork=()
[ "$JOBS" -gt 1 ] && fork=(-fork="$JOBS")
echo "fuzz: $D/fuzz_yieldc for ${SECONDS_}s, corpus $D/corpus ($(ls "$D/corpus" | wc -l) inputs) + $(ls "$D/seeds" | wc -l) seeds"
# -timeout: one input may take 10 s; -rss_limit_mb: the compile of one small
# input never needs 2 GB; -max_len: the largest test is about 3 KB.
t0=$(date +%s)
"$D/fuzz_yieldc" -dict=tests/fuzz/python.dict -max_total_time="$SECONDS_" -max_len=4096 \
  -timeout=10 -rss_limit_mb=2048 -close_fd_mask=2 -print_final_stats=1 \
  -artifact_prefix="$D/artifacts/" "${fork[@]}" "$D/corpus" "$D/seeds" >"$D/fuzz.log" 2>&1
frc=$?
grep -E '^#[0-9]+ +(DONE|INITED)|^stat::|^Done|ERROR|SUMMARY|^artifact_prefix|Test unit written' "$D/fuzz.log" | tail -n 20
after=$(ls "$D/artifacts" | wc -l)
t1=$(date +%s)
# libFuzzer's first pass over the corpus and seeds is not counted in
# -max_total_time: a large corpus makes the run longer than SECONDS.
echo "fuzz: libFuzzer status $frc after $((t1 - t0))s; $((after - before)) new artifacts in $D/artifacts"
"$PYTHON" tests/fuzz/check_corpus.py "$D/corpus"
crc=$?
echo "fuzz: check_corpus.py status $crc after $(($(date +%s) - t1))s"
[ "$frc" -eq 0 ] && [ "$crc" -eq 0 ]
