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

/* ------------------------------------------------------------------------
 * _codecs: the registry.  Its state lives in vm->registry under private
 * keys: the list of search functions, the lookup cache, and the error
 * handlers registered from Python.
 * --------------------------------------------------------------------- */
static sp_val reg_get(sp_vm *vm, const char *key, bool list)
{
    if (!vm->registry)
        vm->registry = sp_dict_new(vm);
    sp_val v = sp_dict_get_cstr(vm, vm->registry, key);
    if (!v) {
        v = list ? sp_list_new(vm, 0) : sp_dict_new(vm);
        sp_dict_set_cstr(vm, vm->registry, key, v);
    }
    return v;
}

/* CPython's normalisation for the registry: lower case, spaces to '_'. */
static sp_val codec_key(sp_vm *vm, sp_val name)
{
    sp_cbytes d = sp_str_bytes(name);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    size_t pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (cp >= 'A' && cp <= 'Z')
            cp += 32;
        else if (cp == ' ')
            cp = '_';
        sp_strbuf_add_codepoint(vm, &b, cp);
    }
    return sp_strbuf_finish(vm, &b);
}

static sp_val codecs_lookup_name(sp_vm *vm, sp_val name)
{
    sp_val key = codec_key(vm, name);
    sp_val cache = reg_get(vm, "_codecs.cache", false);
    sp_val hit = sp_dict_get(vm, cache, key);
    if (hit)
        return hit;
    sp_val search = reg_get(vm, "_codecs.search", true);
    if (sp_list_len(search) == 0) {
        /* As CPython: the encodings package registers the standard search
         * function when first imported. */
        sp_import_cstr(vm, "encodings");
        search = reg_get(vm, "_codecs.search", true);
    }
    size_t n = sp_list_len(search);
    for (size_t i = 0; i < n && i < sp_list_len(search); i++) {
        sp_val r = sp_call1(vm, sp_list_get(search, i), key);
        if (r == vm->None)
            continue;
        if (!sp_is_tuple(r) || sp_tuple_len(r) != 4)
            sp_raise_fmt(vm, vm->e.TypeError, "codec search functions must return 4-tuples");
        sp_dict_set(vm, cache, key, r);
        return r;
    }
    sp_raise_fmt(vm, vm->e.LookupError, "unknown encoding: %U", name);
}

sp_val sp_codecs_registry_call(sp_vm *vm, sp_val obj, const char *encoding, const char *errors, bool encode)
{
    sp_val info = codecs_lookup_name(vm, sp_str_from_cstr(vm, encoding));
    sp_val fn = sp_tuple_get(info, encode ? 0 : 1);
    sp_val r;
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        r = sp_call2(vm, fn, obj, sp_str_from_cstr(vm, errors));
        sp_handler_pop(vm, &h);
    } else {
        sp_codec_reraise(vm, vm->exc, encode, encoding);
    }
    if (!sp_is_tuple(r) || sp_tuple_len(r) != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "encoder must return a tuple (object, integer)");
    sp_val out = sp_tuple_get(r, 0);
    if (encode && !sp_is_bytes(out))
        sp_raise_fmt(vm, vm->e.TypeError, "'%s' encoder returned '%N' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                     encoding, sp_type_of(vm, out));
    if (!encode && !sp_is_str(out))
        sp_raise_fmt(vm, vm->e.TypeError, "'%s' decoder returned '%N' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                     encoding, sp_type_of(vm, out));
    return out;
}

static sp_val codecs_register(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "register", args, kw, 1, 1);
    sp_val f = sp_vals_get(args, 0);
    if (!sp_callable(vm, f))
        sp_raise_fmt(vm, vm->e.TypeError, "argument must be callable");
    sp_list_append(vm, reg_get(vm, "_codecs.search", true), f);
    return vm->None;
}

static sp_val codecs_unregister(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "unregister", args, kw, 1, 1);
    sp_val l = reg_get(vm, "_codecs.search", true), f = sp_vals_get(args, 0);
    sp_val keep = sp_list_new(vm, 0);
    for (size_t i = 0; i < sp_list_len(l); i++)
        if (sp_list_get(l, i) != f)
            sp_list_append(vm, keep, sp_list_get(l, i));
    sp_dict_set_cstr(vm, vm->registry, "_codecs.search", keep);
    sp_dict_clear(vm, reg_get(vm, "_codecs.cache", false));
    return vm->None;
}

static sp_val codecs_lookup(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "lookup", args, kw, 1, 1);
    sp_val name = sp_vals_get(args, 0);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "lookup() argument must be str, not %s", sp_argtype_name(vm, name));
    return codecs_lookup_name(vm, name);
}

