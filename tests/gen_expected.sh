#!/bin/sh
# Regenerate the expected output of tests/lang/*.py (or the files given,
# in tests/lang/ or tests/crash/)
# with CPython 3.11: NAME.out is its stdout, NAME.rc its exit status when
# not 0.  Uses Debian's python3.11 (the oracle), run from the test's
# directory as SafePy's runner does.
set -e
PY=${PYTHON311:-/usr/bin/python3.11}
[ -x "$PY" ] || { echo "gen_expected: $PY not found (apt-get install python3.11)" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/lang"
if [ $# -eq 0 ]; then set -- *.py; fi
for f in "$@"; do
    case "$f" in
        */crash/*|crash/*) cd "$here/crash" ;;
        *) cd "$here/lang" ;;
    esac
    f=$(basename "$f")
    base=${f%.py}
    rc=0
    PYTHONHASHSEED=0 "$PY" "$f" > "$base.out" 2>/dev/null </dev/null || rc=$?
    if [ "$rc" -ne 0 ]; then echo "$rc" > "$base.rc"; else rm -f "$base.rc"; fi
done
