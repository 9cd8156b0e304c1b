#!/usr/bin/env bash
# bench/run.sh (`make bench`): each benchmark compiled by yieldc, run by
# CPython, and (where one exists) written by hand in C, timed in the same
# run: wall seconds and peak memory (max RSS) from /usr/bin/time, best of 3.
# error_lines runs over a generated log of BENCH_LOG_MB MB (default 1024),
# whose peak memory must stay flat.
# Then the compile speed of yieldc itself on large generated sources.
# A benchmark CPython 3.11 cannot run has a twin in bench/twins/NAME.py
# (agen_yield_from_chain: PEP 828's expansion, by tools/pep828_twin.py).
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

# error_lines reads a log of BENCH_LOG_MB MB (1024: 1 GB), made here once.
LOG_MB=${BENCH_LOG_MB:-1024}
python3 - "$OUT/big.log" "$LOG_MB" <<'PY'
import sys
levels = ["INFO", "DEBUG", "WARNING", "ERROR"]
block = "".join("2024-01-%02d 12:%02d:%02d %s worker-%d request %d took %d ms\n"
                % (i % 28 + 1, i % 60, i * 17 % 60, levels[i * 7 % 4], i % 5, i, i * 37 % 1000)
                for i in range(20000))
with open(sys.argv[1], "w") as f:
    for _ in range(int(sys.argv[2]) * (1 << 20) // len(block) + 1):
        f.write(block)
PY

printf '%-20s %16s %16s %16s\n' benchmark "yieldc s / KB" "CPython s / KB" "hand C s / KB"
for py in "$ROOT"/bench/*.py; do
  name=$(basename "$py" .py)
  args=()
  [ "$name" = error_lines ] && args=("$OUT/big.log")
  "$YIELDC" --no-line "$py" -o "$OUT/$name.c" &&
    $CC -std=c11 -O2 "$OUT/$name.c" $("$YIELDC" --cflags) $("$YIELDC" --libs) -o "$OUT/$name" || exit 1
  y=$(measure "$OUT/$name" "${args[@]}"); ys=$(cat "$OUT/stdout")
  # A benchmark CPython 3.11 cannot run (PEP 828) is timed on its twin.
  pysrc=$py
  [ -f "$ROOT/bench/twins/$name.py" ] && pysrc=$ROOT/bench/twins/$name.py
  p=$(measure python3 "$pysrc" "${args[@]}"); ps=$(cat "$OUT/stdout")
  h="-"
  if [ -f "$ROOT/bench/$name.c" ]; then
    $CC -std=c11 -O2 "$ROOT/bench/$name.c" -o "$OUT/$name.hand" && h=$(measure "$OUT/$name.hand")
  fi
  [ "$ys" = "$ps" ] || echo "warning: $name: yieldc printed '$ys', CPython '$ps'" >&2
  printf '%-20s %16s %16s %16s\n' "$name" "$(echo $y | tr ' ' /)" "$(echo $p | tr ' ' /)" "$(echo $h | tr ' ' /)"
done

# Compile speed: yieldc alone on generated sources (best of 3), which must
# grow linearly with the input and reach 1 MB/s.  MB/s is by CPU time (user
# + system), which a busy machine inflates less than wall time.
python3 - "$OUT" <<'PY'
import sys
out = sys.argv[1]
def program(size):
    parts = ["def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n\n"]
    k = total = 0
    while total < size:
        s = (f"def f{k}(a, b):\n    x = a + b * {k}\n    if x > 10:\n        return [x, a, b]\n"
             f"    for v in gen(3):\n        x += v\n    return x\n\nprint(f{k}(1, 2))\n")
        parts.append(s)
        total += len(s)
        k += 1
    return "".join(parts)
open(f"{out}/source_1MB.py", "w").write(program(1 << 20))
open(f"{out}/source_2MB.py", "w").write(program(2 << 20))
open(f"{out}/list_100000.py", "w").write("x = [" + ", ".join(map(str, range(100000))) + "]\nprint(len(x))\n")
open(f"{out}/globals_40000.py", "w").write("".join(f"g{i} = {i}\n" for i in range(40000)) + "print(g0 + g39999)\n")
PY
printf '\n%-20s %10s %10s %10s %10s\n' "compile" "input KB" "wall s" "CPU s" "MB/s"
for name in source_1MB source_2MB list_100000 globals_40000; do
  best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S" -o "$OUT/t" "$YIELDC" "$OUT/$name.py" -o "$OUT/$name.c" 2>/dev/null || { best=failed; break; }
    read -r e u s <"$OUT/t"
    cpu=$(awk "BEGIN{print $u + $s}")
    if [ -z "$best" ] || awk "BEGIN{exit !($cpu < $bcpu)}"; then best=$e; bcpu=$cpu; fi
  done
  bytes=$(wc -c <"$OUT/$name.py")
  if [ "$best" = failed ]; then
    printf '%-20s %10d %10s\n' "$name" $((bytes / 1024)) failed
  else
    printf '%-20s %10d %10s %10s %10s\n' "$name" $((bytes / 1024)) "$best" "$bcpu" \
      "$(awk "BEGIN{printf \"%.2f\", $bytes / 1048576 / ($bcpu > 0.005 ? $bcpu : 0.005)}")"
  fi
done
