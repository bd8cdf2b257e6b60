# SafePy build.  `make` -> ./safepy.  See README.md for the test commands.
#
#   make                 release build (build/, ./safepy)
#   make BUILD=build-x   the same into another directory (parallel work)
#   make asan            ASan+UBSan build: build-asan/safepy
#   make debug           -O0, heap verifier on: build-debug/safepy
#   make lint-safety     every file outside src/core/ under -Werror=unsafe-buffer-usage
#   make test            the whole test suite (plain build)
#   make bench           the benchmark suite: SafePy vs CPython 3.11 vs PyPy (ROUNDS=3)
#   make bench-check     each benchmark once at its tiny size, checksum checked
#   make stubs-report    which declared functions are still placeholders

CC ?= gcc
BUILD ?= build
OPT ?= -O2
SAN ?=
DEFS ?=
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
       -Wno-unused-parameter -Werror
CFLAGS_ALL = -std=c11 $(OPT) -g $(WARN) $(SAN) $(DEFS) -D_GNU_SOURCE -DSP_BUILD_CORE \
       -fno-strict-aliasing -Isrc -Iinclude $(CFLAGS)
LDLIBS = -lm
PYTHON ?= $(shell command -v python3.11 || command -v python3)

SRCS := $(shell find src -name '*.c' | sort)
HDRS := $(shell find src include -name '*.h' -o -name '*.def' | sort)
OBJS := $(patsubst src/%.c,$(BUILD)/%.o,$(SRCS)) $(BUILD)/stubs.o

ifeq ($(BUILD),build)
BIN = safepy
else
BIN = $(BUILD)/safepy
endif

all: $(BIN)

# The program is linked statically: no dynamic loader at start-up, fewer
# page faults (docs/performance.md pass 16: an empty script 8.21 -> 7.66 ms
# CPU, 330 -> 273 faults).  The sanitizer builds (SAN) need their shared
# runtimes and the hardened build is a PIE (tools/hardened.mk): both link
# dynamically.
LINK_STATIC ?= $(if $(SAN),,-static)

$(BIN): $(OBJS)
	$(CC) $(SAN) $(LINK_STATIC) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

# The loop's computed-goto dispatch: gcc's global common subexpression
# elimination, which its manual advises against for computed gotos, costs
# the loop registers (measured, docs/performance.md pass 10: 1-1.6% fewer
# instructions on deltablue, schulze, fannkuch, nbody without it).
ifeq ($(findstring clang,$(CC)),)
$(BUILD)/vm/eval.o: CFLAGS_ALL += -fno-gcse
endif

# The collector's zeroing of a new cell of more than 64 bytes (cell_init's
# memset of a variable size): gcc inlines it as `rep stosq`, whose start-up
# costs some 30 cycles on the AMD machines here, where glibc's memset does
# such sizes with a few vector stores (docs/performance.md pass 21:
# nqueens spent 19% of its time in sp_heap_alloc, 5% after).  A code
# generation choice only: the proved source is unchanged.
ifeq ($(findstring clang,$(CC))$(shell uname -m),x86_64)
$(BUILD)/core/gc.o: CFLAGS_ALL += -mmemset-strategy=libcall:-1:noalign
endif

$(BUILD)/stubs.c: $(HDRS) tools/gen_stubs.py src/objects/types.def
	@mkdir -p $(BUILD)
	$(PYTHON) tools/gen_stubs.py $@

$(BUILD)/stubs.o: $(BUILD)/stubs.c
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -c $< -o $@

asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" DEFS=-DSP_DEBUG all unit

debug:
	$(MAKE) BUILD=build-debug OPT=-O0 DEFS=-DSP_DEBUG all unit

