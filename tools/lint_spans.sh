#!/bin/sh
# The part of the safety lint that clang's -Wunsafe-buffer-usage can't do
# in C: a span built by hand from a pointer and a length.  In C the
# warning does not fire on an array decaying to a pointer, so
# `(sp_vals){ obj->items, n }` passes it silently although the length is
# an unchecked promise about memory.  Outside src/core/ a span must come
# from another span, from a C array (SP_VALS/SP_BYTES/SP_CBYTES and the
# sizeof-based macros), or from a constructor of src/core/objspan.h.
#
#   sh tools/lint_spans.sh          list the hand-built spans; status 1 if any
#
# Allowed: the empty span `{ NULL, 0 }` / `{ 0 }`.
T='sp_vals|sp_bytes|sp_cbytes|sp_u16s|sp_u32s|sp_u64s|sp_i32s|sp_i64s|sp_sizes|sp_cptrs|sp_cstrs'
files=$(find src -name '*.c' -o -name '*.h' | grep -v '^src/core/' | sort)
empty='\{ *(NULL *, *0|0) *\}'
hits=$( {
    # compound literals: (sp_vals){ p, n }
    grep -nE "\(($T)\) *\{" $files | grep -vE "\(($T)\) *$empty"
    # initialisers: sp_vals s = { p, n }  (also a second declarator)
    grep -nE "\b($T) +[a-z_][a-z0-9_]* *= *\{" $files | grep -vE "= *$empty *;"
    grep -nE "\b($T) +[^;(]*, *[a-z_][a-z0-9_]* *= *\{" $files
    # field stores into a span
    grep -nE "\.ptr *= *[^=]" $files
} | sort -u )
if [ -n "$hits" ]; then
    echo "$hits"
    echo "lint-spans: $(echo "$hits" | wc -l) hand-built spans outside src/core/"
    exit 1
fi
echo "lint-spans: clean"
