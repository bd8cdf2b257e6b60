#!/usr/bin/env python3
"""The benchmark suite's correctness check (part of `make test`): run each
benchmark once at its tiny size on SafePy and compare the checksum line with
the one CPython 3.11 prints (suite.EXPECTED).  Never a check of time.

Benchmarks listed in bench/known-fail.txt are reported as SKIP and not
counted; if one of them passes, a NOTE line says to take it off the list.
Ends with the line "N passed, N failed".

    python3.11 bench/check.py --safepy ./safepy [--timeout 120] [name ...]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HERE, run_once, load_known_failures  # noqa: E402
from suite import BENCHMARKS, EXPECTED  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--safepy", default="./safepy")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("names", nargs="*", help="only these benchmarks")
    args = ap.parse_args()
    unknown = set(args.names) - {n for n, _, _ in BENCHMARKS}
    if unknown:
        sys.exit("check: no such benchmark: %s" % ", ".join(sorted(unknown)))
    known = load_known_failures()
    passed = failed = skipped = 0
    for name, script, tiny in BENCHMARKS:
        if args.names and name not in args.names:
            continue
        expected = EXPECTED[name][1]
        r = run_once([args.safepy, os.path.join(HERE, script), tiny], args.timeout)
        good = r.ok and r.output.splitlines()[-1:] == [expected]
        if name in known:
            skipped += 1
            print("SKIP %s (known failure: %s)" % (name, known[name]))
            if good:
                print("NOTE %s now passes: take it off bench/known-fail.txt" % name)
            continue
        if good:
            passed += 1
            print("PASS %s (%.2f s)" % (name, r.wall))
        else:
            failed += 1
            why = r.error if not r.ok else "wrong checksum: %r, expected %r" % (r.output[-200:], expected)
            print("FAIL %s: %s" % (name, why))
    print("%d skipped (bench/known-fail.txt)" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
