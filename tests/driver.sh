#!/usr/bin/env bash
# tests/driver.sh: command-line tests of yieldc (chibicc's test/driver.sh
# style).  Prints `PASS driver/NAME` or `FAIL driver/NAME: reason` per check
# and exits 1 if any failed.  tests/runtests runs it and counts the lines.
#
#   bash tests/driver.sh            uses build/yieldc
#   YIELDC=path bash tests/driver.sh
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
YIELDC=${YIELDC:-$ROOT/build/yieldc}
CC=${CC:-cc}
T=$(mktemp -d "${TMPDIR:-/tmp}/yieldc-driver.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT

failed=0
pass() { echo "PASS driver/$1"; }
fail() {
  echo "FAIL driver/$1: $2"
  failed=1
  if [ -s "$T/stderr" ]; then head -n 5 "$T/stderr" | sed 's/^/    stderr: /'; fi
}

# y ARGS...: run yieldc with stdout/stderr captured; sets $rc.
y() {
  timeout 60 "$YIELDC" "$@" >"$T/stdout" 2>"$T/stderr"
  rc=$?
}

if [ ! -x "$YIELDC" ]; then
  fail setup "$YIELDC not built"
  exit 1
fi

# A small program, one that fails, and one with a syntax error.
cat >"$T/hello.py" <<'EOF'
def gen(n):
    for i in range(n):
        yield i * i

print("hello", list(gen(4)))
EOF
cat >"$T/fails.py" <<'EOF'
def numbers():
    yield 1
    raise KeyError("missing")

for n in numbers():
    print("got", n)
EOF
cat >"$T/bad.py" <<'EOF'
def f(:
    pass
EOF
HELLO_OUT="hello [0, 1, 4, 9]"

# build C_FILE EXE: compile generated C the way the test suite does.
build() {
  # shellcheck disable=SC2046
  "$CC" -std=c11 -O1 -Wall -Wextra -Werror $("$YIELDC" --cflags) "$1" $("$YIELDC" --libs) \
    -o "$2" >"$T/cc.log" 2>&1
}

# A module that ends in an endless loop (every exit of its body is dead)
# still gives C that compiles under -Werror (a difftest finding).
printf 'while True:\n    pass\n' >"$T/forever.py"
y "$T/forever.py" -o "$T/forever.c"
if [ $rc -eq 0 ] && build "$T/forever.c" "$T/forever"; then
  pass endless_module
else
  fail endless_module "$(cat "$T/cc.log" "$T/stderr" 2>/dev/null | head -3)"
fi

# --version and --help: exit 0, text on stdout, nothing on stderr.
y --version
if [ $rc -eq 0 ] && grep -q yieldc "$T/stdout" && [ ! -s "$T/stderr" ]; then
  pass version
else
  fail version "exit $rc, expected 0 and 'yieldc ...' on stdout only"
fi

y --help
if [ $rc -eq 0 ] && grep -qi usage "$T/stdout" && [ ! -s "$T/stderr" ]; then
  pass help
else
  fail help "exit $rc, expected 0 and a usage text on stdout only"
fi

# An unknown option: exit 2 with a message on stderr naming it.
y --no-such-option "$T/hello.py"
if [ $rc -eq 2 ] && grep -q -- --no-such-option "$T/stderr" && [ ! -s "$T/stdout" ]; then
  pass unknown-option
else
  fail unknown-option "exit $rc, expected 2 and a message on stderr naming the option"
fi

# No input file at all: a usage error, not a crash.
y
if [ $rc -ne 0 ] && [ $rc -lt 128 ] && [ -s "$T/stderr" ]; then
  pass no-input
else
  fail no-input "exit $rc, expected a nonzero status below 128 and a message"
fi

# A missing input file: exit 1, a message naming it, no output file.
y "$T/missing.py"
if [ $rc -eq 1 ] && grep -q "missing.py" "$T/stderr" && [ ! -e "$T/missing.c" ]; then
  pass missing-input
else
  fail missing-input "exit $rc, expected 1 and a message naming missing.py"
fi

# The default output name: FILE.py -> FILE.c beside it, nothing on stdout.
y "$T/hello.py"
if [ $rc -eq 0 ] && [ -s "$T/hello.c" ] && [ ! -s "$T/stdout" ]; then
  pass default-output
else
  fail default-output "exit $rc, expected $T/hello.c to be written"
fi

# -o FILE, then -o - writes the same C to stdout.
y "$T/hello.py" -o "$T/out.c"
if [ $rc -eq 0 ] && [ -s "$T/out.c" ]; then
  pass output-file
else
  fail output-file "exit $rc, expected $T/out.c to be written"
fi
# (with #line directives the C names its own file, as bison's does, so the
# two are compared without them)
y "$T/hello.py" --no-line -o "$T/out-noline.c"
y "$T/hello.py" --no-line -o -
if [ $rc -eq 0 ] && cmp -s "$T/stdout" "$T/out-noline.c"; then
  pass output-stdout
else
  fail output-stdout "exit $rc, or stdout differs from the -o FILE output"
fi

# The generated C builds and runs.
if build "$T/out.c" "$T/hello" && [ "$("$T/hello")" = "$HELLO_OUT" ]; then
  pass build-and-run
else
  fail build-and-run "the C of hello.py did not build or printed the wrong text"
  sed 's/^/    /' "$T/cc.log" | head -n 10
fi

# '-' reads the program from stdin; with -o FILE, and to stdout by default.
timeout 60 "$YIELDC" - -o "$T/stdin.c" <"$T/hello.py" >"$T/stdout" 2>"$T/stderr"
rc=$?
if [ $rc -eq 0 ] && build "$T/stdin.c" "$T/stdin" && [ "$("$T/stdin")" = "$HELLO_OUT" ]; then
  pass stdin-input
else
  fail stdin-input "exit $rc, or the C read from stdin did not build and run"
fi
timeout 60 "$YIELDC" - <"$T/hello.py" >"$T/stdin2.c" 2>"$T/stderr"
rc=$?
if [ $rc -eq 0 ] && build "$T/stdin2.c" "$T/stdin2" && [ "$("$T/stdin2")" = "$HELLO_OUT" ]; then
  pass stdin-to-stdout
else
  fail stdin-to-stdout "exit $rc, or '-' without -o did not write working C to stdout"
fi

# An output path in a directory that does not exist, or under a regular
# file: exit 1 with a message, no crash.
y "$T/hello.py" -o "$T/no/such/dir/out.c"
if [ $rc -eq 1 ] && [ -s "$T/stderr" ]; then
  pass unwritable-missing-dir
else
  fail unwritable-missing-dir "exit $rc, expected 1 and a message"
fi
: >"$T/plainfile"
y "$T/hello.py" -o "$T/plainfile/out.c"
if [ $rc -eq 1 ] && [ -s "$T/stderr" ]; then
  pass unwritable-not-a-dir
else
  fail unwritable-not-a-dir "exit $rc, expected 1 and a message"
fi

# A syntax error: exit 1, `file:line:col: error: ...`, no output file left.
rm -f "$T/bad.c"
y "$T/bad.py" -o "$T/bad.c"
if [ $rc -eq 1 ] && grep -q 'bad.py:[0-9][0-9]*:[0-9][0-9]*: error: ' "$T/stderr" && [ ! -e "$T/bad.c" ]; then
  pass syntax-error
else
  fail syntax-error "exit $rc, expected 1, a file:line:col: error: message and no bad.c"
fi

# Indentation nested 600 deep with a string (too big a file to keep in
# tests/errors/): CPython's IndentationError at line 101, column 1, where
# tree-sitter's scanner used to abort.
python3 -c "import sys; sys.stdout.write(''.join(' ' * i + 'if 1:\\n' for i in range(600)) + ' ' * 600 + 'x = \"s\"\\n')" >"$T/deep.py"
y "$T/deep.py" -o "$T/deep.c"
if [ $rc -eq 1 ] && [ "$(head -n 1 "$T/stderr")" = "$T/deep.py:101:1: error: too many levels of indentation" ]; then
  pass indent-too-deep
else
  fail indent-too-deep "exit $rc, expected 1 and 'deep.py:101:1: error: too many levels of indentation'"
fi

# 40,000 globals and a function reading some: name lookups are hashed, so
# this takes well under a second of CPU (it took 15 s when they were linear).
# The limit is CPU time, which a busy machine stretches less than wall time.
python3 -c "import sys; sys.stdout.write(''.join(f'g{i} = {i}\\n' for i in range(40000)) + 'def f():\\n    return ' + ' + '.join(f'g{i}' for i in range(0, 40000, 97)) + '\\nprint(f())\\n')" >"$T/globals.py"
(ulimit -t 8; y "$T/globals.py" -o "$T/globals.c"; exit $rc)
if [ $? -eq 0 ] && [ -s "$T/globals.c" ]; then
  pass compile-many-globals
else
  fail compile-many-globals "not compiled within 8 s of CPU time"
fi

# yieldc run: compiles, builds, runs, forwards stdout and the exit status.
y run "$T/hello.py"
if [ $rc -eq 0 ] && [ "$(cat "$T/stdout")" = "$HELLO_OUT" ]; then
  pass run-success
else
  fail run-success "exit $rc, stdout '$(head -c 200 "$T/stdout")'"
fi
y run "$T/fails.py"
if [ $rc -eq 1 ] && [ "$(cat "$T/stdout")" = "got 1" ] &&
  [ "$(tail -n 1 "$T/stderr")" = "KeyError: 'missing'" ]; then
  pass run-exit-status
else
  fail run-exit-status "exit $rc, expected 1, stdout 'got 1' and KeyError: 'missing'"
fi
y run "$T/bad.py"
if [ $rc -eq 1 ] && grep -q 'error: ' "$T/stderr"; then
  pass run-compile-error
else
  fail run-compile-error "exit $rc, expected 1 and the compile error"
fi

# --pep828=MODE: accepted (the default) makes `yield from` in an async
# generator delegate to an async iterable and rejects `async yield from`
# with a diagnostic naming the accepted spelling and the flag; draft keeps
# the March 2026 draft (async yield from, sync yield from), also after
# `yieldc run`; another mode is a usage error.
cat >"$T/pep828_draft.py" <<'EOF'
import asyncio

async def agen():
    yield "a"

async def outer():
    yield from [1, 2]
    async yield from agen()

async def main():
    print([x async for x in outer()])

asyncio.run(main())
EOF
cat >"$T/pep828_accepted.py" <<'EOF'
import asyncio

async def agen():
    yield "a"
    return "r"

async def outer():
    r = yield from agen()
    yield r

async def main():
    print([x async for x in outer()])

asyncio.run(main())
EOF
y run --pep828=draft "$T/pep828_draft.py"
if [ $rc -eq 0 ] && [ "$(cat "$T/stdout")" = "[1, 2, 'a']" ]; then
  pass pep828-draft-run
else
  fail pep828-draft-run "exit $rc, stdout '$(head -c 200 "$T/stdout")', expected [1, 2, 'a']"
fi
y "$T/pep828_draft.py" -o "$T/pep828_draft.c"
if [ $rc -eq 1 ] && [ ! -e "$T/pep828_draft.c" ] &&
  grep -q "8:5: error: 'async yield from' is not PEP 828 as accepted: write 'yield from' (or compile with --pep828=draft" "$T/stderr"; then
  pass pep828-accepted-rejects-draft
else
  fail pep828-accepted-rejects-draft "exit $rc, expected 1 and the diagnostic naming 'yield from' and --pep828=draft"
fi
y run "$T/pep828_accepted.py"
if [ $rc -eq 0 ] && [ "$(cat "$T/stdout")" = "['a', 'r']" ]; then
  pass pep828-accepted-run
else
  fail pep828-accepted-run "exit $rc, stdout '$(head -c 200 "$T/stdout")', expected ['a', 'r']"
fi
y run --pep828=accepted "$T/pep828_accepted.py"
rc1=$rc
y run --pep828=draft "$T/pep828_accepted.py"
if [ $rc1 -eq 0 ] && [ $rc -eq 1 ] &&
  [ "$(tail -n 1 "$T/stderr")" = "TypeError: 'async_generator' object is not iterable. Did you mean 'async yield from'?" ]; then
  pass pep828-modes
else
  fail pep828-modes "--pep828=accepted exit $rc1 (expected 0); --pep828=draft exit $rc (expected 1 with the draft's TypeError)"
fi
y --pep828=final "$T/hello.py"
if [ $rc -eq 2 ] && grep -q "unknown --pep828 mode 'final'" "$T/stderr"; then
  pass pep828-unknown-mode
else
  fail pep828-unknown-mode "exit $rc, expected 2 and a message naming the mode"
fi

# --library-module: only for a file of yieldc's library; the C it makes
# exports the module object (yrt_lib_NAME) and has no main function and no
# self-test; a program importing that module declares the object and does
# not contain the module's code.
y --library-module "$T/hello.py" -o "$T/libmod.c"
if [ $rc -eq 1 ] && grep -q "is not in yieldc's library directory" "$T/stderr" && [ ! -e "$T/libmod.c" ]; then
  y --library-module "$ROOT/runtime/lib/bisect.py" -o "$T/bisect.c"
  if [ $rc -eq 0 ] && grep -q '^YModule yrt_lib_bisect = ' "$T/bisect.c" && ! grep -q 'int main(' "$T/bisect.c" &&
     ! grep -q '__main__' "$T/bisect.c"; then
    printf 'import bisect\nprint(bisect.bisect([1, 2, 3], 2))\n' >"$T/usebisect.py"
    y "$T/usebisect.py" -o "$T/usebisect.c"
    if [ $rc -eq 0 ] && grep -q '^extern YModule yrt_lib_bisect;' "$T/usebisect.c" && ! grep -q 'insort' "$T/usebisect.c"; then
      pass library-module
    else
      fail library-module "a program importing bisect: exit $rc, or its C has bisect's code"
    fi
  else
    fail library-module "bisect.py: exit $rc, or its C lacks yrt_lib_bisect, has main or the self-test"
  fi
else
  fail library-module "a file outside the library: exit $rc, expected 1 and no output"
fi

# --cflags and --libs: every path they name is absolute and exists.
flags_ok() {
  local tok path
  [ -n "$1" ] || return 1
  for tok in $1; do
    case $tok in
      -I* | -L*) path=${tok#-?} ;;
      -*) continue ;;
      *) path=$tok ;;
    esac
    case $path in /*) ;; *) return 1 ;; esac
    [ -e "$path" ] || return 1
  done
  return 0
}
y --cflags
cflags=$(cat "$T/stdout")
if [ $rc -eq 0 ] && flags_ok "$cflags"; then
  pass cflags-absolute
else
  fail cflags-absolute "exit $rc, '$cflags'"
fi
y --libs
libs=$(cat "$T/stdout")
if [ $rc -eq 0 ] && flags_ok "$libs"; then
  pass libs-absolute
else
  fail libs-absolute "exit $rc, '$libs'"
fi
# They still work from another directory.
if (cd / && build "$T/out.c" "$T/hello2") && [ "$("$T/hello2")" = "$HELLO_OUT" ]; then
  pass flags-from-elsewhere
else
  fail flags-from-elsewhere "building from / with --cflags/--libs failed"
fi

# Determinism: the same input gives byte-identical C, for a small and a
# larger program.
det_ok=1
for src in "$T/hello.py" "$ROOT/tests/run/prog_scheduler.py" "$ROOT/tests/run/yf_nested_chain.py"; do
  [ -f "$src" ] || continue
  mkdir -p "$T/det1" "$T/det2"
  (cd "$T/det1" && timeout 60 "$YIELDC" "$src" -o det.c) 2>"$T/stderr" &&
    (cd "$T/det2" && timeout 60 "$YIELDC" "$src" -o det.c) 2>>"$T/stderr" &&
    cmp -s "$T/det1/det.c" "$T/det2/det.c" || det_ok=0
done
if [ $det_ok = 1 ]; then
  pass deterministic
else
  fail deterministic "two compilations of the same file differ"
fi

# --emit=dot and --emit=html: the default output name, -MD's depfile name,
# determinism, and the usage errors.
emit_ok=1
mkdir -p "$T/emit"
cp "$T/hello.py" "$T/emit/hello.py"
for kind in dot html; do
  (cd "$T/emit" && "$YIELDC" --emit=$kind -MD hello.py) 2>"$T/stderr" &&
    [ -s "$T/emit/hello.$kind" ] && [ ! -e "$T/emit/hello.c" ] &&
    [ "$(cat "$T/emit/hello.d")" = "hello.$kind: hello.py" ] || {
    emit_ok=0
    echo "    --emit=$kind -MD: no hello.$kind, or hello.d is '$(cat "$T/emit/hello.d" 2>/dev/null)'"
  }
  for src in "$ROOT/tests/states/try_finally.py" "$ROOT/tests/run/prog_scheduler.py"; do
    (cd "$T/det1" && "$YIELDC" --emit $kind "$src" -o det.$kind) 2>>"$T/stderr" &&
      (cd "$T/det2" && "$YIELDC" --emit $kind "$src" -o det.$kind) 2>>"$T/stderr" &&
      cmp -s "$T/det1/det.$kind" "$T/det2/det.$kind" || {
      emit_ok=0
      echo "    --emit=$kind of $src: not deterministic"
    }
  done
done
y --emit=svg "$T/hello.py"
[ $rc -eq 2 ] && grep -q "unknown --emit kind 'svg'" "$T/stderr" || emit_ok=0
y --emit=dot --header "$T/emit/h.h" "$T/hello.py"
[ $rc -eq 2 ] && [ ! -e "$T/emit/h.h" ] || emit_ok=0
if [ $emit_ok = 1 ]; then
  pass emit-kinds
else
  fail emit-kinds "see above"
fi

# The #line directives, as a debugger reads them: a breakpoint on a Python
# line stops in that line's code (the module body's print, the generator's
# for and yield), not in whatever C lines follow another statement's #line.
if command -v gdb >/dev/null 2>&1; then
  mkdir -p "$T/gdb"
  cp "$T/hello.py" "$T/gdb/hello.py"
  if (cd "$T/gdb" && "$YIELDC" hello.py -o hello.c 2>"$T/stderr" &&
      "$CC" -g -O0 -std=c11 $("$YIELDC" --cflags) hello.c $("$YIELDC" --libs) -o hello 2>>"$T/stderr" &&
      timeout 60 gdb -nx -batch -ex 'break hello.py:2' -ex 'break hello.py:3' -ex 'break hello.py:5' \
        -ex run -ex 'frame' -ex continue -ex 'frame' -ex continue -ex 'frame' ./hello >gdb.out 2>&1); then
    got=$(grep -E '^#0 ' "$T/gdb/gdb.out" | sed -E 's/^#0 +([A-Za-z_0-9]+) .* at .*hello\.py:([0-9]+)$/\1:\2/' | tr '\n' ' ')
    if [ "$got" = "module__body:5 py_gen__resume:2 py_gen__resume:3 " ]; then
      pass gdb-lines
    else
      fail gdb-lines "breakpoints on hello.py:2, 3, 5 stopped at: $got"
    fi
  else
    fail gdb-lines "could not build or debug hello.c"
  fi
else
  echo "SKIP driver/gdb-lines: gdb not found"
fi

# --no-line: no #line directives, and the C still builds and runs.
y "$T/hello.py" --no-line -o "$T/noline.c"
if [ $rc -eq 0 ] && ! grep -q '^[[:space:]]*#[[:space:]]*line' "$T/noline.c" &&
  build "$T/noline.c" "$T/noline" && [ "$("$T/noline")" = "$HELLO_OUT" ]; then
  pass no-line
else
  fail no-line "exit $rc, or #line directives with --no-line, or the C does not work"
fi

# --header, and a C program driving the generators through it: the sample
# samples/capi/main.c must print what samples/capi/expected.py prints under
# CPython, built with gcc and with clang, -Werror.
CAPI=$ROOT/samples/capi
y "$CAPI/counter.py" -o "$T/counter.c" --header "$T/counter.h"
capi_ok=$([ $rc -eq 0 ] && [ -s "$T/counter.h" ] && echo 1)
for cc in "$CC" clang; do
  [ -n "$capi_ok" ] || break
  command -v "$cc" >/dev/null 2>&1 || continue
  $cc -std=c11 -Wall -Wextra -Werror -DYIELDC_NO_MAIN -I"$T" "$CAPI/main.c" "$T/counter.c" \
    $("$YIELDC" --cflags) $("$YIELDC" --libs) -o "$T/capi" 2>"$T/stderr" &&
    (cd "$T" && ./capi >"$T/capi.out" 2>"$T/stderr") || { capi_ok=; break; }
  if command -v python3 >/dev/null 2>&1; then
    (cd "$CAPI" && python3 expected.py) >"$T/capi.expected" 2>/dev/null &&
      cmp -s "$T/capi.out" "$T/capi.expected" || capi_ok=
  fi
done
if [ -n "$capi_ok" ]; then
  pass capi-sample
else
  fail capi-sample "samples/capi/main.c did not build, run, or print what expected.py prints"
fi

# Depfiles: -MD beside the output, --depfile/-MF where asked; both outputs
# depend on the .py.
y "$T/hello.py" -o "$T/dep.c" --header "$T/dep.h" -MD
if [ $rc -eq 0 ] && [ "$(cat "$T/dep.d")" = "$T/dep.c $T/dep.h: $T/hello.py" ]; then
  pass depfile-md
else
  fail depfile-md "exit $rc, or $T/dep.d is not 'dep.c dep.h: hello.py'"
fi
y "$T/hello.py" -o "$T/dep2.c" --depfile "$T/deps/../dep2.mk"
if [ $rc -ne 0 ] && [ ! -e "$T/dep2.c" ]; then
  pass depfile-bad-dir
else
  fail depfile-bad-dir "a depfile in a missing directory must fail with nothing written"
fi
y "$T/hello.py" -o "$T/dep3.c" -MF "$T/dep3.mk"
if [ $rc -eq 0 ] && [ "$(cat "$T/dep3.mk")" = "$T/dep3.c: $T/hello.py" ]; then
  pass depfile-mf
else
  fail depfile-mf "exit $rc, or $T/dep3.mk is not 'dep3.c: hello.py'"
fi

# Modules: one call compiles the program and the modules it imports, found
# beside it, then in -I directories in order (CPython: the script's
# directory, then PYTHONPATH); the depfile lists every .py read; an output
# may not be one of the modules.
mkdir -p "$T/modprog" "$T/modinc1" "$T/modinc2"
cat >"$T/modprog/prog.py" <<'EOF'
import near, far
from shadow import where
print(near.f(3), far.g(), where)
EOF
printf 'def f(n):\n    yield from range(n)\n    return n\n\nf = lambda n, _f=f: list(_f(n))\n' >"$T/modprog/near.py"
printf 'import near\ndef g():\n    return near.f(2)\n' >"$T/modinc1/far.py"
printf 'where = "modinc1"\n' >"$T/modinc1/shadow.py"
printf 'where = "modinc2"\n' >"$T/modinc2/shadow.py"
y "$T/modprog/prog.py" -I "$T/modinc1" -I"$T/modinc2" -o "$T/modprog/prog.c" -MD
expect=$(cd "$T/modprog" && PYTHONPATH="$T/modinc1:$T/modinc2" python3 prog.py 2>&1)
if [ $rc -eq 0 ] && [ "$(cat "$T/modprog/prog.d")" = "$T/modprog/prog.c: $T/modprog/prog.py $T/modprog/near.py $T/modinc1/far.py $T/modinc1/shadow.py" ] &&
  build "$T/modprog/prog.c" "$T/modprog/prog" && [ "$("$T/modprog/prog")" = "$expect" ]; then
  pass modules-search-path
else
  fail modules-search-path "exit $rc, depfile '$(cat "$T/modprog/prog.d" 2>/dev/null)', or the program does not print '$expect'"
fi
y run -I "$T/modinc2" -I "$T/modinc1" "$T/modprog/prog.py"
if [ $rc -eq 0 ] && [ "$(cat "$T/stdout")" = "[0, 1, 2] [0, 1] modinc2" ]; then
  pass modules-run-I
else
  fail modules-run-I "exit $rc, stdout '$(cat "$T/stdout")'"
fi
cp "$T/modprog/near.py" "$T/modprog/near.keep"
y "$T/modprog/prog.py" -I "$T/modinc1" -o "$T/modprog/near.py"
if [ $rc -eq 1 ] && grep -q "module file '.*near.py' is the same as output file" "$T/stderr" &&
  cmp -s "$T/modprog/near.py" "$T/modprog/near.keep"; then
  pass modules-output-is-module
else
  fail modules-output-is-module "exit $rc: -o naming an imported module must fail and leave it alone"
fi

# File names reach the C only escaped: a name with `"`, `\`, a trigraph
# (-std=c11 reads them), C of its own, or a newline, gives C that builds
# with -Werror (gcc and clang) and runs; its header compiles; --emit=dot
# and html work.  The name sits in a directory whose name holds `*/`, which
# the #line directives carry.
names_ok=1
mkdir -p "$T/names/a*/b"
for name in 'q"uote' 'back\slash' 'tri??=graph' 'x"); return 99; ("' 'end\' 'nl
ine'; do
  d="$T/names/a*/b"
  cp "$T/hello.py" "$d/$name.py"
  why=
  y "$d/$name.py" -o "$d/prog.c" --header "$d/prog.h"
  [ $rc -eq 0 ] || why="yieldc exited $rc"
  for cc in "$CC" clang; do
    [ -z "$why" ] || break
    command -v "$cc" >/dev/null 2>&1 || continue
    "$cc" -std=c11 -Wall -Wextra -Werror $("$YIELDC" --cflags) "$d/prog.c" $("$YIELDC" --libs) \
      -o "$d/prog" 2>"$T/stderr" || why="$cc could not build the C"
    [ -n "$why" ] || [ "$("$d/prog" 2>&1)" = "$HELLO_OUT" ] || why="the program built by $cc printed the wrong text"
    [ -n "$why" ] || "$cc" -std=c11 -Wall -Wextra -Werror -fsyntax-only -x c $("$YIELDC" --cflags) "$d/prog.h" \
      2>"$T/stderr" || why="$cc rejected the header"
  done
  for kind in dot html; do
    [ -z "$why" ] || break
    y --emit=$kind "$d/$name.py" -o "$d/prog.$kind"
    [ $rc -eq 0 ] || why="--emit=$kind exited $rc"
  done
  if [ -n "$why" ]; then
    names_ok=
    echo "    file name '$name': $why"
  fi
done
if [ -n "$names_ok" ]; then
  pass file-names-in-c
else
  fail file-names-in-c "see above"
fi

# The depfile quotes names as gcc does for make: make reads back the names
# with a backslash, a space, '#' or '$' (the output is rebuilt once the .py
# is newer, and not before).  A name with a newline cannot be written in a
# make rule at all: refused, status 1, nothing written.
dep_ok=1
mkdir -p "$T/depnames"
for name in 'back\slash' 'sp ace' 'ha#sh' 'dol$lar' 'two\ space'; do
  cp "$T/hello.py" "$T/depnames/$name.py"
  rm -f "$T/depnames/out.c" "$T/depnames/out.d"
  (cd "$T/depnames" && timeout 60 "$YIELDC" "$name.py" -o out.c -MD) 2>"$T/stderr" &&
    printf 'include out.d\nout.c:\n\t@echo rebuilt\n' >"$T/depnames/Makefile" &&
    touch -d '2001-01-01' "$T/depnames/$name.py" && touch -d '2002-01-01' "$T/depnames/out.c" &&
    [ -z "$(make -s -C "$T/depnames" 2>&1)" ] && touch -d '2003-01-01' "$T/depnames/$name.py" &&
    [ "$(make -s -C "$T/depnames" 2>&1)" = rebuilt ] || {
    dep_ok=
    echo "    '$name': make did not read the depfile: $(cat "$T/depnames/out.d" 2>/dev/null)"
  }
done
cp "$T/hello.py" "$T/depnames/nl
ine.py"
y "$T/depnames/nl
ine.py" -o "$T/depnames/nl.c" -MF "$T/depnames/nl.d"
if [ $rc -ne 1 ] || ! grep -q "make" "$T/stderr" || [ -e "$T/depnames/nl.c" ] || [ -e "$T/depnames/nl.d" ]; then
  dep_ok=
  echo "    a name with a newline and a depfile: exit $rc, expected 1, a message and nothing written"
fi
if [ -n "$dep_ok" ]; then
  pass depfile-names
else
  fail depfile-names "see above"
fi

# Outputs that are not regular files are written through, as gcc writes
# them, not replaced by a rename: a FIFO stays a FIFO (and its reader gets
# the C), a character device stays one, a symbolic link stays a link and the
# file it names gets the C.  Only once those pass is /dev/null itself tried
# (yieldc runs as root in CI, where a rename would replace it with a file);
# should it be broken after all, it is made again.
nr_ok=1
mkdir -p "$T/nonreg"
mkfifo "$T/nonreg/fifo"
cat "$T/nonreg/fifo" >"$T/nonreg/fifo.out" &
reader=$!
y "$T/hello.py" -o "$T/nonreg/fifo" --header "$T/nonreg/fifo.h"
for _ in $(seq 1 50); do
  kill -0 "$reader" 2>/dev/null || break
  sleep 0.1
done
kill "$reader" 2>/dev/null # still waiting for a writer: the FIFO was replaced
wait "$reader" 2>/dev/null
if [ $rc -ne 0 ] || [ ! -p "$T/nonreg/fifo" ] || ! grep -q 'yrt_init' "$T/nonreg/fifo.out"; then
  nr_ok=
  echo "    -o FIFO: exit $rc; the FIFO was replaced, or its reader did not get the C"
fi
: >"$T/nonreg/real.c"
ln -s real.c "$T/nonreg/link.c"
y "$T/hello.py" -o "$T/nonreg/link.c"
if [ $rc -ne 0 ] || [ ! -L "$T/nonreg/link.c" ] || ! grep -q 'yrt_init' "$T/nonreg/real.c"; then
  nr_ok=
  echo "    -o SYMLINK: exit $rc; the link was replaced, or the file it names did not get the C"
fi
if mknod "$T/nonreg/null" c 1 3 2>/dev/null; then
  y "$T/hello.py" -o "$T/nonreg/null" --header "$T/nonreg/null" -MF "$T/nonreg/null"
  if [ $rc -ne 0 ] || [ ! -c "$T/nonreg/null" ]; then
    nr_ok=
    echo "    -o, --header and -MF a character device: exit $rc, or it is no character device any more"
  fi
fi
if [ -n "$nr_ok" ] && [ -c /dev/null ]; then
  y "$T/hello.py" -o /dev/null --header /dev/null -MF /dev/null
  if [ $rc -ne 0 ] || [ ! -c /dev/null ]; then
    nr_ok=
    echo "    -o /dev/null: exit $rc, or /dev/null is no character device any more"
    if [ ! -c /dev/null ] && [ "$(id -u)" = 0 ]; then
      rm -f /dev/null && mknod -m 666 /dev/null c 1 3
    fi
  fi
fi
if [ -n "$nr_ok" ]; then
  pass output-not-regular
else
  fail output-not-regular "see above"
fi

# An output that is the input, however named, is refused before anything is
# written (gcc: "input file 'x.c' is the same as output file"); so are two
# outputs that are the same file.
same_ok=1
mkdir -p "$T/same"
cp "$T/hello.py" "$T/same/prog.py"
ln -s prog.py "$T/same/link.py"
for args in "-o prog.py" "-o ./prog.py" "-o link.py" "--header prog.py" "-MF prog.py" "-o x.c -MF ./prog.py"; do
  cp "$T/hello.py" "$T/same/prog.py"
  # shellcheck disable=SC2086
  (cd "$T/same" && timeout 60 "$YIELDC" prog.py $args) >"$T/stdout" 2>"$T/stderr"
  rc=$?
  if [ $rc -ne 1 ] || ! grep -q "error: input file 'prog.py' is the same as" "$T/stderr" ||
    ! cmp -s "$T/hello.py" "$T/same/prog.py" || [ -e "$T/same/x.c" ]; then
    same_ok=
    echo "    yieldc prog.py $args: exit $rc, expected 1, gcc's message and prog.py unchanged"
  fi
done
for args in "-o x.c --header ./x.c" "-o x.c -MF x.c" "-MD -o x.c --header x.d"; do
  # shellcheck disable=SC2086
  (cd "$T/same" && timeout 60 "$YIELDC" prog.py $args) >"$T/stdout" 2>"$T/stderr"
  rc=$?
  if [ $rc -ne 1 ] || ! grep -q "is the same as" "$T/stderr" || [ -e "$T/same/x.c" ] || [ -e "$T/same/x.d" ]; then
    same_ok=
    echo "    yieldc prog.py $args: exit $rc, expected 1, a message and nothing written"
  fi
done
if [ -n "$same_ok" ]; then
  pass output-is-input
else
  fail output-is-input "see above"
fi

# All outputs are written at the end, and a run that fails to write one
# leaves none of them, nor a temporary file: not when the C's directory is
# missing, nor when the C goes to a full device.
lf_ok=1
mkdir -p "$T/lf"
y "$T/hello.py" -o "$T/lf/nodir/x.c" --header "$T/lf/x.h" -MF "$T/lf/x.d"
if [ $rc -ne 1 ] || [ -n "$(ls -A "$T/lf")" ]; then
  lf_ok=
  echo "    -o into a missing directory: exit $rc, expected 1; left: $(ls -A "$T/lf" | tr '\n' ' ')"
fi
if mknod "$T/lf-full" c 1 7 2>/dev/null; then
  y "$T/hello.py" -o "$T/lf-full" --header "$T/lf/x.h" -MF "$T/lf/x.d"
  if [ $rc -ne 1 ] || ! grep -q "lf-full.*No space left on device" "$T/stderr" || [ -n "$(ls -A "$T/lf")" ] ||
    [ ! -c "$T/lf-full" ]; then
    lf_ok=
    echo "    -o a full device: exit $rc, expected 1 and a message; left: $(ls -A "$T/lf" | tr '\n' ' ')"
  fi
fi
if [ -n "$lf_ok" ]; then
  pass failed-write-leaves-nothing
else
  fail failed-write-leaves-nothing "see above"
fi

# SIGTERM right after yieldc creates its first, second or third temporary
# file (a preloaded mkstemp sends it): yieldc dies of the signal and leaves
# no temporary file, and an output that existed is left as it was.
sig_ok=
if "$CC" -shared -fPIC -o "$T/hook.so" -x c - -ldl 2>"$T/stderr" <<'EOF'; then
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
/* After the HOOK_AT-th temporary file is made: SIGTERM. */
int mkstemp(char *t) {
  static int calls;
  int (*real)(char *) = (int (*)(char *))dlsym(RTLD_NEXT, "mkstemp");
  int fd = real(t);
  const char *at = getenv("HOOK_AT");
  if (at && ++calls == atoi(at)) kill(getpid(), SIGTERM);
  return fd;
}
int mkstemp64(char *t) { return mkstemp(t); }
EOF
  sig_ok=1
  for at in 1 2 3; do
    rm -rf "$T/sig" && mkdir -p "$T/sig" && cp "$T/hello.py" "$T/sig/" && echo old >"$T/sig/hello.c"
    { # (bash's "Terminated" notice goes to /dev/null)
      (cd "$T/sig" && HOOK_AT=$at LD_PRELOAD="$T/hook.so" ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 \
        timeout 60 "$YIELDC" hello.py --header hello.h -MD) >/dev/null 2>"$T/stderr"
      rc=$?
    } 2>/dev/null
    left=$(cd "$T/sig" && ls -A | tr '\n' ' ')
    if [ $rc -ne 143 ] || [ "$left" != "hello.c hello.py " ] || [ "$(cat "$T/sig/hello.c")" != old ]; then
      sig_ok=
      echo "    SIGTERM after temporary file $at: exit $rc (expected 143), files left: $left"
    fi
  done
else
  echo "    could not build the preloaded hook"
fi
if [ -n "$sig_ok" ]; then
  pass signal-removes-temps
else
  fail signal-removes-temps "see above"
fi

# yieldc run, sent SIGTERM while its program runs: it passes the signal on
# (the program is gone), removes its temporary directory and dies of
# SIGTERM itself.
cat >"$T/sleeper.py" <<'EOF'
import asyncio

async def main():
    await asyncio.sleep(60)
    print("woke")

asyncio.run(main())
EOF
mkdir -p "$T/runtmp"
TMPDIR=$T/runtmp "$YIELDC" run "$T/sleeper.py" >"$T/stdout" 2>"$T/stderr" &
runpid=$!
child=
for _ in $(seq 1 300); do
  child=$(ps -o pid=,comm= --ppid "$runpid" 2>/dev/null | awk '$2 == "prog" { print $1 }')
  [ -n "$child" ] && break
  sleep 0.1
done
kill -TERM "$runpid" 2>/dev/null
wait "$runpid"
rc=$?
sleep 0.2
alive=
[ -n "$child" ] && kill -0 "$child" 2>/dev/null && alive=1
[ -n "$alive" ] && kill -KILL "$child" 2>/dev/null
if [ -n "$child" ] && [ $rc -eq 143 ] && [ -z "$alive" ] && [ -z "$(ls -A "$T/runtmp")" ]; then
  pass run-sigterm
else
  fail run-sigterm "exit $rc (expected 143), program ${alive:+still }running (pid ${child:-never seen}), left in TMPDIR: $(ls -A "$T/runtmp" | tr '\n' ' ')"
fi

# A full disk: a compiled program on /dev/full ends as CPython's does, with
# the status (120 when the error is seen at exit, 1 when a print, a
# sys.stdout.write or the close() of a file on /dev/full raises it)
# and last stderr line (OSError: [Errno 28] ...) python3 gives; yieldc
# writing to it fails with status 1 and a message, whatever it writes.
if [ -c /dev/full ]; then
  full_ok=1
  printf 'print("hello")\n' >"$T/full_small.py"
  printf 'def lines():\n    for i in range(3000):\n        yield "line %%d" %% i\n\nfor s in lines():\n    print(s)\n' \
    >"$T/full_big.py"
  printf 'import sys\nsys.stdout.write("hello\\n")\nprint("world")\n' >"$T/full_sys_small.py"
  printf 'import sys\nfor i in range(3000):\n    sys.stdout.write("line %%d\\n" %% i)\n' >"$T/full_sys_big.py"
  printf 'f = open("/dev/full", "w")\nf.write("x")\nf.close()\n' >"$T/full_file.py"
  for prog in full_small full_big full_sys_small full_sys_big full_file; do
    want_rc=120
    case $prog in full_big | full_sys_big | full_file) want_rc=1 ;; esac
    want_err="OSError: [Errno 28] No space left on device"
    if command -v python3 >/dev/null 2>&1; then
      (cd "$T" && env -u PYTHONUNBUFFERED python3 $prog.py >/dev/full 2>"$T/py.err")
      want_rc=$?
      want_err=$(tail -n 1 "$T/py.err")
    fi
    y "$T/$prog.py" -o "$T/$prog.c"
    if ! build "$T/$prog.c" "$T/$prog"; then
      full_ok=
      echo "    $prog.py did not build"
      continue
    fi
    (cd "$T" && "./$prog" >/dev/full 2>"$T/stderr")
    rc=$?
    if [ $rc -ne $want_rc ] || [ "$(tail -n 1 "$T/stderr")" != "$want_err" ]; then
      full_ok=
      echo "    ./$prog > /dev/full: exit $rc, '$(tail -n 1 "$T/stderr")'; python3: $want_rc, '$want_err'"
    fi
  done
  for args in "$T/hello.py -o -" "--emit=dot $T/hello.py -o -" "--dump-ast $T/hello.py" "--cflags" "--version" "--help"; do
    # shellcheck disable=SC2086
    timeout 60 "$YIELDC" $args >/dev/full 2>"$T/stderr"
    rc=$?
    if [ $rc -ne 1 ] || ! grep -q 'cannot write to standard output: No space left on device' "$T/stderr"; then
      full_ok=
      echo "    yieldc $args > /dev/full: exit $rc, expected 1 and a message"
    fi
  done
  if [ -n "$full_ok" ]; then
    pass stdout-full
  else
    fail stdout-full "see above"
  fi
else
  echo "SKIP driver/stdout-full: no /dev/full"
fi

# Colour only on a terminal (script(1) gives the compiler one); the errors/
# tests check that redirected diagnostics have none.
printf 'def f(:\n' >"$T/bad_colour.py"
if command -v script >/dev/null 2>&1; then
  TERM=xterm script -qc "'$YIELDC' '$T/bad_colour.py'" /dev/null >"$T/tty.out" 2>&1
  if grep -q "$(printf '\033')\[1;31merror:" "$T/tty.out"; then
    pass colour-on-terminal
  else
    fail colour-on-terminal "no red 'error:' when stderr is a terminal"
  fi
fi

# A warning's colour: bold magenta "warning:" and option, as gcc prints them.
cat >"$T/warn_colour.py" <<'EOF2'
def numbers():
    yield 1

numbers()
EOF2
if command -v script >/dev/null 2>&1; then
  TERM=xterm script -qc "'$YIELDC' '$T/warn_colour.py' -o '$T/warn_colour.c'" /dev/null >"$T/tty.out" 2>&1
  esc=$(printf '\033')
  if grep -q "${esc}\[1;35mwarning:${esc}\[0m .* \[${esc}\[1;35m-Wunused-generator${esc}\[0m\]" "$T/tty.out" &&
    grep -q "${esc}\[1;32m^" "$T/tty.out"; then
    pass warning-colour-on-terminal
  else
    fail warning-colour-on-terminal "no bold magenta 'warning:' and option, or no green caret, on a terminal"
  fi
fi

# The warnings of the programs outside tests/ that make test does not
# compile itself: the benchmarks and the C API sample (tests/run and the
# samples are checked in their own sections).
quiet_ok=1
for src in "$ROOT"/bench/*.py "$ROOT/samples/capi/counter.py"; do
  timeout 60 "$YIELDC" "$src" -o "$T/quiet.c" 2>"$T/stderr" && [ ! -s "$T/stderr" ] || { quiet_ok=; break; }
done
if [ -n "$quiet_ok" ]; then
  pass no-warnings-bench-capi
else
  fail no-warnings-bench-capi "$src failed to compile or printed a diagnostic"
fi

# yieldc run with -W options: warnings on stderr, then the program runs;
# under -Werror the program is neither built nor run.
y run -Wall "$T/warn_colour.py"
if [ $rc -eq 0 ] && grep -q 'warning: .*\[-Wunused-generator\]' "$T/stderr"; then
  pass run-warning
else
  fail run-warning "exit $rc, expected 0 and the warning on stderr"
fi
cat "$T/hello.py" "$T/warn_colour.py" >"$T/hello_warn.py"
y run -Werror "$T/hello_warn.py"
if [ $rc -eq 1 ] && [ ! -s "$T/stdout" ] && grep -q 'error: .*\[-Werror=unused-generator\]' "$T/stderr"; then
  pass run-werror
else
  fail run-werror "exit $rc, expected 1, the promoted warning and no program output"
fi

# make install into a temporary prefix: the installed yieldc builds a
# program against the installed runtime, statically through --cflags/--libs
# and shared through pkg-config; the man page is installed.
if command -v make >/dev/null 2>&1; then
  P=$T/prefix
  if make -s -C "$ROOT" install PREFIX="$P" >"$T/install.log" 2>&1 &&
    [ -f "$P/share/man/man1/yieldc.1" ] && [ -f "$P/lib/libyieldrt.so" ] &&
    "$P/bin/yieldc" "$T/hello.py" -o "$T/inst.c" &&
    "$CC" -std=c11 -Wall -Wextra -Werror $("$P/bin/yieldc" --cflags) "$T/inst.c" \
      $("$P/bin/yieldc" --libs) -o "$T/inst" 2>"$T/stderr" &&
    [ "$("$T/inst")" = "$HELLO_OUT" ]; then
    pass install
  else
    fail install "make install, or building against the installed runtime, failed"
  fi
  # The sample projects, built against the installed prefix: plain make
  # with yieldc.mk, and CMake with find_package(yieldc).
  CAPI_EXPECTED=
  command -v python3 >/dev/null 2>&1 && CAPI_EXPECTED=$(cd "$ROOT/samples/capi" && python3 expected.py)
  mkdir -p "$T/mk" && cp "$ROOT/samples/build/make/Makefile" "$T/mk/"
  if make -s -C "$T/mk" YIELDC="$P/bin/yieldc" CAPI="$ROOT/samples/capi" >"$T/mk.log" 2>&1 &&
    out=$(cd "$T/mk" && ./app) && { [ -z "$CAPI_EXPECTED" ] || [ "$out" = "$CAPI_EXPECTED" ]; }; then
    pass sample-make-project
  else
    fail sample-make-project "samples/build/make did not build against the install, or printed the wrong thing"
  fi
  # edited_rebuild CAPI BUILDDIR LOG TOOL CMD...: append a print to
  # CAPI/steps.py, the module counter.py imports, rebuild with CMD, and
  # check the app in BUILDDIR prints "edited" before the expected output
  # (the depfile must name the module).  Sets $why on failure.
  edited_rebuild() {
    local capi=$1 dir=$2 log=$3 tool=$4 out
    shift 4
    echo 'print("edited")' >>"$capi/steps.py"
    if ! "$@" >"$log" 2>&1 || ! out=$(cd "$dir" && ./app) || [ "${out%%$'\n'*}" != edited ] ||
      { [ -n "$CAPI_EXPECTED" ] && [ "$out" != "edited"$'\n'"$CAPI_EXPECTED" ]; }; then
      why="after steps.py (imported by counter.py) was edited, $tool did not regenerate, rebuild and relink the app"
      tail -n 5 "$log" >"$T/stderr"
    fi
  }
  # CMake: find_package(yieldc) and yieldc_target.  As for Meson below, the
  # project and samples/capi are copied so that steps.py can be edited:
  # nothing is regenerated when nothing changed, and an edit regenerates,
  # rebuilds and relinks.
  if command -v cmake >/dev/null 2>&1; then
    mkdir -p "$T/cms/build" && cp -r "$ROOT/samples/build/cmake" "$T/cms/build/" &&
      cp -r "$ROOT/samples/capi" "$T/cms/"
    cm_ok=
    if cmake -S "$T/cms/build/cmake" -B "$T/cm" -DCMAKE_PREFIX_PATH="$P" >"$T/cm.log" 2>&1 &&
      cmake --build "$T/cm" >>"$T/cm.log" 2>&1 &&
      out=$(cd "$T/cm" && ./app) && { [ -z "$CAPI_EXPECTED" ] || [ "$out" = "$CAPI_EXPECTED" ]; }; then
      cm_ok=1
      pass sample-cmake-project
    else
      tail -n 5 "$T/cm.log" >"$T/stderr"
      fail sample-cmake-project "samples/build/cmake did not build with find_package(yieldc), or printed the wrong thing"
    fi
    if [ -n "$cm_ok" ]; then
      why=
      : >"$T/stderr"
      cmake --build "$T/cm" >"$T/cm.log" 2>&1 && ! grep -q 'counter\.py' "$T/cm.log" ||
        why="cmake --build ran yieldc again with nothing changed"
      [ -n "$why" ] || edited_rebuild "$T/cms/capi" "$T/cm" "$T/cm.log" "cmake --build" cmake --build "$T/cm"
      if [ -z "$why" ]; then
        pass sample-cmake-rebuild
      else
        fail sample-cmake-rebuild "$why"
      fi
    fi
  else
    echo "SKIP driver/sample-cmake-project: cmake not found"
  fi
  # Meson: yieldc found on PATH, the runtime through pkg-config.  The project
  # and samples/capi are copied (same layout) so that steps.py can be
  # edited: ninja must read yieldc's depfile, have nothing to do when nothing
  # changed, and regenerate, rebuild and relink once steps.py is edited.
  if command -v meson >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 &&
    command -v pkg-config >/dev/null 2>&1; then
    mkdir -p "$T/ms/build" && cp -r "$ROOT/samples/build/meson" "$T/ms/build/" &&
      cp -r "$ROOT/samples/capi" "$T/ms/"
    ms_ok=
    if PATH="$P/bin:$PATH" PKG_CONFIG_PATH="$P/lib/pkgconfig" \
      meson setup "$T/ms/b" "$T/ms/build/meson" -Dwerror=true >"$T/ms.log" 2>&1 &&
      ninja -C "$T/ms/b" >>"$T/ms.log" 2>&1 &&
      out=$(cd "$T/ms/b" && ./app) && { [ -z "$CAPI_EXPECTED" ] || [ "$out" = "$CAPI_EXPECTED" ]; }; then
      ms_ok=1
    fi
    if [ -n "$ms_ok" ]; then
      pass sample-meson-project
    else
      tail -n 5 "$T/ms.log" >"$T/stderr"
      fail sample-meson-project "samples/build/meson did not build against the install, or printed the wrong thing"
    fi
    if [ -n "$ms_ok" ]; then
      why=
      : >"$T/stderr"
      ninja -C "$T/ms/b" -t deps counter.c 2>&1 | grep -q 'capi/counter\.py$' &&
        ninja -C "$T/ms/b" -t deps counter.c 2>&1 | grep -q 'capi/steps\.py$' ||
        why="ninja did not read yieldc's depfile (naming counter.py and steps.py)"
      [ -n "$why" ] || ninja -C "$T/ms/b" 2>&1 | grep -q 'no work to do' ||
        why="ninja rebuilt something with nothing changed"
      [ -n "$why" ] || edited_rebuild "$T/ms/capi" "$T/ms/b" "$T/ms.log" ninja ninja -C "$T/ms/b"
      if [ -z "$why" ]; then
        pass sample-meson-rebuild
      else
        fail sample-meson-rebuild "$why"
      fi
    fi
  else
    echo "SKIP driver/sample-meson-project: meson, ninja or pkg-config not found"
  fi
  if command -v pkg-config >/dev/null 2>&1; then
    if "$CC" -std=c11 $(PKG_CONFIG_PATH=$P/lib/pkgconfig pkg-config --cflags yieldrt) "$T/inst.c" \
      $(PKG_CONFIG_PATH=$P/lib/pkgconfig pkg-config --libs yieldrt) -Wl,-rpath,"$P/lib" \
      -o "$T/inst-so" 2>"$T/stderr" && [ "$("$T/inst-so")" = "$HELLO_OUT" ]; then
      pass install-pkg-config
    else
      fail install-pkg-config "building with pkg-config yieldrt against libyieldrt.so failed"
    fi
    # yieldrt.pc names the installed compiler too (for Meson's
    # get_variable(pkgconfig: 'yieldc'), or $(shell pkg-config ...) in make).
    pc_yieldc=$(PKG_CONFIG_PATH=$P/lib/pkgconfig pkg-config --variable=yieldc yieldrt)
    if [ "$pc_yieldc" = "$P/bin/yieldc" ] && [ -x "$pc_yieldc" ]; then
      pass install-pkg-config-yieldc
    else
      fail install-pkg-config-yieldc "pkg-config --variable=yieldc yieldrt is '$pc_yieldc', not $P/bin/yieldc"
    fi
  fi
fi

# The browser harness, tests/browser/check_html.py: it drives headless
# Chromium over the DevTools protocol against the HTML page's DOM contract.
# It must pass on its mock page (screenshot kept in build/test-artifacts/),
# and fail, at the right check and with status 1 (not 3, a browser that did
# not run), on a mock whose hover is broken and on one that is not
# self-contained.  Skipped, visibly, where Chromium is not installed
# (.ci/run installs it).
CHROMIUM_BIN=${CHROMIUM:-/usr/bin/chromium}
ART=$ROOT/build/test-artifacts
# check_browser PAGE PNG: run the harness on PAGE; sets $rc, output in $T/browser.out.
check_browser() {
  rm -f "$2"
  timeout 90 python3 "$ROOT/tests/browser/check_html.py" "$1" --screenshot "$2" >"$T/browser.out" 2>&1
  rc=$?
}
browser_fail() {
  fail browser-harness "$1"
  tail -n 8 "$T/browser.out" | sed 's/^/    /'
}
if ! command -v python3 >/dev/null 2>&1 || [ ! -x "$CHROMIUM_BIN" ]; then
  echo "SKIP driver/browser-harness: python3 or $CHROMIUM_BIN not found (apt-get install chromium)"
else
  mkdir -p "$ART"
  rm -f "$T/stderr"
  B=$ROOT/tests/browser
  check_browser "$B/mock.html" "$ART/browser-mock.png"
  if [ $rc -ne 0 ] || [ ! -s "$ART/browser-mock.png" ]; then
    browser_fail "exit $rc on tests/browser/mock.html, expected 0 and a screenshot"
  else
    # The broken mock is mock.html with its hover handler (the line marked
    # FIXTURE-HOVER) made to highlight nothing.
    sed 's|show(key(lineOf(ev)));  /\* FIXTURE-HOVER \*/|show(null);  /* FIXTURE-HOVER: broken on purpose */|' \
      "$B/mock.html" >"$T/mock-broken.html"
    if cmp -s "$B/mock.html" "$T/mock-broken.html"; then
      rc=0
      echo "the FIXTURE-HOVER line of mock.html was not found" >"$T/browser.out"
    else
      check_browser "$T/mock-broken.html" "$T/broken.png"
    fi
    if [ $rc -ne 1 ] || ! grep -q '^FAIL: hover Python line' "$T/browser.out"; then
      browser_fail "exit $rc on mock.html with its hover broken, expected 1 and 'FAIL: hover Python line ...'"
    else
      check_browser "$B/mock-external.html" "$T/external.png"
      if [ $rc -ne 1 ] || ! grep -q '^FAIL: self-contained' "$T/browser.out"; then
        browser_fail "exit $rc on tests/browser/mock-external.html, expected 1 and 'FAIL: self-contained ...'"
      else
        pass browser-harness
      fi
    fi
  fi
  # The real page: yieldc --emit=html of a generator with try, except and
  # finally, and of an async program; the screenshot of the first is kept.
  for prog in states/try_finally run/async_agen_athrow; do
    name=${prog#*/}
    y --emit=html -o "$T/$name.html" "$ROOT/tests/$prog.py"
    if [ $rc -ne 0 ]; then
      fail "browser-page-$name" "yieldc --emit=html exited $rc"
      continue
    fi
    check_browser "$T/$name.html" "$ART/page-$name.png"
    if [ $rc -ne 0 ] || [ ! -s "$ART/page-$name.png" ]; then
      fail "browser-page-$name" "exit $rc from the browser check, expected 0 and a screenshot"
      tail -n 8 "$T/browser.out" | sed 's/^/    /'
    else
      pass "browser-page-$name"
    fi
  done
fi

exit $failed
