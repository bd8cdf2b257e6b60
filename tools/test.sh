#!/bin/sh
# Build SafePy and run the whole test suite (README, second command; CI).
#
#   1. release build (gcc) and the clang build, warning-free
#   2. the safety lint (clang-19 -Werror=unsafe-buffer-usage outside src/core/)
#   3. C unit tests of the core
#   4. tests/lang, tests/crash, tests/parser and the randomized differential
#      test (tools/difftest.py, fixed seed: 4000 expressions) on the release
#      build, and the benchmarks' checksums at their tiny sizes (bench/check.py)
#   5. the same under ASan+UBSan
#      (the crash suites include `crashers`: CPython's Lib/test/crashers
#      run in place under --max-heap 256M --max-time 10)
#   6. the same under GC stress (SAFEPY_GC_STRESS=1: collect at every
#      allocation; 1500 expressions of the differential test) -- except the
#      tests named in tests/stress-skip.txt, too slow for CI under stress;
#      `STRESS=all sh tools/test.sh` runs them too
#   7. allocation-failure injection (tools/allocfail.py) over the first 8
#      programs of tools/allocfail.list on the ASan build
#   8. the hardened build (make hardened-check: each flag in effect), its
#      unit tests and the crash corpus on it
#   9. each libFuzzer target of fuzz/ for 30 s (make fuzz-ci)
#  10. make verify: the proof of the trusted core (verify/REPORT.md)
#   The crash corpus includes CPython's Lib/test/crashers/ where installed.
# Ends with "N passed, N failed" over all of it.
set -u
cd "$(dirname "$0")/.."
sh tools/deps.sh gcc make libc6-dev python3.11 clang-19 libclang-rt-19-dev || exit 1
J=$(nproc)
total_pass=0
total_fail=0
step_fail=0
count() {  # count LOGFILE: add the run's closing line to the totals
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.*, ([0-9]+) failed.*/\1/')
    [ -n "$line" ] || { p=0; f=1; }
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
}
step() {  # step NAME COMMAND...: a build step counts as one test
    name=$1; shift
    if "$@" >"/tmp/safepy-step-$$.log" 2>&1; then
        total_pass=$((total_pass + 1)); echo "ok   $name"
    else
        total_fail=$((total_fail + 1)); step_fail=1; echo "FAIL $name"; tail -40 "/tmp/safepy-step-$$.log"
    fi
}
step "build (gcc)" make -j"$J"
step "build (clang-19)" make -j"$J" CC=clang-19 BUILD=build-clang
step "lint-safety" make lint-safety
step "build (asan+ubsan)" make -j"$J" asan
step "unit tests build" make -j"$J" unit
step "build (hardened) + flags in effect" make -j"$J" hardened-check
# limits: the embedding API, 50 VMs in a row under ASan's leak checker (tests/embed/embed.mk)
step "embed test (asan, leaks)" make -j"$J" embed-asan
[ $step_fail = 0 ] || { echo "$total_pass passed, $total_fail failed"; exit 1; }

run() {  # run LABEL ARGS...
    label=$1; shift
    log="/tmp/safepy-run-$$-$label.log"
    python3.11 tests/run.py "$@" >"$log" 2>&1
    grep -v '^PASS' "$log" | sed "s/^/[$label] /" | tail -200
    count "$log"
}
run plain --safepy ./safepy --unit-dir build/unit
# the benchmark suite (bench/, issue #6): each benchmark once at its tiny size on the release build, checksum compared with CPython's (never time); bench/known-fail.txt lists those SafePy can't run yet (SKIP, not counted)
bc="/tmp/safepy-run-$$-bench.log"; python3.11 bench/check.py --safepy ./safepy >"$bc" 2>&1; grep -E '^(FAIL|NOTE)' "$bc" | sed 's/^/[bench] /'; count "$bc"
run asan --safepy build-asan/safepy --unit-dir build-asan/unit --timeout 120 --skip tests/asan-skip.txt
if [ "${STRESS:-subset}" = all ]; then
    run stress --safepy ./safepy --stress --suite lang,crash,parser,diff,crashers --diff-count 1500 --timeout 600
else
    run stress --safepy ./safepy --stress --suite lang,crash,parser,diff,crashers --diff-count 1500 --timeout 300 --skip tests/stress-skip.txt
fi
# The hardened build (tools/hardened.mk): its unit tests (each hardening check ends in the safety trap) and the crash corpus.
run hardened --safepy build-hardened/safepy --unit-dir build-hardened/unit --suite unit,crash --timeout 120
# Allocation-failure injection (tools/allocfail.py): every allocation point of the first 8 programs of tools/allocfail.list, failing once (N) and from then on (N+), on the ASan build (`make allocfail` runs all of them).
af="/tmp/safepy-run-$$-allocfail.log"; python3.11 tools/allocfail.py --safepy build-asan/safepy -j "$J" --first 8 >"$af" 2>&1; grep -E '^(FAIL|  cd |    [|])' "$af" | sed 's/^/[allocfail] /' | tail -100; count "$af"
# fuzzing (fuzz/fuzz.mk, issue #4): each libFuzzer target (parse, compile, run, gen) for 30 s from its seed corpus; one test per target
make -j"$J" fuzz-ci >"/tmp/safepy-fuzz-$$.log" 2>&1; grep -E '^(PASS|FAIL)' "/tmp/safepy-fuzz-$$.log" | sed 's/^/[fuzz] /'; count "/tmp/safepy-fuzz-$$.log"
# the proof of the trusted core (make verify, issue #5): Frama-C WP on every function of src/core/ and the EVA harnesses; one test per function and harness.  The whole proof takes ~47 min on 2 cores, so CI runs the part that changed (--changed: the units whose sources differ from those the full run recorded in verify/REPORT.md; README, on the tests)
vf="/tmp/safepy-verify-$$.log"; make verify VERIFY_FLAGS="--changed" >"$vf" 2>&1; grep -E '^(problem|--changed|[a-z_0-9.]+ +[0-9]+ functions|eva_)' "$vf" | sed 's/^/[verify] /'; count "$vf"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