/* bytes, bytearray or a memoryview (its bytes copied): what CPython's
 * codec functions accept as a buffer. */
static bool buffer_arg(sp_vm *vm, sp_val v, sp_cbytes *out)
{
    if (sp_bytes_like(v, out))
        return true;
    if (!sp_is_subtype(sp_type_of(vm, v), vm->t.memoryview))
        return false;
    *out = sp_bytes_data(sp_call_special(vm, v, sp_intern_cstr(vm, "tobytes"), SP_NOVALS));
    return true;
}

static const char *opt_cstr(sp_vm *vm, sp_val v, const char *dflt)
{
    if (!v || v == vm->None)
        return dflt;
    if (!sp_is_str(v))
        sp_raise_fmt(vm, vm->e.TypeError, "argument must be str or None, not %T", v);
    return sp_str_cstr(v);
}

/* codecs.encode / codecs.decode: any object to any object through the
 * registry; the C codecs directly for str <-> bytes. */
static sp_val codecs_code(sp_vm *vm, sp_vals args, sp_val kw, bool encode)
{
    static const char *const kwlist[] = { "obj", "encoding", "errors", NULL };
    sp_val a[3] = { NULL, NULL, NULL };
    sp_parse_args(vm, encode ? "encode" : "decode", args, kw, kwlist, 1, SP_VALS(a));
    const char *enc = opt_cstr(vm, a[1], "utf-8"), *err = opt_cstr(vm, a[2], "strict");
    sp_cbytes d;
    if (sp_codec_is_builtin(enc)) {
        if (encode && sp_is_str(a[0]))
            return sp_codec_encode(vm, a[0], enc, err);
        if (!encode && buffer_arg(vm, a[0], &d))
            return sp_codec_decode(vm, d, enc, err);
    }
    sp_val info = codecs_lookup_name(vm, sp_str_from_cstr(vm, enc));
    sp_val r = sp_call2(vm, sp_tuple_get(info, encode ? 0 : 1), a[0], sp_str_from_cstr(vm, err));
    if (!sp_is_tuple(r) || sp_tuple_len(r) != 2)
        sp_raise_fmt(vm, vm->e.TypeError, "encoder must return a tuple (object, integer)");
    return sp_tuple_get(r, 0);
}

static sp_val codecs_encode(sp_vm *vm, sp_vals a, sp_val k) { return codecs_code(vm, a, k, true); }
static sp_val codecs_decode(sp_vm *vm, sp_vals a, sp_val k) { return codecs_code(vm, a, k, false); }

/* ---- error handlers -----------------------------------------------------*/
static sp_val exc_attr(sp_vm *vm, sp_val exc, const char *name)
{
    return sp_getattr_cstr(vm, exc, name);
}

static sp_val err_strict(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "strict_errors", args, kw, 1, 1);
    sp_val e = sp_vals_get(args, 0);
    if (!sp_is_exc(e))
        sp_raise_fmt(vm, vm->e.TypeError, "codec must pass exception instance");
    sp_raise(vm, e);
}

static sp_val err_ignore(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "ignore_errors", args, kw, 1, 1);
    sp_val e = sp_vals_get(args, 0);
    return sp_tuple_pack2(vm, sp_str_new(vm, (sp_cbytes){ NULL, 0 }), exc_attr(vm, e, "end"));
}

static sp_val err_replace(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "replace_errors", args, kw, 1, 1);
    sp_val e = sp_vals_get(args, 0);
    sp_val end = exc_attr(vm, e, "end");
    if (sp_exc_matches(vm, e, vm->e.UnicodeDecodeError))
        return sp_tuple_pack2(vm, sp_str_from_codepoint(vm, 0xFFFD), end);
    sp_ssize n = sp_index_ssize(vm, end) - sp_index_ssize(vm, exc_attr(vm, e, "start"));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 8);
    sp_strbuf_add_repeat(vm, &b, sp_exc_matches(vm, e, vm->e.UnicodeEncodeError) ? '?' : 0xFFFD, n > 0 ? (size_t)n : 0);
    return sp_tuple_pack2(vm, sp_strbuf_finish(vm, &b), end);
}

/* \xhh, \uhhhh or \U00hhhhhh for c, as backslashreplace writes it. */
static void add_backslash_escape(sp_vm *vm, sp_strbuf *b, uint32_t c)
{
    sp_val piece = c <= 0xFF ? sp_str_fmt(vm, "\\x%s%x", c < 0x10 ? "0" : "", c)
                 : c <= 0xFFFF ? sp_str_fmt(vm, "\\u%s%x", c < 0x1000 ? "0" : "", c)
                               : sp_str_fmt(vm, "\\U00%s%x", c < 0x100000 ? "0" : "", c);
    sp_strbuf_add_str(vm, b, piece);
}

