/* The built-in modules of the text area: _string (string.Formatter's
 * parser) and _codecs (the codec registry and the C codecs the stdlib's
 * codecs.py and encodings package build on). */
#include "objects/str_internal.h"
#include "modules/modules.h"

/* ------------------------------------------------------------------------
 * _string
 * --------------------------------------------------------------------- */
static sp_val string_formatter_parser(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "formatter_parser", args, kw, 1, 1);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "expected str, got %N", sp_type_of(vm, s));
    return sp_iter(vm, sp_str_formatter_parser(vm, s));
}

static sp_val string_formatter_field_name_split(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "formatter_field_name_split", args, kw, 1, 1);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "expected str, got %N", sp_type_of(vm, s));
    return sp_str_formatter_field_name_split(vm, s);
}

static const sp_methoddef string_functions[] = {
    { "formatter_parser", string_formatter_parser, 0, "parse the argument as a format string" },
    { "formatter_field_name_split", string_formatter_field_name_split, 0, "split the argument as a field name" },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_string(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_string"));
    sp_module_add_methods(vm, m, string_functions);
    return m;
}
