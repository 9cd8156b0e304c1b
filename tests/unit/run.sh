#!/bin/sh
# Build and run the runtime's C unit tests (tests/unit/test_*.c), each linked
# with the runtime sources under AddressSanitizer and UBSan.
#   sh tests/unit/run.sh            all tests
#   CC=clang sh tests/unit/run.sh   another compiler
#   SAN= sh tests/unit/run.sh       without sanitizers
set -e
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
SAN=${SAN--fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined}
OUT=build/tests/unit
RT_LIBS=$(sed -n 's/^RT_LIBS *= *//p' Makefile) # the runtime's libraries: their one definition
mkdir -p "$OUT"
status=0
for t in tests/unit/test_*.c; do
  name=$(basename "$t" .c)
  $CC -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -g -O1 $SAN -Iruntime \
    -o "$OUT/$name" "$t" runtime/*.c $RT_LIBS
  "$OUT/$name" || status=1
done
exit $status
