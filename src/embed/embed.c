/* The embedding API (include/safepy.h) over the internal one: a
 * safepy_vm is an sp_vm plus what the API reports about the last run. */
#include <stdlib.h>
#include "safepy.h"
#include "sp.h"
#include "vm/vmlife.h"

struct safepy_vm {
    sp_vm *vm;
    int exit_code;
    char *error;             /* malloc'd "Type: message", or NULL */
};

safepy_vm *safepy_new(const safepy_config *cfg)
{
    safepy_config c = { 0 };
    if (cfg != NULL)
        c = *cfg;
    safepy_vm *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    sp_config sc = { 0 };
    sc.max_heap = c.max_heap;
    sc.max_ticks = c.max_ticks;
    sc.max_time = c.max_time_ns > 0 ? c.max_time_ns : 0;
    sc.gc_stress = c.gc_stress != 0;
    sc.platform = sp_platform_posix();
    sc.lib_dir = c.lib_dir;
    sc.stdlib_dir = c.stdlib_dir;
    s->vm = sp_vm_new(&sc);
    if (s->vm == NULL) {
        free(s);
        return NULL;
    }
    return s;
}

/* The text of an exception, "Type: message" ("module.Type" outside
 * builtins, as a traceback's last line says). */
static sp_val describe_cb(sp_vm *vm, void *ud)
{
    sp_val exc = ud;
    sp_type *t = sp_type_of(vm, exc);
    sp_val mod = sp_getattr_opt(vm, (sp_val)t, vm->n.__module__);
    sp_val name = sp_getattr(vm, (sp_val)t, vm->n.__qualname__);
    if (mod != NULL && sp_is_str(mod) && !sp_str_eq_cstr(mod, "builtins"))
        name = sp_str_fmt(vm, "%U.%S", mod, name);
    sp_val msg = sp_str(vm, exc);
    if (sp_str_len(msg) == 0)
        return name;
    return sp_str_fmt(vm, "%S: %U", name, msg);
}

static void set_error(safepy_vm *s, sp_cbytes text)
{
    free(s->error);
    s->error = NULL;
    sp_bytes out = { NULL, 0 };
    if (!sp_bytes_realloc(&out, text.len + 1))
        return;
    sp_bytes_copy(out, text);
    sp_bytes_set(out, text.len, 0);
    s->error = (char *)out.ptr;
}

safepy_status safepy_run(safepy_vm *s, const char *source, size_t len, const char *filename)
{
    char base;
    if (s == NULL || source == NULL)
        return SAFEPY_BAD_CALL;
    sp_vm *vm = s->vm;
    free(s->error);
    s->error = NULL;
    if (sp_vm_limit_exceeded(vm)) {
        set_error(s, sp_cbytes_of_cstr("the VM already ran out of a limit"));
        return SAFEPY_BAD_CALL;
    }
    sp_cbytes src = sp_cbytes_of_caller(source, len);
    s->exit_code = sp_run_main_string(vm, src, filename != NULL ? filename : "<string>", &base);
    sp_val exc = vm->last_exc;
    vm->last_exc = NULL;
    if (exc == NULL)
        return SAFEPY_OK;
    sp_val e2 = NULL;
    sp_val text = sp_pcall(vm, describe_cb, exc, &e2);
    if (text != NULL && sp_is_str(text))
        set_error(s, sp_str_bytes(text));
    else
        set_error(s, sp_cbytes_of_cstr(exc->type != NULL ? sp_type_name(exc->type) : "exception"));
    if (sp_vm_limit_exceeded(vm))
        return SAFEPY_LIMIT;
    if (sp_exc_matches(vm, exc, vm->e.SystemExit))
        return SAFEPY_EXIT;
    if (sp_exc_matches(vm, exc, vm->e.MemoryError))
        return SAFEPY_NO_MEMORY;
    return SAFEPY_EXCEPTION;
}

int safepy_exit_code(const safepy_vm *s)
{
    return s != NULL ? s->exit_code : 0;
}

const char *safepy_error(const safepy_vm *s)
{
    return s != NULL && s->error != NULL ? s->error : "";
}

uint64_t safepy_ticks(const safepy_vm *s)
{
    return s != NULL ? sp_vm_ticks_used(s->vm) : 0;
}

void safepy_free(safepy_vm *s)
{
    if (s == NULL)
        return;
    char base;
    sp_vm_shutdown(s->vm, &base);
    sp_vm_free(s->vm);
    free(s->error);
    free(s);
}
