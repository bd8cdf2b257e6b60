#!/bin/bash
# Build tests/unit/num_harness.c (ASan+UBSan) and diff it against CPython
# 3.11 on the cases of tests/unit/num_cases.py.  Needs `make` first (for
# build/stubs.c).  Prints the differing cases: input, expected, got.
set -e
cd "$(dirname "$0")/../.."
T=${TMPDIR:-/tmp}/numh.$$
mkdir -p "$T"
cc -DSP_BUILD_CORE -Isrc -O1 -g -fsanitize=address,undefined -w tests/unit/num_harness.c \
   src/core/{bigint,span,trap,utf8}.c src/objects/{int,bool,float,complex,format,unicode}.c build/stubs.c -lm -o "$T/numh"
python3.11 tests/unit/num_cases.py > "$T/in"
python3.11 tests/unit/num_cases.py --expect > "$T/want"
ASAN_OPTIONS=detect_leaks=0 "$T/numh" < "$T/in" > "$T/got"
paste -d'\t' "$T/in" "$T/want" "$T/got" | awk -F'\t' '$2!=$3' > "$T/diffs" || true
echo "$(wc -l < "$T/in") cases, $(wc -l < "$T/diffs") differ"
cat "$T/diffs"
rm -rf "$T"
