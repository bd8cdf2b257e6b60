/* The interactive prompt.
 *
 * Lines are read from fd 0 with the prompts ">>> " and "... " on stderr,
 * as CPython does without readline.  A statement is complete when its
 * brackets and strings are closed and, if it opened a block (a line ending
 * in ':' or a decorator), once an empty line follows.  It is compiled in
 * "single" mode, so expression values are echoed by sys.displayhook, and
 * run in the __main__ module.
 */
#include <stdlib.h>
#include "repl.h"
#include "../vm/vmlife.h"

/* The accumulated input of one statement, malloc'd (bytes, no values). */
typedef struct {
    sp_bytes mem;           /* sp_bytes_realloc'd */
    size_t len;             /* bytes used, <= mem.len */
} linebuf;

static bool lb_add(linebuf *b, uint8_t c)
{
    if (b->len == b->mem.len && !sp_bytes_realloc(&b->mem, b->mem.len ? b->mem.len * 2 : 256))
        return false;
    sp_bytes_set(b->mem, b->len++, c);
    return true;
}

static sp_cbytes lb_bytes(const linebuf *b)
{
    return sp_cbytes_of(sp_bytes_sub(b->mem, 0, b->len));
}

static void put(sp_vm *vm, const char *s)
{
    (void)vm->platform->write(2, sp_cbytes_of_cstr(s));
}

/* Append one line (with its newline) from fd 0.  false at end of input
 * with nothing read. */
static bool read_line(sp_vm *vm, linebuf *b)
{
    size_t start = b->len;
    for (;;) {
        uint8_t c[1];
        int64_t n = vm->platform->read(0, SP_BYTES(c));
        if (n <= 0)
            return b->len > start;
        if (!lb_add(b, c[0]))
            return false;
        if (c[0] == '\n')
            return true;
    }
}

/* Is the statement in `src` complete?  A small scanner: brackets, string
 * literals (single and triple quoted), comments, backslash continuations,
 * block headers. */
static bool complete(sp_cbytes src)
{
    int depth = 0;
    uint8_t quote = 0;      /* open string's quote char */
    bool triple = false;
    bool block = false;     /* some line opened a block */
    uint8_t last = 0;       /* last significant char of the current line */
    uint8_t first = 0;      /* and its first */
    bool line_blank = true, last_line_blank = false;
    for (size_t i = 0; i < src.len; i++) {
        uint8_t c = sp_cbytes_get(src, i);
        if (quote != 0) {
            if (c == '\\' && i + 1 < src.len) {
                i++;
                continue;
            }
            if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < src.len && sp_cbytes_get(src, i + 1) == quote
                           && sp_cbytes_get(src, i + 2) == quote) {
                    quote = 0;
                    i += 2;
                }
            } else if (c == '\n' && !triple) {
                quote = 0;           /* unterminated: let the compiler say so */
            }
            last = 'x';
            continue;
        }
        switch (c) {
        case '#':
            while (i + 1 < src.len && sp_cbytes_get(src, i + 1) != '\n')
                i++;
            break;
        case '\'': case '"':
            quote = c;
            triple = i + 2 < src.len && sp_cbytes_get(src, i + 1) == c && sp_cbytes_get(src, i + 2) == c;
            if (triple)
                i += 2;
            line_blank = false;
            last = 'x';
            break;
        case '(': case '[': case '{':
            depth++;
            line_blank = false;
            last = c;
            break;
        case ')': case ']': case '}':
            depth--;
            line_blank = false;
            last = c;
            break;
        case '\n':
            /* A header (':' at the end) or a decorator opens a block. */
            if (depth <= 0 && (last == ':' || first == '@'))
                block = true;
            last_line_blank = line_blank;
            if (last != '\\') {
                line_blank = true;
                last = 0;
                first = 0;
            }
            break;
        case ' ': case '\t': case '\r': case '\f':
            break;
        default:
            if (first == 0)
                first = c;
            last = c;
            line_blank = false;
            break;
        }
    }
    if (quote != 0 && triple)
        return false;
    if (depth > 0 || last == '\\')
        return false;
    if (block)
        return last_line_blank;
    return true;
}

