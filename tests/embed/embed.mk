# The embedding API's test (tests/embed/test_embed.c), included from the
# Makefile.
#
#   make embed-test        build and run it against the release objects
#   make embed-asan        the same under ASan+UBSan with the leak checker on
#
# The test program is compiled with -Iinclude only: safepy.h must be all
# an embedder needs.  It links every object of the build but main.o.
EMBED_OBJS = $(filter-out $(BUILD)/main.o,$(OBJS))

$(BUILD)/embed/test_embed: tests/embed/test_embed.c include/safepy.h $(EMBED_OBJS)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(OPT) -g $(WARN) $(SAN) -D_GNU_SOURCE -Iinclude -o $@ $< $(EMBED_OBJS) $(LDLIBS)

embed-test: $(BUILD)/embed/test_embed
	ASAN_OPTIONS=detect_leaks=1 $(BUILD)/embed/test_embed lib /usr/lib/python3.11

embed-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" DEFS=-DSP_DEBUG embed-test

.PHONY: embed-test embed-asan