static sp_val err_backslashreplace(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "backslashreplace_errors", args, kw, 1, 1);
    sp_val e = sp_vals_get(args, 0);
    sp_val obj = exc_attr(vm, e, "object");
    sp_ssize st = sp_index_ssize(vm, exc_attr(vm, e, "start")), en = sp_index_ssize(vm, exc_attr(vm, e, "end"));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    for (sp_ssize i = st; i < en; i++) {
        uint32_t c;
        if (sp_is_str(obj))
            c = (size_t)i < sp_str_len(obj) ? sp_str_codepoint_at(obj, (size_t)i) : 0;
        else {
            sp_cbytes d = sp_bytes_data(obj);
            c = (size_t)i < d.len ? sp_cbytes_get(d, (size_t)i) : 0;
        }
        add_backslash_escape(vm, &b, c);
    }
    return sp_tuple_pack2(vm, sp_strbuf_finish(vm, &b), exc_attr(vm, e, "end"));
}

static sp_val err_xmlcharrefreplace(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "xmlcharrefreplace_errors", args, kw, 1, 1);
    sp_val e = sp_vals_get(args, 0);
    sp_val obj = exc_attr(vm, e, "object");
    if (!sp_is_str(obj))
        sp_raise(vm, e);
    sp_ssize st = sp_index_ssize(vm, exc_attr(vm, e, "start")), en = sp_index_ssize(vm, exc_attr(vm, e, "end"));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    for (sp_ssize i = st; i < en && (size_t)i < sp_str_len(obj); i++)
        sp_strbuf_add_str(vm, &b, sp_str_fmt(vm, "&#%u;", sp_str_codepoint_at(obj, (size_t)i)));
    return sp_tuple_pack2(vm, sp_strbuf_finish(vm, &b), exc_attr(vm, e, "end"));
}

/* "\N{NAME}" for cp, or its backslash escape when it has no name. */
static void add_name_escape(sp_vm *vm, sp_strbuf *b, uint32_t cp)
{
    uint8_t name[96];
    size_t n = sp_unicode_name(cp, SP_BYTES(name));
    if (n > 0) {
        sp_strbuf_add_cstr(vm, b, "\\N{");
        sp_strbuf_add_str(vm, b, sp_str_new(vm, sp_cbytes_sub(SP_CBYTES(name), 0, n)));
        sp_strbuf_add_ascii_char(vm, b, '}');
    } else {
        add_backslash_escape(vm, b, cp);
    }
}

static sp_val err_namereplace(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "namereplace_errors", args, kw, 1, 1);
    sp_val e = sp_vals_get(args, 0);
    if (!sp_exc_matches(vm, e, vm->e.UnicodeEncodeError))
        sp_raise_fmt(vm, vm->e.TypeError, "don't know how to handle %T in error callback", e);
    sp_val obj = exc_attr(vm, e, "object");
    if (!sp_is_str(obj))
        sp_raise(vm, e);
    sp_ssize st = sp_index_ssize(vm, exc_attr(vm, e, "start")), en = sp_index_ssize(vm, exc_attr(vm, e, "end"));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 16);
    for (sp_ssize i = st < 0 ? 0 : st; i < en && (size_t)i < sp_str_len(obj); i++)
        add_name_escape(vm, &b, sp_str_codepoint_at(obj, (size_t)i));
    return sp_tuple_pack2(vm, sp_strbuf_finish(vm, &b), exc_attr(vm, e, "end"));
}

static const sp_methoddef error_handlers[] = {
    { "namereplace_errors", err_namereplace, 0, NULL },
    { "strict_errors", err_strict, 0, NULL },
    { "ignore_errors", err_ignore, 0, NULL },
    { "replace_errors", err_replace, 0, NULL },
    { "backslashreplace_errors", err_backslashreplace, 0, NULL },
    { "xmlcharrefreplace_errors", err_xmlcharrefreplace, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static sp_val codecs_register_error(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "register_error", args, kw, 2, 2);
    sp_val name = sp_vals_get(args, 0), f = sp_vals_get(args, 1);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "register_error() argument 1 must be str, not %s", sp_argtype_name(vm, name));
    if (!sp_callable(vm, f))
        sp_raise_fmt(vm, vm->e.TypeError, "handler must be callable");
    sp_dict_set(vm, reg_get(vm, "_codecs.errors", false), name, f);
    return vm->None;
}

