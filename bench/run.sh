#!/usr/bin/env bash
# bench/run.sh (`make bench`): the rows of the performance issue, each
# measured in the same run compiled by yieldc, under CPython 3.11
# (python3), under PyPy (pypy3, "-" when it is not installed) and written
# by hand in C, in nanoseconds per item; then the compile speed of yieldc.
#
# Method.  Every program reads its size N from argv (the last argument)
# and prints a result that depends on all of its work (so that no C
# compiler can drop the loop).  An implementation is timed at N and at 2N,
# in turn, best of three each (BENCH_REPEAT), and
#     ns per item = (T(2N) - T(N)) / (N * items per unit of N) * 1e9,
# which leaves out what does not grow with N: process start-up, the
# interpreter's and the runtime's set-up, most of PyPy's JIT warm-up.
# N is found for each implementation on its own (the figure does not
# depend on it): from the row's N0, times 8 while the work, a run's time
# beyond the start-up (T(0)), takes less than an eighth of BENCH_TARGET
# seconds (default 0.25), then times 2 until it takes BENCH_TARGET, so
# that hand C runs long enough to be timed and CPython not for minutes.
# When the work at 2N is not about twice that at N (1.8 to 2.25 times: a
# busy spell of the machine spoilt every run of one of them), up to two
# more rounds are run; a figure that stays implausible gets a "?".
# T is wall time, read by bash's own timer (to the millisecond);
# BENCH_CLOCK=cpu takes user + system CPU time instead, which a machine
# that is running other jobs disturbs less (not waiting for a CPU).
# Read the ratios, not the times: on a shared machine a figure moves by
# tens of per cent from run to run.
#
# Each implementation's output at N0 is compared with CPython's (a
# warning when they differ).  Hand C is bench/NAME.c; one that includes bench/hand.h
# (directly or through another NAME.c) is a state machine built twice,
# "heap" (-DHEAP: malloc'd frame, resumed through a function pointer) and
# "stack" (frame in its consumer's storage, direct call); a plain C
# program is built once and shown as "stack".  Two rows are not ns:
# gen_memory is bytes per suspended generator, (maxRSS(2M) - maxRSS(M)) / M
# from /usr/bin/time's %M; error_lines's N is the number of passes over a
# generated log of BENCH_LOG_MB MB (default 100), its item one line, and
# its MB/s and one pass's peak memory (which must stay flat) are printed
# under the table.  A benchmark CPython 3.11 cannot run has a twin in
# bench/twins/NAME.py (agen_yield_from_chain: PEP 828's expansion, by
# tools/pep828_twin.py), which CPython and PyPy run instead.
#
# BENCH_ONLY=name,name,... runs only those rows (and "compile", the
# compile speed).  YIELDC=path/to/yieldc uses another build of yieldc
# (whose --cflags and --libs point at its own runtime), PYPY another PyPy,
# CC another C compiler.
set -u
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
YIELDC=${YIELDC:-$ROOT/build/yieldc}
CC=${CC:-cc}
PYPY=${PYPY:-pypy3}
TARGET=${BENCH_TARGET:-0.25}
CLOCK=${BENCH_CLOCK:-wall}
REPEAT=${BENCH_REPEAT:-3}
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 1; }
[ -x "$YIELDC" ] || { echo "bench: no $YIELDC (make first, or set YIELDC)" >&2; exit 1; }
command -v "$PYPY" >/dev/null 2>&1 || PYPY=""
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
NOTES=()
QUESTIONED=0

# The rows: name | what one item is | N0 | items per unit of N | kind
# (ns: ns per item; bytes: bytes per generator, N0 is M; log: error_lines).
ROWS=(
  "gen_sum|1. generator summed by for|1000|1|ns"
  "gen_pipeline|2. 3-stage pipeline, per number|1000|1|ns"
  "send_accumulator|3. send() accumulator, per send|1000|1|ns"
  "yield_from_depth1|4. yield from, depth 1|1000|1|ns"
  "yield_from_depth500|5. yield from, depth 500|10|1|ns"
  "gen_lifecycle|6. create+drain 3-item generator|1000|1|ns"
  "gen_memory|7. bytes per suspended generator|${BENCH_GEN_M:-200000}|1|bytes"
  "async_tasks|8. asyncio task switch|10000|1|ns"
  "agen_items|9. async generator item|1000|1|ns"
  "error_lines|10. log filter, per line|1|0|log"
  "tokenizer|11. tokenizer, per token|10|22|ns"
  "agen_yield_from_chain|+ PEP 828 async yield from, depth 50|100|1|ns"
)

lt() { awk "BEGIN{exit !($1 < $2)}"; }

# timed CMD...: runs CMD once; sets T (seconds, by BENCH_CLOCK: bash's own
# timer, which reads wall and CPU time to the millisecond) and KB (peak
# RSS, from /usr/bin/time); its output is left in $OUT/stdout.
timed() {
  local r u s TIMEFORMAT='%3R %3U %3S'
  { time /usr/bin/time -f "%M" -o "$OUT/kb" "$@" >"$OUT/stdout" 2>"$OUT/stderr"; } 2>"$OUT/t" || return 1
  read -r r u s <"$OUT/t"
  read -r KB <"$OUT/kb"
  if [ "$CLOCK" = cpu ]; then T=$(awk "BEGIN{print $u + $s}"); else T=$r; fi
}

