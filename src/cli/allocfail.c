/* Allocation-failure injection from the environment: see allocfail.h. */
#include <stdio.h>
#include "allocfail.h"

/* "N" or "N+" with N >= 1; false if malformed. */
static bool parse_spec(const char *s, size_t *n, bool *sticky)
{
    sp_cbytes t = sp_cbytes_of_cstr(s);
    size_t v = 0, i = 0;
    for (; i < t.len; i++) {
        uint8_t c = sp_cbytes_get(t, i);
        if (c < '0' || c > '9')
            break;
        if (!sp_size_mul(v, 10, &v) || !sp_size_add(v, (size_t)(c - '0'), &v))
            return false;
    }
    if (i == 0 || v == 0)
        return false;
    *sticky = i < t.len && sp_cbytes_get(t, i) == '+';
    if (*sticky)
        i++;
    *n = v;
    return i == t.len;
}

sp_allocfail sp_allocfail_start(sp_vm *vm, const char *env)
{
    sp_allocfail af = { sp_heap_alloc_count(vm->heap), false };
    size_t n = 0;
    bool sticky = false;
    if (env == NULL || env[0] == '\0')
        return af;
    if (!parse_spec(env, &n, &sticky)) {
        fprintf(stderr, "safepy: SAFEPY_FAIL_ALLOC: expected N or N+ (N >= 1), got '%s'\n", env);
        return af;
    }
    sp_heap_set_fail_at(vm->heap, n, sticky);
    af.on = true;
    return af;
}

void sp_allocfail_end(sp_vm *vm, sp_allocfail af, bool gc_stats)
{
    if (gc_stats)
        fprintf(stderr, "gc: %zu allocations after start-up\n",
                sp_heap_alloc_count(vm->heap) - af.start);
    if (af.on) {
        /* Whatever a failure left behind must still be a sound heap. */
        sp_heap_collect(vm->heap);
        sp_heap_verify(vm->heap);
    }
}
