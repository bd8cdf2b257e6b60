/* The structure-aware program generator of fuzz_gen (gen.c): the fuzzer's
 * bytes are a sequence of choices, each byte one choice, and the result is
 * always a syntactically valid Python 3.11 program.  Plain C with no
 * SafePy dependency, so fuzz/gen_sample.c can print programs. */
#ifndef FZ_GEN_H
#define FZ_GEN_H

#include <stddef.h>
#include <stdint.h>

/* A NUL-terminated program made from data[0:size], in malloc memory (the
 * caller frees it); *len is its length without the NUL.  NULL only if
 * malloc fails. */
char *fz_gen_program(const uint8_t *data, size_t size, size_t *len);

#endif
