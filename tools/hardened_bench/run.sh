#!/bin/sh
# Measure what the hardened build costs, flag by flag (issue #4).
#
#   tools/hardened_bench/run.sh [build] [count] [time]    (default: all three)
#
# build: one build per variant into build-hb/NAME (make -j2; ~10 builds),
#        all from one snapshot of the committed tree (git archive HEAD ->
#        build-hb/src), so that every variant compiles the same sources
# count: instructions executed per program and variant (valgrind
#        cachegrind, --cache-sim=no: deterministic, immune to the load
#        of a shared machine) -> build-hb/counts.txt and a ratio table
# time:  wall time, plain vs all flags (hyperfine, warm-up 2, 10 runs)
#        -> build-hb/time-*.json and a ratio table
#
# Variants: plain (the default build: gcc-12 -O2, which on Debian is
# already PIE), one per flag on top of plain, all (= make hardened), and
# clang-19 plain / clang-19 all.  Every variant must print exactly what
# plain prints on every program (checked).  Run from the repository root.
set -e
cd "$(dirname "$0")/../.."
B=build-hb
PROGS=$(ls tools/hardened_bench/*.py | grep -v /table.py)
# dict orders and probe counts depend on the hash key: fix it, so that
# instruction counts are exactly reproducible
export PYTHONHASHSEED=0
STAGES=${*:-build count time}
J=${J:-2}

HARD="-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3 -fstack-protector-strong -fstack-clash-protection -fcf-protection=full -fPIE -ftrivial-auto-var-init=zero -fsanitize=bounds -fno-sanitize-recover=bounds"
LINK="-lm -pie -Wl,-z,relro,-z,now"

# name|CC|CFLAGS|LDLIBS
VARIANTS="plain|gcc||-lm
all|gcc|$HARD|$LINK
clang_plain|clang-19||-lm
clang_all|clang-19|$HARD|$LINK
fortify3|gcc|-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3|-lm
ssp_strong|gcc|-fstack-protector-strong|-lm
stack_clash|gcc|-fstack-clash-protection|-lm
cf_protection|gcc|-fcf-protection=full|-lm
relro_now|gcc||$LINK
autoinit_zero|gcc|-ftrivial-auto-var-init=zero|-lm
bounds|gcc|-fsanitize=bounds -fno-sanitize-recover=bounds|-lm"

names() { echo "$VARIANTS" | cut -d'|' -f1; }
field() { echo "$VARIANTS" | awk -F'|' -v n="$1" -v f="$2" '$1 == n { print $f }'; }

build() {
    if [ ! -d $B/src ]; then
        mkdir -p $B/src && git archive HEAD | tar -x -C $B/src
        git rev-parse HEAD > $B/src/REVISION
    fi
    top=$(pwd)
    for v in $(names); do
        cc=$(field $v 2); cf=$(field $v 3); ld=$(field $v 4)
        defs=""
        case "$cf" in *sanitize=bounds*) defs=-DSP_HARDENED ;; esac
        if [ $v = relro_now ] && [ -d $B/plain ] && [ ! -d $B/relro_now ]; then
            # a link-only flag: reuse plain's objects, relink only
            cp -a $B/plain $B/relro_now && rm -f $B/relro_now/safepy
        fi
        echo "== build $v"
        make -s -j$J -C $B/src BUILD=$top/$B/$v CC="$cc" DEFS="$defs" CFLAGS="$cf" LDLIBS="$ld" all >/dev/null
    done
}

check_outputs() {
    for p in $PROGS; do
        ./$B/plain/safepy $p > $B/expect.out
        for v in $(names); do
            ./$B/$v/safepy $p > $B/got.out || { echo "$v $p: failed"; exit 1; }
            cmp -s $B/expect.out $B/got.out || { echo "$v $p: output differs"; exit 1; }
        done
    done
}

count() {
    check_outputs
    : > $B/counts.txt
    for p in $PROGS; do
        for v in $(names); do
            # without debug info: Debian 12's valgrind 3.19 can't read
            # clang-19's DWARF 5 (and the instructions are the same)
            objcopy --strip-debug $B/$v/safepy $B/$v/safepy.nodebug
            n=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
                  ./$B/$v/safepy.nodebug $p 2>&1 >/dev/null | awk '/I *refs:/ { gsub(",", "", $4); print $4 }')
            echo "$(basename $p .py) $v $n" | tee -a $B/counts.txt
        done
    done
    python3 tools/hardened_bench/table.py counts $B/counts.txt
}

timing() {
    check_outputs
    for p in $PROGS; do
        n=$(basename $p .py)
        hyperfine -N -w 2 -r 10 --export-json $B/time-$n.json \
            -n plain "./$B/plain/safepy $p" -n all "./$B/all/safepy $p" \
            -n clang_plain "./$B/clang_plain/safepy $p" -n clang_all "./$B/clang_all/safepy $p" >/dev/null
    done
    python3 tools/hardened_bench/table.py time $B/time-*.json
}

for s in $STAGES; do
    case $s in
        build) build ;;
        count) count ;;
        time) timing ;;
        *) echo "unknown stage $s"; exit 2 ;;
    esac
done
