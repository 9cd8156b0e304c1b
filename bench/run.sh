#!/usr/bin/env bash
# bench/run.sh (`make bench`): each benchmark compiled by yieldc, run by
# CPython, and (where one exists) written by hand in C, timed in the same
# run: wall seconds and peak memory (max RSS) from /usr/bin/time, best of 3.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
YIELDC=$ROOT/build/yieldc
CC=${CC:-cc}
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 1; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# best of three: prints "seconds maxrss_kb"
measure() {
  local best="" mem=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$OUT/t" "$@" >"$OUT/stdout" 2>/dev/null || { echo "failed"; return; }
    read -r s m <"$OUT/t"
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; mem=$m; fi
  done
  echo "$best $mem"
}

printf '%-20s %16s %16s %16s\n' benchmark "yieldc s / KB" "CPython s / KB" "hand C s / KB"
for py in "$ROOT"/bench/*.py; do
  name=$(basename "$py" .py)
  "$YIELDC" --no-line "$py" -o "$OUT/$name.c" &&
    $CC -std=c11 -O2 "$OUT/$name.c" $("$YIELDC" --cflags) $("$YIELDC" --libs) -o "$OUT/$name" || exit 1
  y=$(measure "$OUT/$name"); ys=$(cat "$OUT/stdout")
  p=$(measure python3 "$py"); ps=$(cat "$OUT/stdout")
  h="-"
  if [ -f "$ROOT/bench/$name.c" ]; then
    $CC -std=c11 -O2 "$ROOT/bench/$name.c" -o "$OUT/$name.hand" && h=$(measure "$OUT/$name.hand")
  fi
  [ "$ys" = "$ps" ] || echo "warning: $name: yieldc printed '$ys', CPython '$ps'" >&2
  printf '%-20s %16s %16s %16s\n' "$name" "$(echo $y | tr ' ' /)" "$(echo $p | tr ' ' /)" "$(echo $h | tr ' ' /)"
done
