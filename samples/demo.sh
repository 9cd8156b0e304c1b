#!/usr/bin/env bash
# samples/demo.sh: compile each sample with yieldc, build it with $CC, run
# it, and show its output beside CPython's (`make demo`).
#
#   bash samples/demo.sh             every samples/*.py
#   bash samples/demo.sh chain.py    some of them
#
# The left column is the compiled program, the right one python3; a `|`,
# `<` or `>` between them marks a line that differs.  A sample that CPython
# 3.11 cannot run (PEP 828) has a twin, samples/twins/NAME.py, written with
# 3.11 constructs: the right column then shows CPython running the twin,
# labelled so.  The last line says whether every sample matched.  Exits 0
# only if all matched.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
YIELDC=${YIELDC:-$ROOT/build/yieldc}
CC=${CC:-cc}
PYTHON=${PYTHON:-python3}
WIDTH=${WIDTH:-110}

if [ ! -x "$YIELDC" ]; then
  echo "demo: $YIELDC is not built (run make)" >&2
  exit 1
fi
cflags=$("$YIELDC" --cflags)
libs=$("$YIELDC" --libs)
have_python=
command -v "$PYTHON" >/dev/null 2>&1 && have_python=1

T=$(mktemp -d "${TMPDIR:-/tmp}/yieldc-demo.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT

cd "$ROOT/samples" || exit 1
if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(*.py)
fi

total=0
matched=0
differ=()
for file in "${files[@]}"; do
  file=$(basename "$file")
  name=${file%.py}
  total=$((total + 1))
  echo "==================== $file ===================="
  # The sample's comment header.
  sed -n '/^#/!q; s/^# \{0,1\}/  /p' "$file"
  echo
  ok=1
  if ! "$YIELDC" "$file" -o "$T/$name.c" 2>"$T/$name.log"; then
    echo "yieldc failed:"
    sed 's/^/  /' "$T/$name.log"
    ok=0
  elif ! "$CC" -std=c11 -O1 $cflags "$T/$name.c" $libs \
    -o "$T/$name" 2>"$T/$name.log"; then
    echo "$CC failed:"
    sed 's/^/  /' "$T/$name.log" | head -n 20
    ok=0
  else
    timeout 10 "$T/$name" </dev/null >"$T/$name.out" 2>"$T/$name.err"
    rc=$?
    [ -s "$T/$name.err" ] && tail -n 1 "$T/$name.err" >>"$T/$name.out"
    [ $rc -ne 0 ] && echo "[exit $rc]" >>"$T/$name.out"
    if [ -n "$have_python" ]; then
      pyfile=$file
      pylabel=CPython
      if [ -f "twins/$file" ]; then
        pyfile=twins/$file
        pylabel="CPython running twins/$file"
      fi
      timeout 60 "$PYTHON" "$pyfile" </dev/null >"$T/$name.py.out" 2>"$T/$name.py.err"
      prc=$?
      [ -s "$T/$name.py.err" ] && tail -n 1 "$T/$name.py.err" >>"$T/$name.py.out"
      [ $prc -ne 0 ] && echo "[exit $prc]" >>"$T/$name.py.out"
      printf '%-*s %s\n' $((WIDTH / 2 + 1)) "yieldc" "$pylabel"
      printf '%-*s %s\n' $((WIDTH / 2 + 1)) "------" "$(printf '%s' "$pylabel" | tr -c '\n' -)"
      diff -y -t -W "$WIDTH" "$T/$name.out" "$T/$name.py.out"
      cmp -s "$T/$name.out" "$T/$name.py.out" || ok=0
    else
      echo "yieldc (python3 not found, nothing to compare with)"
      cat "$T/$name.out"
    fi
  fi
  echo
  if [ $ok = 1 ]; then
    matched=$((matched + 1))
  else
    differ+=("$file")
  fi
done

if [ ${#differ[@]} -eq 0 ]; then
  echo "all $total samples matched CPython"
  exit 0
fi
echo "$matched of $total samples matched CPython; different: ${differ[*]}"
exit 1