typedef struct {
    sp_val globals;
    sp_cbytes source;
} repl_ctx;

static sp_val make_main(sp_vm *vm, void *ud)
{
    sp_val mod = sp_dict_get(vm, vm->modules, vm->n.__main__);
    if (mod == NULL) {
        mod = sp_module_new(vm, vm->n.__main__);
        sp_val d = sp_module_dict(mod);
        sp_dict_set(vm, d, vm->n.__name__, vm->n.__main__);
        sp_dict_set(vm, d, vm->n.__doc__, vm->None);
        sp_dict_set(vm, d, vm->n.__package__, vm->None);
        sp_dict_set(vm, d, vm->n.__builtins__, vm->builtins_module != NULL ? vm->builtins_module : vm->builtins);
        sp_dict_set(vm, vm->modules, vm->n.__main__, mod);
    }
    return sp_module_dict(mod);
}

static sp_val run_one(sp_vm *vm, void *ud)
{
    repl_ctx *r = ud;
    sp_val code = sp_compile(vm, r->source, sp_str_from_cstr(vm, "<stdin>"), SP_MODE_SINGLE);
    sp_eval_code(vm, code, r->globals, NULL);
    return vm->None;
}

static sp_val flush_std(sp_vm *vm, void *ud)
{
    if (vm->sys == NULL)
        return vm->None;
    const char *names[] = { "stdout", "stderr" };
    for (size_t i = 0; i < 2; i++) {
        sp_val f = sp_getattr_opt(vm, vm->sys, sp_str_from_cstr(vm, i == 0 ? names[0] : names[1]));
        if (f != NULL && f != vm->None)
            sp_call0(vm, sp_getattr_cstr(vm, f, "flush"));
    }
    return vm->None;
}

static sp_val print_exc(sp_vm *vm, void *ud)
{
    sp_print_exception(vm, (sp_val)ud);
    return vm->None;
}

/* SystemExit(code): None -> 0, an int -> it, anything else printed -> 1. */
static sp_val exit_code(sp_vm *vm, void *ud)
{
    sp_val code = sp_getattr_cstr(vm, (sp_val)ud, "code");
    if (code == vm->None)
        return sp_small(0);
    int64_t v;
    if (sp_is_int(code) && sp_int_to_i64(code, &v))
        return sp_small(v & 0xff);
    sp_write_stderr(vm, sp_str(vm, code));
    sp_write_stderr_cstr(vm, "\n");
    return sp_small(1);
}

int sp_repl(sp_vm *vm, void *stack_base)
{
    sp_vm_enter(vm, stack_base);
    put(vm, "SafePy 0.1.0 (Python 3.11 compatible)\n");
    sp_val exc = NULL;
    repl_ctx r = { NULL, { NULL, 0 } };
    r.globals = sp_pcall(vm, make_main, NULL, &exc);
    if (r.globals == NULL) {
        (void)sp_pcall(vm, print_exc, exc, &exc);
        return 1;
    }
    linebuf b = { { NULL, 0 }, 0 };
    int status = 0;
    for (;;) {
        put(vm, b.len == 0 ? ">>> " : "... ");
        if (!read_line(vm, &b)) {
            put(vm, "\n");
            break;
        }
        if (!complete(lb_bytes(&b)))
            continue;
        r.source = lb_bytes(&b);
        bool ok = sp_pcall(vm, run_one, &r, &exc) != NULL;
        sp_val flush_exc = NULL;
        (void)sp_pcall(vm, flush_std, NULL, &flush_exc);
        b.len = 0;
        if (ok)
            continue;
        if (vm->e.SystemExit != NULL && sp_exc_matches(vm, exc, vm->e.SystemExit)) {
            sp_val e2 = NULL;
            sp_val code = sp_pcall(vm, exit_code, exc, &e2);
            status = code != NULL ? (int)sp_small_get(code) : 1;
            break;
        }
        sp_val e2 = NULL;
        (void)sp_pcall(vm, print_exc, exc, &e2);
    }
    sp_bytes_free(&b.mem);
    return status;
}
