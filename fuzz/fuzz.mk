# Fuzzing (issue #4): libFuzzer targets under ASan+UBSan, built with clang-19.
#
#   make fuzz-build         build-fuzz/fuzz_{parse,compile,run,gen}
#   make fuzz               build, seed the corpora (fuzz/seeds.sh) and run each
#                           target FUZZ_TIME seconds (default 60) from its corpus
#   make fuzz-ci            the same, FUZZ_CI_TIME seconds each (default 30);
#                           ends with "N passed, N failed" (one test per target)
#   make fuzz-gen-sample    print a few programs of the structure-aware generator
#
# The SafePy sources are compiled with -fsanitize=fuzzer-no-link (coverage
# for libFuzzer) plus ASan+UBSan, -DSP_DEBUG (heap verifier after every
# collection) and -DSP_FUZZ (a safety trap aborts, so that libFuzzer
# reports it as a crash).  Corpora and artifacts stay in build-fuzz/.

FUZZ_CC ?= clang-19
FUZZ_BUILD = build-fuzz
FUZZ_TIME ?= 60
FUZZ_CI_TIME ?= 30
FUZZ_TARGETS = parse compile run gen
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all \
       -fsanitize-address-use-after-return=never -fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c11 -O1 -g $(WARN) $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
       -DSP_DEBUG -DSP_FUZZ -D_GNU_SOURCE -DSP_BUILD_CORE -fno-strict-aliasing \
       -Isrc -Iinclude -Ifuzz -DFZ_LIB_DIR='"$(CURDIR)/lib"'
FUZZ_LIB_OBJS := $(patsubst src/%.c,$(FUZZ_BUILD)/%.o,$(filter-out src/main.c,$(SRCS))) \
       $(FUZZ_BUILD)/stubs.o $(FUZZ_BUILD)/fuzz/harness.o $(FUZZ_BUILD)/fuzz/sandbox.o \
       $(FUZZ_BUILD)/fuzz/gen.o
FUZZ_BINS := $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(FUZZ_TARGETS))
# libFuzzer options for every run: a hang of 30 s (wall time: generous, so
# that a loaded machine gives no false hangs; the run targets stop a program
# themselves after 5 s) is a finding, 2 GiB RSS too.
FUZZ_OPTS ?= -timeout=30 -rss_limit_mb=2048 -dict=fuzz/python.dict -print_final_stats=1

# Objects reached only through the pattern rules below are not
# intermediate files: keep them.
.SECONDARY: $(FUZZ_LIB_OBJS) $(patsubst %,$(FUZZ_BUILD)/fuzz/fuzz_%.o,$(FUZZ_TARGETS))

$(FUZZ_BUILD)/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/fuzz/%.o: fuzz/%.c fuzz/harness.h fuzz/gen.h $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/stubs.c: $(HDRS) tools/gen_stubs.py src/objects/types.def
	@mkdir -p $(FUZZ_BUILD)
	$(PYTHON) tools/gen_stubs.py $@

$(FUZZ_BUILD)/stubs.o: $(FUZZ_BUILD)/stubs.c
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Wno-missing-prototypes -c $< -o $@

$(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/fuzz/fuzz_%.o $(FUZZ_LIB_OBJS)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJS) -lm

# The generator as a plain program: gen_sample SEED prints one program.
$(FUZZ_BUILD)/gen_sample: fuzz/gen_sample.c fuzz/gen.c fuzz/gen.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -O1 -g $(WARN) -D_GNU_SOURCE -Ifuzz -o $@ fuzz/gen_sample.c fuzz/gen.c

fuzz-build: $(FUZZ_BINS) $(FUZZ_BUILD)/gen_sample

fuzz-seeds:
	sh fuzz/seeds.sh $(FUZZ_BUILD)/corpus

# fuzz-run-T: run target T for FUZZ_SECS seconds from its corpus; a finding
# leaves build-fuzz/artifacts/T-crash-... (or leak-, timeout-, oom-).
FUZZ_SECS ?= $(FUZZ_TIME)
fuzz-run-%: $(FUZZ_BUILD)/fuzz_% fuzz-seeds
	@mkdir -p $(FUZZ_BUILD)/artifacts $(FUZZ_BUILD)/corpus/$*
	$(FUZZ_BUILD)/fuzz_$* $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECS) \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$*- $(FUZZ_BUILD)/corpus/$*

fuzz: fuzz-build fuzz-seeds
	@for t in $(FUZZ_TARGETS); do \
	    $(MAKE) --no-print-directory fuzz-run-$$t FUZZ_SECS=$(FUZZ_TIME) || exit 1; done

fuzz-ci: fuzz-build fuzz-seeds
	@pass=0; fail=0; for t in $(FUZZ_TARGETS); do \
	    if $(MAKE) --no-print-directory fuzz-run-$$t FUZZ_SECS=$(FUZZ_CI_TIME) \
	        >$(FUZZ_BUILD)/ci-$$t.log 2>&1; then \
	        pass=$$((pass + 1)); echo "PASS fuzz_$$t"; \
	    else fail=$$((fail + 1)); echo "FAIL fuzz_$$t"; tail -60 $(FUZZ_BUILD)/ci-$$t.log; fi; \
	done; echo "$$pass passed, $$fail failed"; [ $$fail = 0 ]

fuzz-gen-sample: $(FUZZ_BUILD)/gen_sample
	@for s in 1 2 3; do echo "# ---- seed $$s"; $(FUZZ_BUILD)/gen_sample $$s; done

.PHONY: fuzz fuzz-ci fuzz-build fuzz-seeds fuzz-gen-sample