static sp_val codecs_lookup_error(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "lookup_error", args, kw, 1, 1);
    sp_val name = sp_vals_get(args, 0);
    if (!sp_is_str(name))
        sp_raise_fmt(vm, vm->e.TypeError, "lookup_error() argument must be str, not %s", sp_argtype_name(vm, name));
    sp_val h = sp_dict_get(vm, reg_get(vm, "_codecs.errors", false), name);
    if (h)
        return h;
    static const char *const builtin[] = { "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                           "namereplace" };
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++) {
        const char *nm = i == 0 ? "strict" : i == 1 ? "ignore" : i == 2 ? "replace" : i == 3 ? "backslashreplace"
                       : i == 4 ? "xmlcharrefreplace" : "namereplace";
        if (sp_str_eq_cstr(name, nm))
            return sp_getattr(vm, sp_import_cstr(vm, "_codecs"), sp_str_fmt(vm, "%s_errors", nm));
    }
    sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%U'", name);
}

/* ---- the C codecs as functions: (result, consumed) ---------------------*/
static sp_val pair(sp_vm *vm, sp_val r, size_t n)
{
    return sp_tuple_pack2(vm, r, sp_int_from_size(vm, n));
}

static sp_val enc_fn(sp_vm *vm, sp_vals args, sp_val kw, const char *fname, const char *codec)
{
    sp_check_nargs(vm, fname, args, kw, 1, 2);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "%s() argument 1 must be str, not %s", fname, sp_argtype_name(vm, s));
    const char *err = opt_cstr(vm, args.len > 1 ? sp_vals_get(args, 1) : NULL, "strict");
    return pair(vm, sp_codec_encode(vm, s, codec, err), sp_str_len(s));
}

/* data, errors=None, final=False.  A non-final UTF-8 chunk keeps an
 * incomplete trailing sequence for the next call. */
static sp_val dec_fn(sp_vm *vm, sp_vals args, sp_val kw, const char *fname, const char *codec, bool incremental)
{
    sp_check_nargs(vm, fname, args, kw, 1, 3);
    sp_cbytes d;
    if (!buffer_arg(vm, sp_vals_get(args, 0), &d))
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, sp_vals_get(args, 0)));
    const char *err = opt_cstr(vm, args.len > 1 ? sp_vals_get(args, 1) : NULL, "strict");
    bool final = args.len > 2 ? sp_truthy(vm, sp_vals_get(args, 2)) : !incremental;
    d = sp_bytes_data(sp_bytes_new(vm, d));
    size_t use = d.len;
    if (!final && sp_cbytes_eq(sp_cbytes_of_cstr(codec), sp_cbytes_of_cstr("utf-8"))) {
        /* Back up over a trailing lead byte whose sequence is cut short. */
        for (size_t k = 1; k <= 3 && k <= d.len; k++) {
            uint8_t c = sp_cbytes_get(d, d.len - k);
            if ((c & 0xC0u) == 0x80u)
                continue;
            if (c >= 0xC2 && c <= 0xF4 && sp_u8_seqlen(c) > k)
                use = d.len - k;
            break;
        }
    }
    return pair(vm, sp_codec_decode(vm, sp_cbytes_sub(d, 0, use), codec, err), use);
}

#define CODEC_FNS(pyname, codec, incr)                                                   \
    static sp_val pyname##_encode(sp_vm *vm, sp_vals a, sp_val k) { return enc_fn(vm, a, k, #pyname "_encode", codec); } \
    static sp_val pyname##_decode(sp_vm *vm, sp_vals a, sp_val k) { return dec_fn(vm, a, k, #pyname "_decode", codec, incr); }
CODEC_FNS(utf_8, "utf-8", true)
CODEC_FNS(ascii, "ascii", false)
CODEC_FNS(latin_1, "latin-1", false)
CODEC_FNS(utf_16_le, "utf-16-le", true)
CODEC_FNS(utf_16_be, "utf-16-be", true)
CODEC_FNS(utf_32_le, "utf-32-le", true)
CODEC_FNS(utf_32_be, "utf-32-be", true)
#undef CODEC_FNS

