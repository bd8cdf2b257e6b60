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
check "PIE" "ELF type DYN, FLAGS_1 PIE" sh -c 'echo "$0" | grep -q "Type: *DYN" && echo "$1" | grep -q "Flags:.*PIE"' "$hdr" "$dyn"
check "full RELRO: GNU_RELRO segment" "" sh -c 'echo "$0" | grep -q GNU_RELRO' "$hdr"
check "full RELRO: BIND_NOW" "FLAGS BIND_NOW / FLAGS_1 NOW" sh -c 'echo "$0" | grep -Eq "BIND_NOW|Flags:.* NOW"' "$dyn"
n=$(echo "$disasm" | grep -c 'call.*<__stack_chk_fail')
check "stack protector" "$n canary checks (calls to __stack_chk_fail)" test "$n" -gt 100
check "stack protector: -strong in every CU" "" every_cu -fstack-protector-strong
n=$(echo "$dsyms" | grep -Ec ' __[a-z_]+_chk(@|$)')
check "FORTIFY_SOURCE" "$n fortified libc functions imported ($(echo "$dsyms" | grep -Eo ' __[a-z_]+_chk' | sort -u | tr -d ' ' | tr '\n' ' '))" test "$n" -gt 0
check "CET (-fcf-protection=full)" "note: $(echo "$notes" | grep -o 'x86 feature: .*')" sh -c 'echo "$0" | grep -q "x86 feature: IBT, SHSTK"' "$notes"
n=$(echo "$disasm" | grep -c endbr64)
check "CET: endbr64 landing pads" "$n" test "$n" -gt 1000
check "stack-clash protection in every CU" "" every_cu -fstack-clash-protection
n=$(echo "$disasm" | grep -Ec 'or[lq]? +\$0x0,(-?0x[0-9a-f]+)?\(%rsp\)')
check "stack-clash probes in the code" "$n page probes (or \$0x0,(%rsp))" test "$n" -gt 0
check "auto-var-init=zero in every CU" "" every_cu -ftrivial-auto-var-init=zero
n=$(echo "$disasm" | grep -c 'call.*<__ubsan_handle_out_of_bounds')
check "compiler bounds checks" "$n checks, routed to sp_trap" test "$n" -gt 0
check "bounds handler is SafePy's (no UBSan runtime)" "" sh -c 'echo "$0" | grep -q " FUNC .* GLOBAL .* __ubsan_handle_out_of_bounds_abort$" && ! echo "$1" | grep -q libubsan' "$syms" "$dyn"
check "no DT_NEEDED beyond libc/libm" "$(echo "$dyn" | grep NEEDED | grep -o '\[.*\]' | tr '\n' ' ')" sh -c '! echo "$0" | grep NEEDED | grep -Evq "libc.so|libm.so"' "$dyn"
if [ -x "$B/unit/test_hardening" ]; then
    check "traps end with status 70 (test_hardening)" "" "$B/unit/test_hardening"
else
    bad "test_hardening" "not built ($B/unit/test_hardening)"
fi
[ $fail = 0 ] && echo "hardened-check: all flags in effect" || echo "hardened-check: FAILED"
exit $fail
