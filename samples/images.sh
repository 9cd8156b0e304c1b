#!/usr/bin/env bash
# samples/images.sh: the README's two pictures, made from samples/session.py
# by yieldc itself (`make images`):
#
#   samples/images/session-states.svg  `yieldc --emit=dot`, laid out by
#                                      Graphviz's dot
#   samples/images/session-page.png    `yieldc --emit=html`, loaded in
#                                      headless Chromium by the test harness
#                                      (tests/browser/check_html.py), which
#                                      checks the page and pins line 12
#
# Needs graphviz and chromium (Debian packages; .ci/run installs them).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
YIELDC=${YIELDC:-$ROOT/build/yieldc}
OUT=$ROOT/samples/images
T=$(mktemp -d "${TMPDIR:-/tmp}/yieldc-images.XXXXXX")
trap 'rm -rf "$T"' EXIT

mkdir -p "$OUT"
cd "$ROOT/samples"
"$YIELDC" --emit=dot session.py -o "$T/session.dot"
dot -Tsvg "$T/session.dot" -o "$OUT/session-states.svg"
"$YIELDC" --emit=html session.py -o "$T/session.html"
python3 "$ROOT/tests/browser/check_html.py" "$T/session.html" --py-line 12 \
  --screenshot "$OUT/session-page.png" >"$T/check.out" || {
  cat "$T/check.out" >&2
  exit 1
}
echo "wrote samples/images/session-states.svg and samples/images/session-page.png"