# per_item N0 PER CMD...: sets R to ns per item ("failed" when CMD fails;
# with a "?" when its times stayed implausible); the output and peak KB of
# the run at N0 go to $OUT/first and FIRST_KB.
per_item() {
  local n=$1 per=$2 t0 b1 b2 r round
  shift 2
  R=failed
  timed "$@" 0 || return                 # the start-up alone, best of 2
  t0=$T
  timed "$@" 0 || return
  lt "$T" "$t0" && t0=$T
  timed "$@" "$n" || return
  cp "$OUT/stdout" "$OUT/first"
  FIRST_KB=$KB
  # grow N until the work (T beyond the start-up) takes TARGET
  while lt "$T - $t0" "$TARGET"; do
    if lt "$T - $t0" "$TARGET / 8"; then n=$((n * 8)); else n=$((n * 2)); fi
    timed "$@" "$n" || return
  done
  # best of REPEAT at N (the last run above is the first) and at 2N, taken
  # in turn so that a busy spell of the machine hits both; and up to two
  # more rounds while the work at 2N is not about twice that at N (1.8 to
  # 2.25 times), as when a busy spell spoilt every run of one of them
  b1=$T b2=""
  for round in 1 2 3; do
    for ((r = 1; r <= REPEAT; r++)); do
      timed "$@" $((2 * n)) || return
      { [ -z "$b2" ] || lt "$T" "$b2"; } && b2=$T
      [ $round = 1 ] && [ $r = "$REPEAT" ] && break
      timed "$@" "$n" || return
      lt "$T" "$b1" && b1=$T
    done
    plausible "$t0" "$b1" "$b2" && break
  done
  R=$(awk "BEGIN{print ($b2 - $b1) / ($n * $per) * 1e9}")
  plausible "$t0" "$b1" "$b2" || R="$R?"
}
plausible() { awk "BEGIN{w = $2 - $1; exit !(w > 0 && ($3 - $1) / w >= 1.8 && ($3 - $1) / w <= 2.25)}"; }

# per_generator M CMD...: sets R to bytes per generator from peak RSS at M
# and 2M (one run each: RSS hardly varies); output at M in $OUT/first.
per_generator() {
  local m=$1 k1
  shift
  R=failed
  timed "$@" "$m" || return
  cp "$OUT/stdout" "$OUT/first"
  k1=$KB
  timed "$@" $((2 * m)) || return
  R=$(awk "BEGIN{print ($KB - $k1) * 1024 / $m}")
}

num() { [[ $1 =~ ^-?[0-9.]+(e[-+]?[0-9]+)?$ ]]; }
# fmt X: a figure with three significant digits or so, or X itself.
fmt() {
  [[ $1 == *'?' ]] && { echo "$(fmt "${1%'?'}")?"; return; }
  num "$1" || { echo "$1"; return; }
  awk "BEGIN{x = $1; a = x < 0 ? -x : x
    if (a >= 100) printf \"%.0f\", x; else if (a >= 10) printf \"%.1f\", x; else printf \"%.2f\", x}"
}
# ratio A B: A / B as "12x", "1.5x", "0.42x", or "-" (or "?", after A or
# B's "?").
ratio() {
  if [[ $1$2 == *'?'* ]]; then
    local r
    r=$(ratio "${1%'?'}" "${2%'?'}")
    [ "$r" = - ] && echo - || echo "$r?"
    return
  fi
  { num "$1" && num "$2" && lt 0 "$2"; } || { echo "-"; return; }
  awk "BEGIN{r = $1 / $2
    if (r >= 10) printf \"%.0fx\", r; else if (r >= 1) printf \"%.1fx\", r; else printf \"%.2fx\", r}"
}

# error_lines reads a log of BENCH_LOG_MB MB, made here once.
LOG_MB=${BENCH_LOG_MB:-100}
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
LOG_LINES=$(wc -l <"$OUT/big.log")
LOG_BYTES=$(wc -c <"$OUT/big.log")

echo "machine: $(date -u '+%F %H:%M UTC'), nproc $(nproc)," \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(python3 -c 'import sys; print("CPython", sys.version.split()[0])')," \
  "$([ -n "$PYPY" ] && "$PYPY" -c 'import sys; print("PyPy %d.%d.%d (Python %s)" % (sys.pypy_version_info[:3] + (sys.version.split()[0],)))'), $($CC --version | head -1); clock: $CLOCK, target $TARGET s"
