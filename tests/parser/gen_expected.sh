#!/bin/sh
# Regenerate tests/parser/NAME.ast (or for the files given): the output of
# CPython 3.11's ast.dump(ast.parse(source)), which `safepy --dump-ast
# NAME.py` must print exactly.
set -e
PY=${PYTHON311:-/usr/bin/python3.11}
[ -x "$PY" ] || { echo "gen_expected: $PY not found" >&2; exit 2; }
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then set -- *.py; fi
for f in "$@"; do
    f=$(basename "$f")
    "$PY" -c 'import ast, sys
src = open(sys.argv[1], "rb").read()
print(ast.dump(ast.parse(src, sys.argv[1])))' "$f" > "${f%.py}.ast"
done