/* utf_16_encode(str, errors=None, byteorder=0): 0 = BOM + native order. */
static sp_val utf_16_32_encode(sp_vm *vm, sp_vals args, sp_val kw, bool wide)
{
    sp_check_nargs(vm, wide ? "utf_32_encode" : "utf_16_encode", args, kw, 1, 3);
    sp_ssize order = args.len > 2 ? sp_index_ssize(vm, sp_vals_get(args, 2)) : 0;
    const char *codec = order == 0 ? (wide ? "utf-32" : "utf-16") : order < 0 ? (wide ? "utf-32-le" : "utf-16-le")
                                                                             : (wide ? "utf-32-be" : "utf-16-be");
    return enc_fn(vm, sp_vals_sub(args, 0, args.len > 2 ? 2 : args.len), kw, wide ? "utf_32_encode" : "utf_16_encode", codec);
}

static sp_val utf_16_encode(sp_vm *vm, sp_vals a, sp_val k) { return utf_16_32_encode(vm, a, k, false); }
static sp_val utf_32_encode(sp_vm *vm, sp_vals a, sp_val k) { return utf_16_32_encode(vm, a, k, true); }
static sp_val utf_16_decode(sp_vm *vm, sp_vals a, sp_val k) { return dec_fn(vm, a, k, "utf_16_decode", "utf-16", true); }
static sp_val utf_32_decode(sp_vm *vm, sp_vals a, sp_val k) { return dec_fn(vm, a, k, "utf_32_decode", "utf-32", true); }

/* ---- charmap codecs (the encodings.cpXXXX modules) ----------------------*/
static sp_val charmap_build(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "charmap_build", args, kw, 1, 1);
    sp_val t = sp_vals_get(args, 0);
    if (!sp_is_str(t))
        sp_raise_fmt(vm, vm->e.TypeError, "charmap_build() argument must be str, not %s", sp_argtype_name(vm, t));
    sp_val m = sp_dict_new(vm);
    size_t n = sp_str_len(t);
    for (size_t i = 0; i < n && i < 256; i++)
        sp_dict_set(vm, m, sp_small(sp_str_codepoint_at(t, i)), sp_small((int64_t)i));
    return m;
}

static void add_esc(sp_vm *vm, sp_strbuf *b, char kind, uint32_t cp, int digits);

/* Append cp's bytes under map (an EncodingMap dict: cp -> int or bytes);
 * false if cp is not mapped. */
static bool charmap_put(sp_vm *vm, sp_val map, uint32_t cp, sp_val append, sp_val extend)
{
    sp_val v = sp_is_dict(map) ? sp_dict_get(vm, map, sp_small(cp)) : sp_getitem(vm, map, sp_small(cp));
    if (!v || v == vm->None)
        return false;
    sp_call1(vm, sp_is_int(v) ? append : extend, v);
    return true;
}

static bool cstr_is(const char *a, const char *b)
{
    return sp_cbytes_eq(sp_cbytes_of_cstr(a), sp_cbytes_of_cstr(b));
}

static sp_val charmap_decode(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "charmap_decode", args, kw, 1, 3);
    sp_cbytes d;
    if (!buffer_arg(vm, sp_vals_get(args, 0), &d))
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, sp_vals_get(args, 0)));
    d = sp_bytes_data(sp_bytes_new(vm, d));
    const char *err = opt_cstr(vm, args.len > 1 ? sp_vals_get(args, 1) : NULL, "strict");
    sp_val map = args.len > 2 ? sp_vals_get(args, 2) : vm->None;
    if (map == vm->None)
        return pair(vm, sp_codec_decode(vm, d, "latin-1", err), d.len);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        sp_val v = NULL;
        if (sp_is_str(map)) {
            if (c < sp_str_len(map) && sp_str_codepoint_at(map, c) != 0xFFFE)
                v = sp_str_char_at(vm, map, c);
        } else {
            v = sp_is_dict(map) ? sp_dict_get(vm, map, sp_small(c)) : sp_getitem(vm, map, sp_small(c));
            if (v == vm->None)
                v = NULL;
            else if (v && sp_is_int(v)) {
                int64_t x;
                if (!sp_int_to_i64(v, &x) || x < 0 || x > 0x10FFFF)
                    sp_raise_fmt(vm, vm->e.TypeError, "character mapping must be in range(0x110000)");
                v = sp_str_from_codepoint(vm, (uint32_t)x);
            }
        }
        if (v && sp_is_str(v)) {
            sp_strbuf_add_str(vm, &b, v);
            continue;
        }
        sp_val a[5] = { sp_str_from_cstr(vm, "charmap"), sp_bytes_new(vm, d), sp_int_from_size(vm, i),
                        sp_int_from_size(vm, i + 1), sp_str_from_cstr(vm, "character maps to <undefined>") };
        if (cstr_is(err, "replace"))
            sp_strbuf_add_codepoint(vm, &b, 0xFFFD);
        else if (cstr_is(err, "backslashreplace"))
            add_esc(vm, &b, 'x', c, 2);
        else if (cstr_is(err, "surrogateescape") && c >= 0x80)
            sp_strbuf_add_codepoint(vm, &b, 0xDC00u + c);
        else if (cstr_is(err, "xmlcharrefreplace") || cstr_is(err, "namereplace"))
            sp_raise_fmt(vm, vm->e.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        else if (cstr_is(err, "strict") || cstr_is(err, "surrogatepass") || cstr_is(err, "surrogateescape"))
            sp_raise(vm, sp_exc_new(vm, vm->e.UnicodeDecodeError, SP_VALS(a)));
        else if (!cstr_is(err, "ignore"))
            sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%s'", err);
    }
    return pair(vm, sp_strbuf_finish(vm, &b), d.len);
}

