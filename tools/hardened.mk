# The hardened release build (issue #4; included from the Makefile).
#
#   make hardened          build-hardened/safepy (+ its unit tests)
#   make hardened-check    check that each hardening flag is in effect
#   tools/hardened_bench/run.sh   measure the cost, flag by flag
#
# Each flag adds a check that ends in the safety trap (never a signal:
# src/core/hardening.c routes the compiler's and libc's failure paths to
# sp_trap).  docs/safety.md ("Hardened build") lists the flags with their
# measured cost.
#
#   -D_FORTIFY_SOURCE=3          libc calls with a size the compiler can
#                                see (also dynamic sizes) are checked
#   -fstack-protector-strong     canary in every frame with an array or an
#                                address-taken local
#   -fstack-clash-protection     large or variable frames probe each page,
#                                so the stack can't jump over its guard page
#   -fcf-protection=full         CET: endbr64 at indirect-branch targets,
#                                shadow-stack compatible (IBT+SHSTK notes)
#   -fPIE / -pie                 position-independent executable (ASLR)
#   -Wl,-z,relro,-z,now          full RELRO: GOT read-only after start-up
#   -ftrivial-auto-var-init=zero uninitialised C locals read as zero
#   -fsanitize=bounds            array subscripts with a known bound are
#                                checked (no UBSan runtime: the failing
#                                path calls sp_trap, see hardening.c)
HARDEN_CC ?= gcc
HARDEN_CFLAGS = -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3 -fstack-protector-strong \
       -fstack-clash-protection -fcf-protection=full -fPIE \
       -ftrivial-auto-var-init=zero -fsanitize=bounds -fno-sanitize-recover=bounds
# clang would link its static UBSan runtime into the unit tests (whose link
# line carries the compile flags), clashing with hardening.c's handlers.
HARDEN_CFLAGS += $(if $(findstring clang,$(HARDEN_CC)),-fno-sanitize-link-runtime)
HARDEN_LDFLAGS = -pie -Wl,-z,relro,-z,now
HARDEN_DEFS = -DSP_HARDENED

hardened:
	$(MAKE) BUILD=build-hardened CC=$(HARDEN_CC) DEFS="$(HARDEN_DEFS)" \
	  CFLAGS="$(HARDEN_CFLAGS)" LDLIBS="-lm $(HARDEN_LDFLAGS)" LINK_STATIC= all unit

hardened-check: hardened
	sh tools/hardened_check.sh build-hardened

.PHONY: hardened hardened-check
