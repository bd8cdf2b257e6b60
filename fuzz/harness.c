/* VM set-up shared by the fuzz targets.
 *
 * fz_parse reuses one VM across inputs.  That is safe because parsing and
 * compiling touch no VM state but the heap and the table of interned
 * strings: each input's tokens, AST and code objects are unreachable once
 * it returns (the collector reclaims them), a SyntaxError leaves nothing
 * half-built (DESIGN.md: allocate first, then publish), and no Python code
 * runs.  Only the interned table grows with every new identifier, so the
 * VM is replaced every FZ_PARSE_RECYCLE inputs to keep memory flat.
 *
 * fz_run makes a fresh VM per input: a program can change anything
 * (builtins, sys, imported modules, class attributes), and a finding must
 * reproduce from its input alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include "harness.h"
#include "vm/vmlife.h"
#include "gen.h"

#ifndef FZ_LIB_DIR
#define FZ_LIB_DIR "lib"
#endif
#define FZ_PARSE_RECYCLE 20000

sp_vm *fz_vm_new(size_t max_heap, uint64_t max_ticks)
{
    sp_config cfg = { 0 };
    cfg.max_heap = max_heap;
    cfg.max_ticks = max_ticks;
    /* a backstop below libFuzzer's -timeout=30 for what ticks don't count;
     * it makes a run depend on the machine's speed, but only a run that
     * would have been reported as a hang anyway */
    cfg.max_time = max_ticks != 0 ? FZ_MAX_TIME_NS : 0;
    cfg.platform = fz_sandbox();
    cfg.lib_dir = FZ_LIB_DIR;
    cfg.stdlib_dir = "/usr/lib/python3.11";
    fz_sandbox_reset();
    sp_vm *vm = sp_vm_new(&cfg);
    if (vm == NULL) {
        fputs("fuzz: the VM failed to start\n", stderr);
        abort();
    }
    return vm;
}

typedef struct parse_ud {
    sp_cbytes src;
    sp_compile_mode mode;
    bool compile;
} parse_ud;

static sp_val parse_cb(sp_vm *vm, void *p)
{
    parse_ud *u = p;
    sp_val filename = sp_str_from_cstr(vm, "<fuzz>");
    if (u->compile)
        return sp_compile(vm, u->src, filename, u->mode);
    return sp_parse(vm, u->src, filename, u->mode);
}

static sp_vm *parse_vm;
static unsigned parse_runs;

void fz_parse(const uint8_t *data, size_t size, bool compile)
{
    char base;
    static const uint8_t empty[1];
    if (parse_vm == NULL || ++parse_runs >= FZ_PARSE_RECYCLE) {
        sp_vm_free(parse_vm);
        parse_vm = fz_vm_new(FZ_MAX_HEAP, 0);
        parse_runs = 0;
    }
    sp_vm *vm = parse_vm;
    sp_vm_enter(vm, &base);
    /* The input as it is, not NUL-terminated: ASan sees any read past it. */
    parse_ud u = { { size > 0 ? data : empty, size }, SP_MODE_EXEC, compile };
    sp_val exc = NULL;
    (void)sp_pcall(vm, parse_cb, &u, &exc);
    /* The other modes: eval (an expression) for the parser, single (the
     * REPL's statement, which prints expression values) for the compiler. */
    u.mode = compile ? SP_MODE_SINGLE : SP_MODE_EVAL;
    (void)sp_pcall(vm, parse_cb, &u, &exc);
    vm->exc = NULL;
}

void fz_run(const uint8_t *data, size_t size)
{
    char base;
    static const uint8_t empty[1];
    sp_vm *vm = fz_vm_new(FZ_MAX_HEAP, FZ_MAX_TICKS);
    jmp_buf out;
    fz_exit_target = &out;
    if (setjmp(out) == 0)
        (void)sp_run_main_string(vm, (sp_cbytes){ size > 0 ? data : empty, size }, "<fuzz>", &base);
    fz_exit_target = NULL;
    sp_vm_free(vm);
    fz_sandbox_reset();
}

void fz_run_generated(const uint8_t *data, size_t size)
{
    size_t len = 0;
    char *src = fz_gen_program(data, size, &len);
    if (src == NULL)
        return;
    fz_run((const uint8_t *)src, len);
    free(src);
}