static sp_val charmap_encode(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "charmap_encode", args, kw, 1, 3);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "charmap_encode() argument 1 must be str, not %s", sp_argtype_name(vm, s));
    const char *err = opt_cstr(vm, args.len > 1 ? sp_vals_get(args, 1) : NULL, "strict");
    sp_val map = args.len > 2 ? sp_vals_get(args, 2) : vm->None;
    if (map == vm->None)
        return pair(vm, sp_codec_encode(vm, s, "latin-1", err), sp_str_len(s));
    size_t n = sp_str_len(s);
    sp_val out = sp_bytearray_new(vm, (sp_cbytes){ NULL, 0 });
    sp_val append = sp_getattr_cstr(vm, out, "append");
    sp_val extend = sp_getattr_cstr(vm, out, "extend");
    for (size_t i = 0; i < n;) {
        if (charmap_put(vm, map, sp_str_codepoint_at(s, i), append, extend)) {
            i++;
            continue;
        }
        /* As CPython: the whole run of unmappable characters is one error. */
        size_t j = i + 1;
        while (j < n && !(sp_is_dict(map) && sp_dict_get(vm, map, sp_small(sp_str_codepoint_at(s, j)))))
            j++;
        sp_val a[5] = { sp_str_from_cstr(vm, "charmap"), s, sp_int_from_size(vm, i), sp_int_from_size(vm, j),
                        sp_str_from_cstr(vm, "character maps to <undefined>") };
        sp_val exc = sp_exc_new(vm, vm->e.UnicodeEncodeError, SP_VALS(a));
        if (cstr_is(err, "strict") || cstr_is(err, "surrogatepass"))
            sp_raise(vm, exc);
        if (!cstr_is(err, "ignore") && !cstr_is(err, "replace") && !cstr_is(err, "xmlcharrefreplace") &&
            !cstr_is(err, "backslashreplace") && !cstr_is(err, "surrogateescape") && !cstr_is(err, "namereplace"))
            sp_raise_fmt(vm, vm->e.LookupError, "unknown error handler name '%s'", err);
        /* The replacement text goes through the map too. */
        sp_strbuf rep;
        sp_strbuf_init(vm, &rep, 16);
        for (size_t k = i; k < j; k++) {
            uint32_t cp = sp_str_codepoint_at(s, k);
            if (cstr_is(err, "replace")) {
                sp_strbuf_add_ascii_char(vm, &rep, '?');
            } else if (cstr_is(err, "xmlcharrefreplace")) {
                sp_strbuf_add_str(vm, &rep, sp_str_fmt(vm, "&#%u;", (unsigned)cp));
            } else if (cstr_is(err, "backslashreplace")) {
                add_esc(vm, &rep, cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U', cp, cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8);
            } else if (cstr_is(err, "namereplace")) {
                add_name_escape(vm, &rep, cp);
            } else if (cstr_is(err, "surrogateescape")) {
                if (cp < 0xDC80 || cp > 0xDCFF)
                    sp_raise(vm, exc);
                sp_call1(vm, append, sp_small(cp - 0xDC00));
            }
        }
        sp_val r = sp_strbuf_finish(vm, &rep);
        for (size_t k = 0, m = sp_str_len(r); k < m; k++)
            if (!charmap_put(vm, map, sp_str_codepoint_at(r, k), append, extend))
                sp_raise(vm, exc);
        i = j;
    }
    return pair(vm, sp_bytes_new(vm, sp_bytes_data(out)), n);
}

