/* The span constructors of src/core/objspan.h: trailing arrays, byte
 * buffers seen as wider elements, C strings, NULL-terminated arrays.
 * The trap cases run in a child process and must end with the safety
 * trap status. */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "core/objspan.h"
#include "unit.h"

/* Returns the exit status of fn run in a child (stderr silenced), or -1
 * if it died by a signal. */
static int child_status(void (*fn)(void))
{
    pid_t pid = fork();
    if (pid == 0) {
        close(2);
        fn();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* An object with a trailing array, as the object layouts have. */
typedef struct { size_t len; uint32_t limbs[]; } fam_obj;
static _Alignas(16) uint8_t storage[64];
static fam_obj *fam(void) { return (fam_obj *)(void *)storage; }

static void u32_past_end(void)
{
    sp_u32s s = sp_trailing_u32s(fam()->limbs, 3);
    sp_u32s_set(s, 3, 1);
}

static void misaligned(void)
{
    sp_bytes b = { storage + 1, 16 };
    (void)sp_bytes_as_sp_u32s(b);
}

static void no_nul(void)
{
    static const uint8_t abc[3] = { 'a', 'b', 'c' };
    (void)sp_cbytes_cstr(SP_CBYTES(abc));
}

static void empty_cstr(void)
{
    (void)sp_cbytes_cstr((sp_cbytes){ NULL, 0 });
}

int main(void)
{
    /* trailing arrays: exactly n elements, checked accessors on top */
    memset(storage, 0, sizeof storage);
    sp_u32s limbs = sp_trailing_u32s(fam()->limbs, 3);
    CHECK(limbs.len == 3 && limbs.ptr == fam()->limbs);
    sp_u32s_set(limbs, 2, 7);
    CHECK(fam()->limbs[2] == 7);
    CHECK(child_status(u32_past_end) == SP_TRAP_STATUS);
    sp_val vals[4] = { 0 };
    CHECK(sp_trailing_vals(vals, 4).len == 4);
    CHECK(sp_trailing_bytes(storage, 0).len == 0);

    /* byte buffers as wider elements: whole elements only, aligned */
    sp_bytes b = { storage, 19 };
    CHECK(sp_bytes_as_sp_u32s(b).len == 4);
    CHECK(sp_bytes_as_sp_u16s(b).len == 9);
    CHECK(sp_bytes_as_sp_i64s(b).len == 2);
    CHECK(sp_bytes_as_sp_sizes(b).len == 19 / sizeof(size_t));
    CHECK(sp_bytes_as_sp_i32s((sp_bytes){ storage, 3 }).len == 0);
    CHECK((void *)sp_bytes_as_sp_u32s(b).ptr == (void *)storage);
    CHECK(sp_bytes_as_sp_u32s((sp_bytes){ NULL, 0 }).len == 0);
    CHECK(child_status(misaligned) == SP_TRAP_STATUS);

    /* C strings: the NUL must be the span's last byte */
    static const uint8_t hi[3] = { 'h', 'i', 0 };
    CHECK(strcmp(sp_cbytes_cstr(SP_CBYTES(hi)), "hi") == 0);
    CHECK(child_status(no_nul) == SP_TRAP_STATUS);
    CHECK(child_status(empty_cstr) == SP_TRAP_STATUS);

    /* C arrays and single objects (pointers don't compile: not testable
     * here) */
    static const int16_t i16[5] = { 1, -2, 3, 4, 5 };
    sp_u16s u16 = SP_ARRAY_SPAN(sp_u16s, i16);
    CHECK(u16.len == 5 && sp_u16s_get(u16, 1) == 0xfffe);
    sp_val one = (sp_val)(uintptr_t)3;
    sp_vals ov = SP_ONE(sp_vals, one);
    CHECK(ov.len == 1 && sp_vals_get(ov, 0) == one);
    uint8_t arr[7];
    CHECK(SP_BYTES(arr).len == 7 && SP_ARRAY_SPAN(sp_bytes, arr).len == 7);

    /* malloc'd byte buffers */
    sp_bytes m = { NULL, 0 };
    CHECK(sp_bytes_realloc(&m, 10) && m.len == 10 && m.ptr != NULL);
    sp_bytes_set(m, 9, 42);
    CHECK(sp_bytes_realloc(&m, 100) && m.len == 100 && sp_bytes_get(m, 9) == 42);
#ifndef __SANITIZE_ADDRESS__   /* ASan aborts on an impossible size */
    CHECK(!sp_bytes_realloc(&m, SIZE_MAX) && m.len == 100);   /* no memory: unchanged */
#endif
    CHECK(sp_bytes_realloc(&m, 0) && m.len == 0);
    sp_bytes_free(&m);
    CHECK(m.ptr == NULL && m.len == 0);

    /* NULL-terminated arrays */
    char *v[] = { "A=1", "B=2", NULL };
    sp_cstrs s = sp_cstrs_of_nullterm(v);
    CHECK(s.len == 2 && strcmp(sp_cstrs_get(s, 1), "B=2") == 0);
    CHECK(sp_cstrs_of_nullterm(NULL).len == 0);
    char *none[] = { NULL };
    CHECK(sp_cstrs_of_nullterm(none).len == 0);
    return unit_done("test_objspan");
}