# The safety lint: clang's -Wunsafe-buffer-usage on every file outside the
# trusted core, a grep for the raw memory calls the warning can't see, the
# spans built by hand from a pointer and a length (tools/lint_spans.sh), and
# the spans the constructors must refuse to build (tests/unit/span_refuse.c).
LINT_CC ?= $(shell command -v clang-19 || command -v clang-22 || echo clang-19)
LINT_SRCS := $(filter-out src/core/%,$(SRCS))
lint-safety:
	@fail=0; for f in $(LINT_SRCS); do \
	  $(LINT_CC) -std=c11 -fsyntax-only -D_GNU_SOURCE -DSP_BUILD_CORE -Isrc -Iinclude \
	    -Wunsafe-buffer-usage -Werror=unsafe-buffer-usage -Wno-unused-parameter $$f || fail=1; \
	done; \
	if grep -nE '\b(memcpy|memmove|memset|strcpy|strncpy|strcat|strncat|sprintf|vsprintf|gets|alloca)\s*\(' $(LINT_SRCS) $(filter-out src/core/%,$(HDRS)); then \
	  echo "lint-safety: raw memory calls outside src/core/"; fail=1; fi; \
	for c in 0 1 2 3 4 5 6; do \
	  if $(LINT_CC) -std=c11 -fsyntax-only -D_GNU_SOURCE -DSP_BUILD_CORE -Isrc -Iinclude -DCASE=$$c \
	      tests/unit/span_refuse.c 2>/dev/null; then ok=$$([ $$c = 0 ] && echo 1 || echo 0); \
	  else ok=$$([ $$c = 0 ] && echo 0 || echo 1); fi; \
	  if [ $$ok = 0 ]; then echo "lint-safety: tests/unit/span_refuse.c CASE=$$c compiles wrongly or not at all"; fail=1; fi; \
	done; \
	sh tools/lint_spans.sh >/dev/null || { sh tools/lint_spans.sh; fail=1; }; \
	if [ $$fail = 0 ]; then echo "lint-safety: clean ($(words $(LINT_SRCS)) files)"; else exit 1; fi

# C unit tests of the core: tests/unit/test_*.c -> $(BUILD)/unit/test_*,
# linked with the core's objects only.
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
CORE_OBJS := $(patsubst src/%.c,$(BUILD)/%.o,$(filter src/core/%,$(SRCS)))
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))
unit: $(UNIT_BINS)

$(BUILD)/unit/%: tests/unit/%.c tests/unit/unit.h $(CORE_OBJS) $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< $(CORE_OBJS) $(LDLIBS)

# The proof of the trusted core (issue #5, verify/verify.py): Frama-C WP
# with -wp-rte on every function of src/core/, EVA over verify/eva_*.c,
# verify/REPORT.md.  Installs Frama-C and the provers if missing.
verify:
	@sh tools/deps.sh frama-c-base why3 z3 cvc4 gcc
	@[ -f "$$HOME/.why3.conf" ] || why3 config detect >/dev/null
	python3.11 verify/verify.py $(VERIFY_FLAGS)

stubs-report: $(BIN)
	@nm $(BIN) | awk '$$2 == "W" || $$2 == "V" {print $$3}' | sort

test: $(BIN) unit
	python3.11 tests/run.py --safepy ./$(BIN) --unit-dir $(BUILD)/unit
	python3.11 bench/check.py --safepy ./$(BIN)

# The benchmark suite (bench/, issue #6).  bench-check is part of `make
# test`: each benchmark at its tiny size on SafePy, checksum compared (never
# time); bench/known-fail.txt lists the ones SafePy can't run yet.  `make
# bench` times them all on SafePy, CPython 3.11 and PyPy, round-robin, and
# writes bench/results/ (table, CSV, chart); on a shared machine run it
# under `nice -n 19`.
ROUNDS ?= 3
bench-check: $(BIN)
	python3.11 bench/check.py --safepy ./$(BIN)

bench: $(BIN)
	/usr/bin/python3.11 bench/run.py --rounds $(ROUNDS) --safepy ./$(BIN)

clean:
	rm -rf build build-* safepy

.PHONY: all asan debug lint-safety stubs-report test clean unit verify bench bench-check

# Parts kept in their own files (the safety program, issue #4): fuzzing
# (fuzz/fuzz.mk), allocation-failure injection (tools/allocfail.mk) and
# the hardened release build (tools/hardened.mk).
-include fuzz/fuzz.mk
-include tools/allocfail.mk
-include tools/hardened.mk
# The embedding API's test (make embed-test, make embed-asan).
-include tests/embed/embed.mk