/* ---- unicode_escape and raw_unicode_escape --------------------------------*/
static void add_esc(sp_vm *vm, sp_strbuf *b, char kind, uint32_t cp, int digits)
{
    static const char hex[] = "0123456789abcdef";
    sp_strbuf_add_ascii_char(vm, b, '\\');
    sp_strbuf_add_ascii_char(vm, b, kind);
    for (int k = digits - 1; k >= 0; k--)
        sp_strbuf_add_ascii_char(vm, b, (char)sp_cbytes_get(SP_CBYTES(hex), (cp >> (4 * k)) & 0xFu));
}

static sp_val escape_encode_impl(sp_vm *vm, sp_vals args, sp_val kw, bool raw)
{
    sp_check_nargs(vm, raw ? "raw_unicode_escape_encode" : "unicode_escape_encode", args, kw, 1, 2);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "argument 1 must be str, not %s", sp_argtype_name(vm, s));
    sp_cbytes d = sp_str_bytes(s);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    size_t pos = 0;
    while (pos < d.len) {
        uint32_t cp = sp_u8_next(d, &pos);
        if (raw) {
            if (cp < 0x100)
                sp_strbuf_add_codepoint(vm, &b, cp);
            else if (cp < 0x10000)
                add_esc(vm, &b, 'u', cp, 4);
            else
                add_esc(vm, &b, 'U', cp, 8);
            continue;
        }
        if (cp == '\\')
            sp_strbuf_add_cstr(vm, &b, "\\\\");
        else if (cp == '\t')
            sp_strbuf_add_cstr(vm, &b, "\\t");
        else if (cp == '\n')
            sp_strbuf_add_cstr(vm, &b, "\\n");
        else if (cp == '\r')
            sp_strbuf_add_cstr(vm, &b, "\\r");
        else if (cp >= 0x20 && cp < 0x7F)
            sp_strbuf_add_ascii_char(vm, &b, (char)cp);
        else if (cp < 0x100)
            add_esc(vm, &b, 'x', cp, 2);
        else if (cp < 0x10000)
            add_esc(vm, &b, 'u', cp, 4);
        else
            add_esc(vm, &b, 'U', cp, 8);
    }
    /* The text is ASCII or Latin-1 by construction. */
    return pair(vm, sp_codec_encode(vm, sp_strbuf_finish(vm, &b), "latin-1", "strict"), sp_str_len(s));
}

static int hexdig(uint8_t c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

_Noreturn static void esc_error(sp_vm *vm, const char *enc, sp_cbytes d, size_t start, size_t end, const char *reason)
{
    sp_val a[5] = { sp_str_from_cstr(vm, enc), sp_bytes_new(vm, d), sp_int_from_size(vm, start),
                    sp_int_from_size(vm, end), sp_str_from_cstr(vm, reason) };
    sp_raise(vm, sp_exc_new(vm, vm->e.UnicodeDecodeError, SP_VALS(a)));
}

static sp_val escape_decode_impl(sp_vm *vm, sp_vals args, sp_val kw, bool raw)
{
    const char *enc = raw ? "rawunicodeescape" : "unicodeescape";
    sp_check_nargs(vm, raw ? "raw_unicode_escape_decode" : "unicode_escape_decode", args, kw, 1, 3);
    sp_val src = sp_vals_get(args, 0);
    sp_cbytes d;
    if (sp_is_str(src))
        src = sp_codec_encode(vm, src, "utf-8", "strict");
    if (!buffer_arg(vm, src, &d))
        sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%N'", sp_type_of(vm, src));
    d = sp_bytes_data(sp_bytes_new(vm, d));
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len);
    size_t i = 0;
    while (i < d.len) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c != '\\' || i + 1 >= d.len) {
            if (c == '\\' && !raw)
                esc_error(vm, enc, d, i, d.len, "\\ at end of string");
            sp_strbuf_add_codepoint(vm, &b, c);
            i++;
            continue;
        }
        uint8_t e = sp_cbytes_get(d, i + 1);
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (raw && e != 'u' && e != 'U') {
            sp_strbuf_add_codepoint(vm, &b, c);
            i++;
            continue;
        }
        if (digits) {
            uint32_t v = 0;
            size_t k = 0;
            for (; k < (size_t)digits && i + 2 + k < d.len; k++) {
                int h = hexdig(sp_cbytes_get(d, i + 2 + k));
                if (h < 0)
                    break;
                v = v * 16 + (uint32_t)h;
            }
            if (k < (size_t)digits)
                esc_error(vm, enc, d, i, i + 2 + k, e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            if (v > 0x10FFFF)
                esc_error(vm, enc, d, i, i + 2 + k, "illegal Unicode character");
            sp_strbuf_add_codepoint(vm, &b, v);
            i += 2 + k;
            continue;
        }
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': sp_strbuf_add_ascii_char(vm, &b, '\\'); break;
        case '\'': sp_strbuf_add_ascii_char(vm, &b, '\''); break;
        case '"': sp_strbuf_add_ascii_char(vm, &b, '"'); break;
        case 'a': sp_strbuf_add_ascii_char(vm, &b, 7); break;
        case 'b': sp_strbuf_add_ascii_char(vm, &b, 8); break;
        case 'f': sp_strbuf_add_ascii_char(vm, &b, 12); break;
        case 'n': sp_strbuf_add_ascii_char(vm, &b, '\n'); break;
        case 'r': sp_strbuf_add_ascii_char(vm, &b, '\r'); break;
        case 't': sp_strbuf_add_ascii_char(vm, &b, '\t'); break;
        case 'v': sp_strbuf_add_ascii_char(vm, &b, 11); break;
        default:
            if (e >= '0' && e <= '7') {
                uint32_t v = (uint32_t)(e - '0');
                for (int k = 0; k < 2 && i < d.len && sp_cbytes_get(d, i) >= '0' && sp_cbytes_get(d, i) <= '7'; k++)
                    v = v * 8 + (uint32_t)(sp_cbytes_get(d, i++) - '0');
                sp_strbuf_add_codepoint(vm, &b, v);
            } else {
                /* unknown escape: kept as is (CPython warns) */
                sp_strbuf_add_ascii_char(vm, &b, '\\');
                sp_strbuf_add_codepoint(vm, &b, e);
            }
            break;
        }
    }
    return pair(vm, sp_strbuf_finish(vm, &b), d.len);
}

