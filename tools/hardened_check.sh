#!/bin/sh
# Check that each flag of the hardened build is really in effect in a
# binary (a checksec-like report from readelf/objdump), and that its
# checks end in the safety trap (test_hardening).
#
#   sh tools/hardened_check.sh [BUILD_DIR]     (default build-hardened)
#
# Exit status 0 iff every check passes.
B=${1:-build-hardened}
BIN=$B/safepy
[ -x "$BIN" ] || { echo "no $BIN (make hardened)"; exit 2; }
fail=0
ok() { printf '  %-34s ok   %s\n' "$1" "$2"; }
bad() { printf '  %-34s FAIL %s\n' "$1" "$2"; fail=1; }
check() { # name, detail, condition...
    name=$1; detail=$2; shift 2
    if "$@" >/dev/null 2>&1; then ok "$name" "$detail"; else bad "$name" "$detail"; fi
}

dyn=$(readelf -d "$BIN")
hdr=$(readelf -hl "$BIN")
notes=$(readelf -n "$BIN")
dsyms=$(readelf --dyn-syms -W "$BIN")
syms=$(readelf -s -W "$BIN")
ncu=$(readelf --debug-dump=info "$BIN" 2>/dev/null | grep -c DW_AT_producer)
every_cu() { # flag: each CU's producer line holds it
    n=$(readelf --debug-dump=info "$BIN" 2>/dev/null | grep DW_AT_producer | grep -c -- "$1")
    [ "$n" -eq "$ncu" ] && [ "$ncu" -gt 0 ]
}
disasm=$(objdump -d --no-show-raw-insn "$BIN")

echo "$BIN:"
check "PIE" "ELF type DYN, FLAGS_1 PIE" sh -c 'printf "%s\n" "$0" | grep -q "Type: *DYN" && printf "%s\n" "$1" | grep -q "Flags:.*PIE"' "$hdr" "$dyn"
check "full RELRO: GNU_RELRO segment" "" sh -c 'printf "%s\n" "$0" | grep -q GNU_RELRO' "$hdr"
check "full RELRO: BIND_NOW" "FLAGS BIND_NOW / FLAGS_1 NOW" sh -c 'printf "%s\n" "$0" | grep -Eq "BIND_NOW|Flags:.* NOW"' "$dyn"
n=$(echo "$disasm" | grep -c 'call.*<__stack_chk_fail')
check "stack protector" "$n canary checks (calls to __stack_chk_fail)" test "$n" -gt 100
check "stack protector: -strong in every CU" "" every_cu -fstack-protector-strong
fort=$(printf '%s\n' "$dsyms" | grep -Eo ' __[a-z_]+_chk(@|$)' | grep -v __stack_chk | tr -d ' @' | sort -u)
n=$(printf '%s\n' "$fort" | grep -c .)
check "FORTIFY_SOURCE" "$n fortified libc functions imported: $(echo $fort)" test "$n" -gt 0
n=$(printf '%s\n' "$disasm" | grep -c endbr64)
check "CET: endbr64 landing pads" "$n" test "$n" -gt 1000
# The executable is marked IBT/SHSTK only if every object linked in is:
# Debian 12's glibc start files (Scrt1.o, crti.o, crtn.o) are not, so the
# linker drops the marking and CET can't be enabled at run time.  Reported,
# not failed (see docs/safety.md, "Hardened build").
if printf '%s\n' "$notes" | grep -q "x86 feature: IBT, SHSTK"; then
    ok "CET: ELF marked IBT, SHSTK" ""
else
    printf '  %-34s WARN %s\n' "CET: ELF marked IBT, SHSTK" "no (the toolchain's crt files lack the property)"
fi
check "stack-clash protection in every CU" "" every_cu -fstack-clash-protection
n=$(echo "$disasm" | grep -Ec 'or[lq]? +\$0x0,(-?0x[0-9a-f]+)?\(%rsp\)')
check "stack-clash probes in the code" "$n page probes (or \$0x0,(%rsp))" test "$n" -gt 0
check "auto-var-init=zero in every CU" "" every_cu -ftrivial-auto-var-init=zero
n=$(echo "$disasm" | grep -c 'call.*<__ubsan_handle_out_of_bounds')
check "compiler bounds checks" "$n checks, routed to sp_trap" test "$n" -gt 0
tmp=$(mktemp); printf '%s\n' "$syms" > "$tmp"   # too long for an argument
check "bounds handler is SafePy's (no UBSan runtime)" "" sh -c 'grep -q " FUNC .* GLOBAL .* __ubsan_handle_out_of_bounds_abort$" "$0" && ! printf "%s\n" "$1" | grep -q libubsan' "$tmp" "$dyn"
rm -f "$tmp"
check "no DT_NEEDED beyond libc/libm" "$(echo "$dyn" | grep NEEDED | grep -o '\[.*\]' | tr '\n' ' ')" sh -c '! printf "%s\n" "$0" | grep NEEDED | grep -Evq "libc.so|libm.so"' "$dyn"
if [ -x "$B/unit/test_hardening" ]; then
    check "traps end with status 70 (test_hardening)" "" "$B/unit/test_hardening"
else
    bad "test_hardening" "not built ($B/unit/test_hardening)"
fi
[ $fail = 0 ] && echo "hardened-check: all flags in effect" || echo "hardened-check: FAILED"
exit $fail