[ -n "$PYPY" ] || NOTES+=("PyPy (pypy3) is not installed: its column is \"-\"")
FORMAT='%-38s %9s %9s %9s %9s %9s %11s %12s %15s\n'
printf "\n$FORMAT" "ns per item" yieldc CPython PyPy "C heap" "C stack" "CPy/yieldc" "yieldc/PyPy" "yieldc/C stack"
for row in "${ROWS[@]}"; do
  IFS='|' read -r name label n0 per kind <<<"$row"
  [ -n "${BENCH_ONLY:-}" ] && [[ ",$BENCH_ONLY," != *",$name,"* ]] && continue
  py=$ROOT/bench/$name.py
  # A benchmark CPython 3.11 cannot run (PEP 828) is timed on its twin.
  pysrc=$py
  [ -f "$ROOT/bench/twins/$name.py" ] && pysrc=$ROOT/bench/twins/$name.py
  pre=()
  [ "$kind" = log ] && { pre=("$OUT/big.log"); per=$LOG_LINES; }
  declare -A res=() kb=()
  cmds_yieldc=() cmds_cpython=(python3 "$pysrc" "${pre[@]}") cmds_pypy=() cmds_heap=() cmds_stack=()
  if "$YIELDC" --no-line "$py" -o "$OUT/$name.c" 2>"$OUT/err" &&
    $CC -std=c11 -O2 "$OUT/$name.c" $("$YIELDC" --cflags) $("$YIELDC" --libs) -o "$OUT/$name" 2>>"$OUT/err"; then
    cmds_yieldc=("$OUT/$name" "${pre[@]}")
  else
    res[yieldc]="failed"; NOTES+=("$name: yieldc could not build it: $(head -1 "$OUT/err")")
  fi
  [ -n "$PYPY" ] && cmds_pypy=("$PYPY" "$pysrc" "${pre[@]}")
  hand=$ROOT/bench/$name.c
  if [ -f "$hand" ]; then
    if grep -q '#include "' "$hand"; then
      $CC -std=c11 -O2 -DHEAP "$hand" -o "$OUT/$name.heap" && cmds_heap=("$OUT/$name.heap" "${pre[@]}")
    fi
    $CC -std=c11 -O2 "$hand" -o "$OUT/$name.stack" && cmds_stack=("$OUT/$name.stack" "${pre[@]}")
  fi
  ref=""
  for impl in cpython yieldc pypy heap stack; do
    declare -n cmd=cmds_$impl
    [ -n "${res[$impl]:-}" ] && continue
    if [ ${#cmd[@]} -eq 0 ]; then res[$impl]="-"; continue; fi
    if [ "$kind" = bytes ]; then per_generator "$n0" "${cmd[@]}"; else per_item "$n0" "$per" "${cmd[@]}"; fi
    res[$impl]=$R
    [[ $R == *'?' ]] && QUESTIONED=1
    if [ "$R" = failed ]; then
      NOTES+=("$name: $impl failed: $(tail -1 "$OUT/stderr")")
      continue
    fi
    kb[$impl]=${FIRST_KB:-}
    if [ -z "$ref" ]; then ref=$impl; cp "$OUT/first" "$OUT/ref"
    elif ! cmp -s "$OUT/first" "$OUT/ref"; then
      echo "warning: $name: $impl printed '$(head -c 200 "$OUT/first")', $ref '$(head -c 200 "$OUT/ref")' at N=$n0" >&2
    fi
  done
  unset -n cmd
  # the hand C to compare with: the stack build, or else the heap one
  c=${res[stack]}; num "${c%'?'}" || c=${res[heap]}
  printf "$FORMAT" "$label" "$(fmt "${res[yieldc]}")" "$(fmt "${res[cpython]}")" "$(fmt "${res[pypy]}")" \
    "$(fmt "${res[heap]}")" "$(fmt "${res[stack]}")" \
    "$(ratio "${res[cpython]}" "${res[yieldc]}")" "$(ratio "${res[yieldc]}" "${res[pypy]}")" "$(ratio "${res[yieldc]}" "$c")"
  if [ "$kind" = log ]; then
    line="error_lines over a $LOG_MB MB log ($LOG_LINES lines): MB/s"
    for impl in yieldc cpython pypy stack; do
      v=${res[$impl]%'?'}
      num "$v" && lt 0 "$v" &&
        line+=" $impl $(awk "BEGIN{printf \"%.0f\", $LOG_BYTES / $LOG_LINES / $v * 1e9 / 1048576}")"
    done
    line+="; peak KB for one pass:"
    for impl in yieldc cpython pypy stack; do [ -n "${kb[$impl]:-}" ] && line+=" $impl ${kb[$impl]}"; done
    NOTES+=("$line (hand C: a plain getline loop)")
  fi
  unset res kb
done
[ "$QUESTIONED" = 1 ] && NOTES+=("?: T(2N) - T(0) stayed outside 1.8 to 2.25 times T(N) - T(0) after three rounds: noisy, or not linear in N")
[ ${#NOTES[@]} -gt 0 ] && printf '  %s\n' "${NOTES[@]}"
# BENCH_ONLY without "compile" in it leaves out the compile speed.
[ -n "${BENCH_ONLY:-}" ] && [[ ",$BENCH_ONLY," != *,compile,* ]] && exit 0

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