static sp_val unicode_escape_encode(sp_vm *vm, sp_vals a, sp_val k) { return escape_encode_impl(vm, a, k, false); }
static sp_val unicode_escape_decode(sp_vm *vm, sp_vals a, sp_val k) { return escape_decode_impl(vm, a, k, false); }
static sp_val raw_unicode_escape_encode(sp_vm *vm, sp_vals a, sp_val k) { return escape_encode_impl(vm, a, k, true); }
static sp_val raw_unicode_escape_decode(sp_vm *vm, sp_vals a, sp_val k) { return escape_decode_impl(vm, a, k, true); }

static const sp_methoddef codecs_functions[] = {
    { "unicode_escape_encode", unicode_escape_encode, 0, NULL },
    { "unicode_escape_decode", unicode_escape_decode, 0, NULL },
    { "raw_unicode_escape_encode", raw_unicode_escape_encode, 0, NULL },
    { "raw_unicode_escape_decode", raw_unicode_escape_decode, 0, NULL },
    { "register", codecs_register, 0, NULL },
    { "unregister", codecs_unregister, 0, NULL },
    { "lookup", codecs_lookup, 0, NULL },
    { "encode", codecs_encode, 0, NULL },
    { "decode", codecs_decode, 0, NULL },
    { "register_error", codecs_register_error, 0, NULL },
    { "lookup_error", codecs_lookup_error, 0, NULL },
    { "utf_8_encode", utf_8_encode, 0, NULL },
    { "utf_8_decode", utf_8_decode, 0, NULL },
    { "ascii_encode", ascii_encode, 0, NULL },
    { "ascii_decode", ascii_decode, 0, NULL },
    { "latin_1_encode", latin_1_encode, 0, NULL },
    { "latin_1_decode", latin_1_decode, 0, NULL },
    { "utf_16_encode", utf_16_encode, 0, NULL },
    { "utf_16_decode", utf_16_decode, 0, NULL },
    { "utf_16_le_encode", utf_16_le_encode, 0, NULL },
    { "utf_16_le_decode", utf_16_le_decode, 0, NULL },
    { "utf_16_be_encode", utf_16_be_encode, 0, NULL },
    { "utf_16_be_decode", utf_16_be_decode, 0, NULL },
    { "utf_32_encode", utf_32_encode, 0, NULL },
    { "utf_32_decode", utf_32_decode, 0, NULL },
    { "utf_32_le_encode", utf_32_le_encode, 0, NULL },
    { "utf_32_le_decode", utf_32_le_decode, 0, NULL },
    { "utf_32_be_encode", utf_32_be_encode, 0, NULL },
    { "utf_32_be_decode", utf_32_be_decode, 0, NULL },
    { "charmap_build", charmap_build, 0, NULL },
    { "charmap_decode", charmap_decode, 0, NULL },
    { "charmap_encode", charmap_encode, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_codecs(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_codecs"));
    sp_module_add_methods(vm, m, codecs_functions);
    sp_module_add_methods(vm, m, error_handlers);
    return m;
}
