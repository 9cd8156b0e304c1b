#!/bin/sh
# statics.sh: list the compiler's static variables, one declaration a line,
# sorted (comments, initialisers and initialised tables left out; main.c,
# which the fuzzer replaces, too).  The fuzzer starts every input over, so
# each must be reset by the compiler itself (diag_init, parse_module, ...)
# or by the fuzzer (fuzz_emit.c); memory they point to is freed by
# fuzz_free_all.  fuzz.mk stops the fuzzer's build when this list differs
# from statics.txt: see to the new variable, then
#     sh tests/fuzz/statics.sh > tests/fuzz/statics.txt
cd "$(dirname "$0")/../.." || exit 1
for f in transpiler/*.c; do
  [ "$f" = transpiler/main.c ] && continue
  grep -E '^[[:space:]]*static [^(]*[;=]|^[[:space:]]*static [^=;]*\(\*' "$f" |
    grep -vE '\[\][[:space:]]*=' |
    sed -e 's|/\*.*\*/||' -e 's/[[:space:]]*=.*//' -e 's/;.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//'
done | LC_ALL=C sort
