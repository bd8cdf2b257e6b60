#!/bin/sh
# Seed corpora for the fuzz targets: build-fuzz/corpus/TARGET (not in git).
#   sh fuzz/seeds.sh [DIR]      (DIR defaults to build-fuzz/corpus)
# parse, compile, run: the test programs (tests/lang, tests/crash,
# tests/parser), each under the name of its content's hash, so rerunning
# adds nothing twice and the fuzzers' own finds sit beside them.  run skips
# the tests too slow for a fuzzer's 10 s timeout under ASan
# (tests/stress-skip.txt).  gen: 32 fixed pseudo-random byte strings (its
# input is a list of choices, not source).
set -eu
cd "$(dirname "$0")/.."
dir=${1:-build-fuzz/corpus}
mkdir -p "$dir/parse" "$dir/compile" "$dir/run" "$dir/gen"
for f in tests/lang/*.py tests/crash/*.py tests/parser/*.py; do
    h=$(sha1sum "$f" | cut -c1-16)
    for t in parse compile; do
        [ -e "$dir/$t/seed-$h" ] || cp "$f" "$dir/$t/seed-$h"
    done
    name=$(basename "$(dirname "$f")")/$(basename "$f")
    if ! grep -qx "$name" tests/stress-skip.txt 2>/dev/null && [ "$(wc -c <"$f")" -le 8192 ]; then
        [ -e "$dir/run/seed-$h" ] || cp "$f" "$dir/run/seed-$h"
    fi
done
i=0
while [ $i -lt 32 ]; do
    f="$dir/gen/seed-$i"
    # deterministic bytes: i-th block of a fixed stream
    [ -e "$f" ] || head -c $((64 + i * 31)) /dev/zero | tr '\0' 'x' | \
        awk -v s=$i 'BEGIN{srand(s+1)} {for(k=0;k<length($0);k++) printf "%c", int(rand()*256)}' >"$f"
    i=$((i + 1))
done
echo "seeds: $(ls "$dir/parse" | wc -l) parse, $(ls "$dir/compile" | wc -l) compile, $(ls "$dir/run" | wc -l) run, $(ls "$dir/gen" | wc -l) gen"
