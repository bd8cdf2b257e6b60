/* Formatting of text: printf-style `str % args` (and `bytes % args`), and
 * str.format / str.format_map (the replacement-field grammar; the format
 * spec itself is handled by each type's __format__ via sp_format). */
#include "str_internal.h"

/* ------------------------------------------------------------------------
 * printf-style formatting
 * --------------------------------------------------------------------- */
typedef struct {
    sp_val args;        /* tuple of positional arguments, or NULL for one */
    sp_val single;      /* the one argument when args is NULL */
    size_t next;        /* next positional argument */
    sp_val dict;        /* the mapping for %(key)s, or NULL */
    bool bytes;         /* bytes % args: %s means bytes, %a/%r give ASCII */
} pct_state;

/* The number of positional arguments. */
static size_t pct_nargs(const pct_state *st)
{
    return st->args ? sp_tuple_len(st->args) : 1;
}

static sp_val pct_next_arg(sp_vm *vm, pct_state *st)
{
    size_t n = pct_nargs(st);
    if (!st->args) {
        if (st->next >= 1)
            sp_raise_fmt(vm, vm->e.TypeError, "not enough arguments for format string");
        st->next++;
        return st->single;
    }
    if (st->next >= n)
        sp_raise_fmt(vm, vm->e.TypeError, "not enough arguments for format string");
    return sp_tuple_get(st->args, st->next++);
}

static bool has_method(sp_vm *vm, sp_val v, sp_val name)
{
    return sp_type_lookup(vm, sp_type_of(vm, v), name) != NULL;
}

/* An int for %d/%i/%u (floats truncate, __int__ is honoured) or for
 * %x/%o/%X (__index__ only). */
static sp_val pct_int_arg(sp_vm *vm, sp_val v, char conv, bool bytes)
{
    bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    if (sp_is_int(v)) {
        if (sp_is_exact(vm, v, vm->t.bool_))
            return sp_small(v == vm->True ? 1 : 0);
        return v;
    }
    if (decimal) {
        if (sp_is_float(v))
            return sp_int_from_double(vm, sp_float_get(v));
        if (has_method(vm, v, vm->n.__int__)) {
            sp_val r = sp_call_special(vm, v, vm->n.__int__, SP_NOVALS);
            if (r && sp_is_int(r))
                return r;
        }
        if (has_method(vm, v, vm->n.__index__))
            return sp_index(vm, v);
        sp_raise_fmt(vm, vm->e.TypeError, "%%%c format: a real number is required, not %T", bytes && conv == 'i' ? 'd' : conv, v);
    }
    if (has_method(vm, v, vm->n.__index__))
        return sp_index(vm, v);
    sp_raise_fmt(vm, vm->e.TypeError, "%%%c format: an integer is required, not %T", conv, v);
}

/* Append s padded to width (left-justified when `left`). */
static void pct_pad(sp_vm *vm, sp_strbuf *b, sp_val s, sp_ssize width, bool left)
{
    size_t len = sp_str_len(s);
    size_t padn = width > (sp_ssize)len ? (size_t)width - len : 0;
    if (!left)
        sp_strbuf_add_repeat(vm, b, ' ', padn);
    sp_strbuf_add_str(vm, b, s);
    if (left)
        sp_strbuf_add_repeat(vm, b, ' ', padn);
}

/* The digits of |v| (a small int) in base 10, 16 or 8, lowercase, at the
 * end of out; returns their count. */
static size_t small_digits(int64_t v, int base, sp_bytes out)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t pos = out.len;
    do {
        unsigned d = (unsigned)(u % (unsigned)base);
        sp_bytes_set(out, --pos, (uint8_t)(d < 10 ? '0' + d : 'a' + d - 10));
        u /= (unsigned)base;
    } while (u != 0);
    return out.len - pos;
}

/* The number of decimal digits of |v|, without writing them (the sizing
 * pass of pct_simple): comparisons, no divisions. */
static size_t dec_len(int64_t v)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t n = 1;
    for (uint64_t p = 10; n < 20 && u >= p; p *= 10)
        n++;
    return n;
}

static void pct_format_int(sp_vm *vm, sp_strbuf *b, sp_val v, char conv, const char *flags, sp_ssize width, sp_ssize prec)
{
    bool f_left = false, f_plus = false, f_space = false, f_alt = false, f_zero = false;
    sp_cbytes fl = sp_cbytes_of_cstr(flags);
    for (size_t i = 0; i < fl.len; i++) {
        switch (sp_cbytes_get(fl, i)) {
        case '-': f_left = true; break;
        case '+': f_plus = true; break;
        case ' ': f_space = true; break;
        case '#': f_alt = true; break;
        case '0': f_zero = true; break;
        }
    }
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    bool neg = sp_int_sign(v) < 0;
    /* The digits of |v|: a small int's straight into a local buffer, a big
     * int's through sp_int_to_str (ASCII either way). */
    char tmp[24];
    sp_cbytes digits;
    if (sp_is_small(v)) {
        size_t nd = small_digits(sp_small_get(v), base, SP_BYTES(tmp));
        digits = sp_cbytes_sub(SP_CBYTES(tmp), sizeof tmp - nd, nd);
    } else {
        digits = sp_str_bytes(sp_int_to_str(vm, neg ? sp_int_neg(vm, v) : v, base));
    }
    char pre[4];
    size_t npre = 0;
    sp_bytes pb = SP_BYTES(pre);
    if (neg)
        sp_bytes_set(pb, npre++, '-');
    else if (f_plus)
        sp_bytes_set(pb, npre++, '+');
    else if (f_space)
        sp_bytes_set(pb, npre++, ' ');
    if (f_alt && base != 10) {
        sp_bytes_set(pb, npre++, '0');
        sp_bytes_set(pb, npre++, (uint8_t)(conv == 'o' ? 'o' : conv));
    }
    size_t nd = digits.len;
    size_t zeros = prec > (sp_ssize)nd ? (size_t)prec - nd : 0;
    size_t body = npre + zeros + nd;
    size_t padn = width > (sp_ssize)body ? (size_t)width - body : 0;
    if (!f_left && !f_zero)
        sp_strbuf_add_repeat(vm, b, ' ', padn);
    sp_strbuf_add(vm, b, sp_cbytes_sub(SP_CBYTES(pre), 0, npre));
    if (!f_left && f_zero)
        sp_strbuf_add_repeat(vm, b, '0', padn);
    sp_strbuf_add_repeat(vm, b, '0', zeros);
    if (conv == 'X') {
        for (size_t k = 0; k < nd; k++) {
            uint8_t c = sp_cbytes_get(digits, k);
            sp_strbuf_add_ascii_char(vm, b, (char)(c >= 'a' && c <= 'f' ? c - 32 : c));
        }
    } else {
        sp_strbuf_add(vm, b, digits);
    }
    if (f_left)
        sp_strbuf_add_repeat(vm, b, ' ', padn);
}

static void pct_format_float(sp_vm *vm, sp_strbuf *b, sp_val v, char conv, const char *flags, sp_ssize width, sp_ssize prec,
                             bool bytes)
{
    if (!sp_is_float(v) && !sp_is_int(v) && !has_method(vm, v, vm->n.__float__) && !has_method(vm, v, vm->n.__index__))
        sp_raise_fmt(vm, vm->e.TypeError, bytes ? "float argument required, not %T" : "must be real number, not %T", v);
    double d = sp_float_of(vm, v);
    /* The format-spec mini-language says the same thing differently. */
    sp_strbuf spec;
    sp_strbuf_init(vm, &spec, 16);
    sp_cbytes fl = sp_cbytes_of_cstr(flags);
    bool left = sp_cbytes_findbyte(fl, '-', 0) >= 0;
    if (left)
        sp_strbuf_add_ascii_char(vm, &spec, '<');
    if (sp_cbytes_findbyte(fl, '+', 0) >= 0)
        sp_strbuf_add_ascii_char(vm, &spec, '+');
    else if (sp_cbytes_findbyte(fl, ' ', 0) >= 0)
        sp_strbuf_add_ascii_char(vm, &spec, ' ');
    if (sp_cbytes_findbyte(fl, '#', 0) >= 0)
        sp_strbuf_add_ascii_char(vm, &spec, '#');
    if (!left && sp_cbytes_findbyte(fl, '0', 0) >= 0)
        sp_strbuf_add_ascii_char(vm, &spec, '0');
    sp_val tail = width > 0 ? sp_str_fmt(vm, "%zd.%zd%c", width, prec < 0 ? (sp_ssize)6 : prec, conv)
                            : sp_str_fmt(vm, ".%zd%c", prec < 0 ? (sp_ssize)6 : prec, conv);
    sp_strbuf_add_str(vm, &spec, tail);
    sp_strbuf_add_str(vm, b, sp_format_float(vm, d, sp_strbuf_finish(vm, &spec)));
}

/* Parse a decimal number or '*' at d[*pos]; -1 if absent.  A width is a
 * C ssize_t, a precision a C int, as in CPython (hence the messages). */
static sp_ssize pct_number(sp_vm *vm, sp_cbytes d, size_t *pos, pct_state *st, bool prec)
{
    if (*pos < d.len && sp_cbytes_get(d, *pos) == '*') {
        (*pos)++;
        sp_val v = pct_next_arg(vm, st);
        if (!sp_is_int(v))
            sp_raise_fmt(vm, vm->e.TypeError, "* wants int");
        return prec ? sp_str_arg_int(vm, v) : sp_str_arg_ssize(vm, v);
    }
    if (*pos >= d.len || sp_cbytes_get(d, *pos) < '0' || sp_cbytes_get(d, *pos) > '9')
        return -1;
    sp_ssize n = 0, max = prec ? INT32_MAX : PTRDIFF_MAX;
    while (*pos < d.len && sp_cbytes_get(d, *pos) >= '0' && sp_cbytes_get(d, *pos) <= '9') {
        sp_ssize digit = sp_cbytes_get(d, (*pos)++) - '0';
        if (n > (max - digit) / 10)
            sp_raise_fmt(vm, vm->e.ValueError, prec ? "precision too big" : "width too big");
        n = n * 10 + digit;
    }
    return n;
}

/* Formats one str template; for bytes templates the caller converts. */
static sp_val pct_format(sp_vm *vm, sp_cbytes d, sp_val args, bool is_bytes, sp_val *bytes_out)
{
    pct_state st = { NULL, NULL, 0, NULL, is_bytes };
    bool single = false;
    if (sp_is_tuple(args)) {
        st.args = args;
    } else {
        st.single = args;
        single = true;
        /* Any non-tuple with __getitem__ may supply %(key)s -- except a str
         * (for str %) or bytes / bytearray / str (for bytes %), as in CPython. */
        bool excluded = is_bytes ? sp_is_bytes(args) || sp_is_str(args) || sp_is_subtype(sp_type_of(vm, args), vm->t.bytearray)
                                 : sp_is_str(args);
        if (has_method(vm, args, vm->n.__getitem__) && !excluded)
            st.dict = args;
    }
    (void)single;
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len + 16);
    size_t pos = 0;
    bool used_key = false;
    while (pos < d.len) {
        size_t start = pos;
        while (pos < d.len && sp_cbytes_get(d, pos) != '%')
            pos++;
        if (pos > start)
            sp_strbuf_add(vm, &b, sp_cbytes_sub(d, start, pos - start));
        if (pos >= d.len)
            break;
        size_t pct_at = pos++;
        sp_val arg = NULL;
        /* Only an immediate "%%" is a literal percent; "%5%" is a conversion
         * that CPython 3.11 rejects (after taking its argument). */
        if (pos < d.len && sp_cbytes_get(d, pos) == '%') {
            sp_strbuf_add_ascii_char(vm, &b, '%');
            pos++;
            continue;
        }
        /* CPython 3.11's bytes % skips a 'z' right after the '%' (b"%zd"
         * formats like b"%d"; b"%z" is an incomplete format). */
        if (is_bytes && pos < d.len && sp_cbytes_get(d, pos) == 'z')
            pos++;
        if (pos < d.len && sp_cbytes_get(d, pos) == '(') {
            if (!st.dict)
                sp_raise_fmt(vm, vm->e.TypeError, "format requires a mapping");
            size_t depth = 1, ks = ++pos;
            while (pos < d.len && depth > 0) {
                uint8_t c = sp_cbytes_get(d, pos);
                if (c == '(')
                    depth++;
                else if (c == ')')
                    depth--;
                pos++;
            }
            if (depth > 0)
                sp_raise_fmt(vm, vm->e.ValueError, "incomplete format key");
            sp_cbytes kb = sp_cbytes_sub(d, ks, pos - 1 - ks);
            sp_val key = is_bytes ? sp_bytes_new(vm, kb) : sp_str_new(vm, kb);
            /* The value becomes the only argument left: a '*' takes it,
             * and a later positional conversion finds nothing. */
            st.args = sp_tuple_new(vm, 1);
            sp_tuple_set(st.args, 0, sp_getitem(vm, st.dict, key));
            st.next = 0;
            used_key = true;
        }
        char flags[8];
        sp_bytes fb = SP_BYTES(flags);
        size_t nf = 0;
        while (pos < d.len) {
            uint8_t c = sp_cbytes_get(d, pos);
            if (c != '-' && c != '+' && c != ' ' && c != '#' && c != '0')
                break;
            if (nf < sizeof flags - 1)
                sp_bytes_set(fb, nf++, c);
            pos++;
        }
        sp_bytes_set(fb, nf, 0);
        bool star_width = pos < d.len && sp_cbytes_get(d, pos) == '*';
        sp_ssize width = pct_number(vm, d, &pos, &st, false);
        bool left = sp_cbytes_findbyte(sp_cbytes_sub(sp_cbytes_of(fb), 0, nf), '-', 0) >= 0;
        if (width < 0 && star_width) {
            /* "%*d" % (-5, x): a negative * width means left-justify. */
            width = -width;
            left = true;
            if (nf < sizeof flags - 1) {
                sp_bytes_set(fb, nf++, '-');
                sp_bytes_set(fb, nf, 0);
            }
        }
        sp_ssize prec = -1;
        if (pos < d.len && sp_cbytes_get(d, pos) == '.') {
            pos++;
            prec = pct_number(vm, d, &pos, &st, true);
            if (prec < 0)
                prec = 0;
        }
        /* One length modifier is skipped (C's "%ld"); "%lld" is an error. */
        if (pos < d.len && (sp_cbytes_get(d, pos) == 'h' || sp_cbytes_get(d, pos) == 'l' || sp_cbytes_get(d, pos) == 'L'))
            pos++;
        if (pos >= d.len)
            sp_raise_fmt(vm, vm->e.ValueError, "incomplete format");
        size_t conv_at = pos;
        uint32_t conv = sp_u8_next(d, &pos);
        if (!arg)
            arg = pct_next_arg(vm, &st);
        if (is_bytes && conv == 'b')
            conv = 's';   /* %b is bytes' name for %s */
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            sp_val s;
            if (is_bytes && conv == 's') {
                sp_cbytes bd;
                if (sp_bytes_buffer(vm, arg, &bd))
                    s = sp_codec_decode(vm, bd, "latin-1", "strict");
                else if (has_method(vm, arg, sp_intern_cstr(vm, "__bytes__")))
                    s = sp_codec_decode(vm, sp_bytes_data(sp_call_special(vm, arg, sp_intern_cstr(vm, "__bytes__"), SP_NOVALS)), "latin-1", "strict");
                else
                    sp_raise_fmt(vm, vm->e.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%N'", sp_type_of(vm, arg));
            } else if (conv == 's') {
                s = sp_str(vm, arg);
            } else if (conv == 'r' && !is_bytes) {
                s = sp_repr(vm, arg);
            } else {
                s = sp_ascii(vm, arg);
            }
            if (prec >= 0 && sp_str_len(s) > (size_t)prec)
                s = sp_str_substr(vm, s, 0, (size_t)prec);
            /* With no width or precision, a value that is all the output
             * comes back as is (a str subclass stays one), as in CPython. */
            if (!is_bytes && width < 0 && prec < 0 && pos == d.len && b.len == 0 && sp_str_bytes(s).len > 0 &&
                !(st.next < pct_nargs(&st) && !st.dict))
                return s;
            pct_pad(vm, &b, s, width, left);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            pct_format_int(vm, &b, pct_int_arg(vm, arg, (char)conv, is_bytes), (char)conv, flags, width, prec);
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            pct_format_float(vm, &b, arg, (char)conv, flags, width, prec, is_bytes);
            break;
        case 'c': {
            uint32_t cp;
            if (sp_is_str(arg) && !is_bytes) {
                if (sp_str_len(arg) != 1)
                    sp_raise_fmt(vm, vm->e.TypeError, "%%c requires int or char");
                cp = sp_str_codepoint_at(arg, 0);
            } else if (is_bytes && (sp_is_bytes(arg) || sp_is_subtype(sp_type_of(vm, arg), vm->t.bytearray))) {
                sp_cbytes bd = sp_bytes_data(arg);
                if (bd.len != 1)
                    sp_raise_fmt(vm, vm->e.TypeError, "%%c requires an integer in range(256) or a single byte");
                cp = sp_cbytes_get(bd, 0);
            } else if (sp_is_int(arg) || has_method(vm, arg, vm->n.__index__)) {
                int64_t i;
                arg = sp_index(vm, arg);   /* an int as it is, else __index__ */
                int64_t lim = is_bytes ? 256 : 0x110000;
                if (!sp_int_to_i64(arg, &i) || i < 0 || i >= lim) {
                    if (is_bytes)
                        sp_raise_fmt(vm, vm->e.OverflowError, "%%c arg not in range(256)");
                    sp_raise_fmt(vm, vm->e.OverflowError, "%%c arg not in range(0x110000)");
                }
                cp = (uint32_t)i;
            } else {
                if (is_bytes)
                    sp_raise_fmt(vm, vm->e.TypeError, "%%c requires an integer in range(256) or a single byte");
                sp_raise_fmt(vm, vm->e.TypeError, "%%c requires int or char");
            }
            pct_pad(vm, &b, sp_str_from_codepoint(vm, cp), width, left);
            break;
        }
        default: {
            /* str % shows '?' for a character outside ' '..'~'. */
            int shown = is_bytes || (conv >= 31 && conv <= 126) ? (int)conv : '?';
            sp_raise_fmt(vm, vm->e.ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                         shown, (unsigned)conv, is_bytes ? conv_at : sp_str_len(sp_str_new(vm, sp_cbytes_sub(d, 0, conv_at))));
        }
        }
        (void)pct_at;
    }
    if (!st.dict && st.next < pct_nargs(&st))
        sp_raise_fmt(vm, vm->e.TypeError, is_bytes ? "not all arguments converted during bytes formatting"
                                                   : "not all arguments converted during string formatting");
    (void)used_key;
    sp_val r = sp_strbuf_finish(vm, &b);
    if (bytes_out)
        *bytes_out = sp_codec_encode(vm, r, "latin-1", "strict");
    return r;
}

/* One conversion of the simple case: %s, %d, %0Nd / %Nd / %Ns (N at most
 * two digits), or %%. */
typedef struct {
    uint8_t conv;
    bool zero;
    size_t width;
} simple_conv;

/* Parse the conversion after the '%' at d[*i - 1]; *i ends on its
 * conversion char.  false: not a simple one. */
static bool simple_spec(sp_cbytes d, size_t *i, simple_conv *sc)
{
    sc->zero = false;
    sc->width = 0;
    if (*i < d.len && sp_cbytes_get(d, *i) == '0') {
        sc->zero = true;
        (*i)++;
    }
    size_t nd = 0;
    while (*i < d.len && sp_cbytes_get(d, *i) >= '0' && sp_cbytes_get(d, *i) <= '9') {
        if (++nd > 2)
            return false;
        sc->width = sc->width * 10 + (size_t)(sp_cbytes_get(d, *i) - '0');
        (*i)++;
    }
    if (*i >= d.len)
        return false;
    sc->conv = sp_cbytes_get(d, *i);
    if (sc->conv == '%')
        return !sc->zero && nd == 0;
    return sc->conv == 'd' || (sc->conv == 's' && !sc->zero);
}

/* The simple case of str %: every conversion a simple_conv of an exact str
 * (%s) or a small int (%s, %d), with exactly one argument per conversion,
 * in an exact tuple or alone.  One pass sizes and checks, one writes the
 * result at its size.  NULL when it is not that case (nothing was
 * consumed, no Python code ran): the general formatter then does
 * everything, errors included. */
static sp_val pct_simple(sp_vm *vm, sp_val fmt, sp_val args)
{
    sp_val one = args;
    sp_vals av;
    if (sp_is_ptr(args) && args->type == vm->t.tuple)
        av = sp_tuple_items(args);
    else if (sp_is_small(args) || (sp_is_ptr(args) && args->type == vm->t.str))
        av = SP_ONE(sp_vals, one);
    else
        return NULL;
    sp_cbytes d = sp_str_bytes(fmt);
    size_t len = d.len, nchars = sp_str_len(fmt), used = 0;
    bool ascii = len == nchars;
    char tmp[24];
    simple_conv sc;
    for (size_t i = 0; i < d.len; i++) {
        if (sp_cbytes_get(d, i) != '%')
            continue;
        size_t at = i++;
        if (!simple_spec(d, &i, &sc))
            return NULL;
        len -= i + 1 - at;   /* the directive's chars, all ASCII */
        nchars -= i + 1 - at;
        if (sc.conv == '%') {
            len++;
            nchars++;
            continue;
        }
        if (used >= av.len)
            return NULL;
        sp_val a = sp_vals_get(av, used++);
        size_t plen, pchars;
        if (sp_is_small(a)) {
            plen = pchars = dec_len(sp_small_get(a)) + (sp_small_get(a) < 0);
        } else if (sc.conv == 's' && sp_is_ptr(a) && a->type == vm->t.str) {
            sp_str_obj *ao = sp_as_str(a);
            plen = ao->len;
            pchars = ao->nchars;
            ascii = ascii && ao->ascii;
        } else {
            return NULL;
        }
        size_t pad = sc.width > pchars ? sc.width - pchars : 0;   /* pad <= 99 */
        len = sp_size_add_or_raise(vm, len, sp_size_add_or_raise(vm, plen, pad));
        nchars += pchars + pad;   /* <= len */
    }
    if (used == 0 || used != av.len || len <= 1)
        return NULL;
    /* "%s" % s is s itself, as the general path answers */
    if (d.len == 2 && sp_is_ptr(sp_vals_get(av, 0)))
        return sp_vals_get(av, 0);
    sp_str_obj *o = sp_str_alloc(vm, len);
    sp_bytes out = sp_strobj_buf(o);
    d = sp_str_bytes(fmt);
    size_t w = 0;
    used = 0;
    for (size_t i = 0; i < d.len; i++) {
        uint8_t c = sp_cbytes_get(d, i);
        if (c != '%') {
            sp_bytes_set(out, w++, c);
            continue;
        }
        i++;
        if (!simple_spec(d, &i, &sc))
            sp_trap("pct_simple: template changed");
        if (sc.conv == '%') {
            sp_bytes_set(out, w++, '%');
            continue;
        }
        sp_val a = sp_vals_get(av, used++);
        sp_cbytes part;
        bool neg = false;
        size_t pchars;
        if (sp_is_small(a)) {
            int64_t v = sp_small_get(a);
            size_t nd = small_digits(v, 10, SP_BYTES(tmp));
            neg = v < 0;
            part = sp_cbytes_sub(SP_CBYTES(tmp), sizeof tmp - nd, nd);
            pchars = nd + neg;
        } else {
            part = sp_str_bytes(a);
            pchars = sp_str_len(a);
        }
        size_t pad = sc.width > pchars ? sc.width - pchars : 0;
        if (!sc.zero) {
            sp_bytes_fill(sp_bytes_sub(out, w, pad), ' ');
            w += pad;
        }
        if (neg)
            sp_bytes_set(out, w++, '-');
        if (sc.zero) {
            sp_bytes_fill(sp_bytes_sub(out, w, pad), '0');
            w += pad;
        }
        sp_bytes_copy(sp_bytes_sub(out, w, part.len), part);
        w += part.len;
    }
    if (w != len)
        sp_trap("pct_simple: length mismatch");
    return sp_str_seal_known(o, nchars, ascii);
}

sp_val sp_str_percent_format(sp_vm *vm, sp_val fmt, sp_val args)
{
    if (sp_is_ptr(fmt) && fmt->type == vm->t.str) {
        sp_val r = pct_simple(vm, fmt, args);
        if (r != NULL)
            return r;
    }
    sp_val r = pct_format(vm, sp_str_bytes(fmt), args, false, NULL);
    /* A non-empty template with no '%' comes back as itself (CPython's
     * writer hands back a string written whole): a subclass stays one. */
    if (sp_str_eq(r, fmt) && sp_str_bytes(fmt).len > 0 && sp_cbytes_findbyte(sp_str_bytes(fmt), '%', 0) < 0)
        return fmt;
    return r;
}

/* bytes % args: the template is bytes; the work is done on a Latin-1
 * decoding of it (one char per byte), and encoded back. */
sp_val sp_bytes_percent_format(sp_vm *vm, sp_val fmt, sp_val args)
{
    sp_val tmpl = sp_codec_decode(vm, sp_bytes_data(fmt), "latin-1", "strict");
    sp_val out = NULL;
    pct_format(vm, sp_str_bytes(tmpl), args, true, &out);
    return out;
}

sp_val sp_strm___mod__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__mod__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        return vm->NotImplemented;
    return sp_str_percent_format(vm, s, sp_vals_get(args, 1));
}

sp_val sp_strm___rmod__(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_check_nargs(vm, "__rmod__", sp_vals_from(args, 1), kw, 1, 1);
    sp_val s = sp_vals_get(args, 0), other = sp_vals_get(args, 1);
    if (!sp_is_str(other))
        return vm->NotImplemented;
    return sp_str_percent_format(vm, other, s);
}

/* ------------------------------------------------------------------------
 * str.format
 * --------------------------------------------------------------------- */
typedef struct {
    sp_val args;        /* tuple or NULL (format_map) */
    sp_val kwargs;      /* mapping or NULL */
    int auto_state;     /* 0 unknown, 1 automatic, 2 manual */
    size_t auto_next;
} fmt_state;

static bool all_digits(sp_cbytes s)
{
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (sp_cbytes_get(s, i) < '0' || sp_cbytes_get(s, i) > '9')
            return false;
    return true;
}

static size_t digits_value(sp_vm *vm, sp_cbytes s)
{
    size_t v = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (v > (SIZE_MAX - 9) / 10)
            sp_raise_fmt(vm, vm->e.ValueError, "Too many decimal digits in format string");
        v = v * 10 + (size_t)(sp_cbytes_get(s, i) - '0');
    }
    return v;
}

static sp_val fmt_positional(sp_vm *vm, fmt_state *st, size_t i)
{
    if (!st->args)
        sp_raise_fmt(vm, vm->e.ValueError, "Format string contains positional fields");
    if (i >= sp_tuple_len(st->args))
        sp_raise_fmt(vm, vm->e.IndexError, "Replacement index %zu out of range for positional args tuple", i);
    return sp_tuple_get(st->args, i);
}

/* Resolve a field name ("0", "", "name", "0.attr[key]") to its object. */
static sp_val fmt_resolve(sp_vm *vm, fmt_state *st, sp_cbytes f)
{
    size_t i = 0;
    while (i < f.len && sp_cbytes_get(f, i) != '.' && sp_cbytes_get(f, i) != '[')
        i++;
    sp_cbytes first = sp_cbytes_sub(f, 0, i);
    sp_val obj;
    if (first.len == 0) {
        if (st->auto_state == 2)
            sp_raise_fmt(vm, vm->e.ValueError, "cannot switch from manual field specification to automatic field numbering");
        st->auto_state = 1;
        obj = fmt_positional(vm, st, st->auto_next++);
    } else if (all_digits(first)) {
        if (st->auto_state == 1)
            sp_raise_fmt(vm, vm->e.ValueError, "cannot switch from automatic field numbering to manual field specification");
        st->auto_state = 2;
        obj = fmt_positional(vm, st, digits_value(vm, first));
    } else {
        sp_val key = sp_str_new(vm, first);
        if (!st->kwargs)
            sp_raise_key_error(vm, key);
        /* A dict subclass goes through __getitem__ (its __missing__). */
        if (sp_is_exact(vm, st->kwargs, vm->t.dict)) {
            obj = sp_dict_get(vm, st->kwargs, key);
            if (!obj)
                sp_raise_key_error(vm, key);
        } else {
            obj = sp_getitem(vm, st->kwargs, key);
        }
    }
    while (i < f.len) {
        uint8_t c = sp_cbytes_get(f, i);
        if (c == '.') {
            size_t s = ++i;
            while (i < f.len && sp_cbytes_get(f, i) != '.' && sp_cbytes_get(f, i) != '[')
                i++;
            if (i == s)
                sp_raise_fmt(vm, vm->e.ValueError, "Empty attribute in format string");
            obj = sp_getattr(vm, obj, sp_str_new(vm, sp_cbytes_sub(f, s, i - s)));
        } else if (c == '[') {
            size_t s = ++i;
            while (i < f.len && sp_cbytes_get(f, i) != ']')
                i++;
            if (i >= f.len)
                sp_raise_fmt(vm, vm->e.ValueError, "Missing ']' in format string");
            sp_cbytes kb = sp_cbytes_sub(f, s, i - s);
            if (kb.len == 0)
                sp_raise_fmt(vm, vm->e.ValueError, "Empty attribute in format string");
            i++;
            sp_val key = all_digits(kb) ? sp_int_from_size(vm, digits_value(vm, kb)) : sp_str_new(vm, kb);
            obj = sp_getitem(vm, obj, key);
            if (i < f.len && sp_cbytes_get(f, i) != '.' && sp_cbytes_get(f, i) != '[')
                sp_raise_fmt(vm, vm->e.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            sp_raise_fmt(vm, vm->e.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static sp_val fmt_render(sp_vm *vm, fmt_state *st, sp_cbytes d, int depth);

/* One replacement field, parsed: d[*pos] is just after its '{'; on return
 * *pos is just after its closing '}'.  The grammar and the order of the
 * errors are CPython's: the name runs to '!', ':' or '}' ('[' hides
 * everything up to ']', a '{' is refused); a conversion is one character,
 * then '}' or ':'; the spec counts nested braces. */
typedef struct {
    sp_cbytes name, spec;
    size_t conv_at, conv_len;   /* conv_len 0: no conversion */
    bool has_spec;
} fmt_field_parts;

static void fmt_parse_field(sp_vm *vm, sp_cbytes d, size_t *pos, fmt_field_parts *fp)
{
    size_t p = *pos, ns = p;
    uint8_t c = 0;
    fp->conv_len = 0;
    fp->conv_at = 0;
    fp->has_spec = false;
    fp->spec = (sp_cbytes){ NULL, 0 };
    while (p < d.len) {
        c = sp_cbytes_get(d, p++);
        if (c == '{')
            sp_raise_fmt(vm, vm->e.ValueError, "unexpected '{' in field name");
        if (c == '[') {
            while (p < d.len && sp_cbytes_get(d, p) != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    fp->name = sp_cbytes_sub(d, ns, (p > ns ? p - 1 : p) - ns);
    if (c != '!' && c != ':') {
        if (c != '}')
            sp_raise_fmt(vm, vm->e.ValueError, "expected '}' before end of string");
        *pos = p;
        return;
    }
    if (c == '!') {
        if (p >= d.len)
            sp_raise_fmt(vm, vm->e.ValueError, "end of string while looking for conversion specifier");
        fp->conv_at = p;
        sp_u8_next(d, &p);
        fp->conv_len = p - fp->conv_at;
        if (p < d.len) {
            uint8_t n = sp_cbytes_get(d, p++);
            if (n == '}') {
                *pos = p;
                return;
            }
            if (n != ':')
                sp_raise_fmt(vm, vm->e.ValueError, "expected ':' after conversion specifier");
        }
    }
    size_t ss = p, count = 1;
    while (p < d.len) {
        uint8_t ch = sp_cbytes_get(d, p++);
        if (ch == '{') {
            count++;
        } else if (ch == '}' && --count == 0) {
            fp->has_spec = true;
            fp->spec = sp_cbytes_sub(d, ss, p - 1 - ss);
            *pos = p;
            return;
        }
    }
    sp_raise_fmt(vm, vm->e.ValueError, "unmatched '{' in format spec");
}

/* One replacement field, formatted onto b. */
static sp_val fmt_field(sp_vm *vm, fmt_state *st, sp_cbytes d, const fmt_field_parts *fp, int depth)
{
    sp_val obj = fmt_resolve(vm, st, fp->name);
    uint32_t conv = 0;
    if (fp->conv_len > 0) {
        size_t q = fp->conv_at;
        conv = sp_u8_next(d, &q);
    }
    sp_val spec;
    if (fp->spec.len > 0 && sp_cbytes_findbyte(fp->spec, '{', 0) >= 0)
        spec = fmt_render(vm, st, fp->spec, depth - 1);
    else
        spec = sp_str_new(vm, fp->spec);
    if (conv == 'r')
        obj = sp_repr(vm, obj);
    else if (conv == 's')
        obj = sp_str(vm, obj);
    else if (conv == 'a')
        obj = sp_ascii(vm, obj);
    else if (conv != 0) {
        if (conv < 0x80)
            sp_raise_fmt(vm, vm->e.ValueError, "Unknown conversion specifier %c", (int)conv);
        sp_raise_fmt(vm, vm->e.ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
    sp_val r = sp_format(vm, obj, spec);
    if (!sp_is_str(r))
        sp_raise_fmt(vm, vm->e.TypeError, "__format__ must return a str, not %T", r);
    return r;
}

static sp_val fmt_render(sp_vm *vm, fmt_state *st, sp_cbytes d, int depth)
{
    sp_check_stack(vm);
    if (depth <= 0)
        sp_raise_fmt(vm, vm->e.ValueError, "Max string recursion exceeded");
    sp_strbuf b;
    sp_strbuf_init(vm, &b, d.len + 16);
    size_t pos = 0;
    while (pos < d.len) {
        size_t start = pos;
        while (pos < d.len && sp_cbytes_get(d, pos) != '{' && sp_cbytes_get(d, pos) != '}')
            pos++;
        if (pos > start)
            sp_strbuf_add(vm, &b, sp_cbytes_sub(d, start, pos - start));
        if (pos >= d.len)
            break;
        uint8_t c = sp_cbytes_get(d, pos++);
        if (c == '}') {
            if (pos < d.len && sp_cbytes_get(d, pos) == '}') {
                sp_strbuf_add_ascii_char(vm, &b, '}');
                pos++;
                continue;
            }
            sp_raise_fmt(vm, vm->e.ValueError, "Single '}' encountered in format string");
        }
        if (pos >= d.len)
            sp_raise_fmt(vm, vm->e.ValueError, "Single '{' encountered in format string");
        if (sp_cbytes_get(d, pos) == '{') {
            sp_strbuf_add_ascii_char(vm, &b, '{');
            pos++;
            continue;
        }
        fmt_field_parts fp;
        fmt_parse_field(vm, d, &pos, &fp);
        sp_val r = fmt_field(vm, st, d, &fp, depth);
        /* A field that is all the output comes back as is (CPython's writer
         * keeps a string written whole): a str subclass stays one. */
        if (pos == d.len && b.len == 0 && sp_str_bytes(r).len > 0)
            return r;
        sp_strbuf_add_str(vm, &b, r);
    }
    return sp_strbuf_finish(vm, &b);
}

/* A non-empty template with no braces comes back as itself (a str subclass
 * stays one), as CPython's writer returns a string written whole. */
static sp_val fmt_whole(sp_val tmpl, sp_val r)
{
    sp_cbytes d = sp_str_bytes(tmpl);
    if (d.len > 0 && sp_cbytes_findbyte(d, '{', 0) < 0 && sp_cbytes_findbyte(d, '}', 0) < 0)
        return tmpl;
    return r;
}

sp_val sp_strm_format(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%T' object", s);
    size_t nkw = kwnames ? sp_tuple_len(kwnames) : 0;
    size_t npos = args.len - 1 - nkw;
    fmt_state st = { sp_tuple_from(vm, sp_vals_sub(args, 1, npos)), NULL, 0, 0 };
    if (nkw > 0) {
        st.kwargs = sp_dict_new(vm);
        for (size_t k = 0; k < nkw; k++)
            sp_dict_set(vm, st.kwargs, sp_tuple_get(kwnames, k), sp_vals_get(args, 1 + npos + k));
    }
    return fmt_whole(s, fmt_render(vm, &st, sp_str_bytes(s), 2));
}

sp_val sp_strm_format_map(sp_vm *vm, sp_vals args, sp_val kw)
{
    sp_val s = sp_vals_get(args, 0);
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor 'format_map' for 'str' objects doesn't apply to a '%T' object", s);
    sp_check_nargs(vm, "str.format_map", sp_vals_from(args, 1), kw, 1, 1);
    fmt_state st = { NULL, sp_vals_get(args, 1), 0, 0 };
    return fmt_whole(s, fmt_render(vm, &st, sp_str_bytes(s), 2));
}

/* ------------------------------------------------------------------------
 * _string.formatter_parser / formatter_field_name_split (for
 * string.Formatter): the same grammar as str.format, exposed in pieces.
 * --------------------------------------------------------------------- */
static sp_val tuple4(sp_vm *vm, sp_val a, sp_val b, sp_val c, sp_val d)
{
    sp_val t = sp_tuple_new(vm, 4);
    sp_tuple_set(t, 0, a);
    sp_tuple_set(t, 1, b);
    sp_tuple_set(t, 2, c);
    sp_tuple_set(t, 3, d);
    return t;
}

/* A list of (literal, field_name, format_spec, conversion); the last three
 * are None for a chunk with no field.  An escaped brace ends its chunk. */
sp_val sp_str_formatter_parser(sp_vm *vm, sp_val s)
{
    sp_cbytes d = sp_str_bytes(s);
    sp_val out = sp_list_new(vm, 0);
    size_t pos = 0;
    while (pos < d.len) {
        size_t start = pos;
        while (pos < d.len && sp_cbytes_get(d, pos) != '{' && sp_cbytes_get(d, pos) != '}')
            pos++;
        sp_cbytes lit = sp_cbytes_sub(d, start, pos - start);
        if (pos >= d.len) {
            sp_list_append(vm, out, tuple4(vm, sp_str_new(vm, lit), vm->None, vm->None, vm->None));
            break;
        }
        uint8_t c = sp_cbytes_get(d, pos++);
        if (pos < d.len && sp_cbytes_get(d, pos) == c) {
            /* "{{" or "}}": the literal up to and including one brace. */
            pos++;
            sp_list_append(vm, out, tuple4(vm, sp_str_new(vm, sp_cbytes_sub(d, start, pos - 1 - start)), vm->None, vm->None, vm->None));
            continue;
        }
        if (c == '}')
            sp_raise_fmt(vm, vm->e.ValueError, "Single '}' encountered in format string");
        if (pos >= d.len)
            sp_raise_fmt(vm, vm->e.ValueError, "Single '{' encountered in format string");
        fmt_field_parts fp;
        fmt_parse_field(vm, d, &pos, &fp);
        sp_val name = sp_str_new(vm, fp.name);
        sp_val conv = fp.conv_len ? sp_str_new(vm, sp_cbytes_sub(d, fp.conv_at, fp.conv_len)) : vm->None;
        sp_val spec = sp_str_new(vm, fp.spec);
        sp_list_append(vm, out, tuple4(vm, sp_str_new(vm, lit), name, spec, conv));
    }
    return out;
}

/* (first, [(is_attr, key), ...]): first and keys are ints when all digits. */
sp_val sp_str_formatter_field_name_split(sp_vm *vm, sp_val s)
{
    sp_cbytes f = sp_str_bytes(s);
    size_t i = 0;
    while (i < f.len && sp_cbytes_get(f, i) != '.' && sp_cbytes_get(f, i) != '[')
        i++;
    sp_cbytes first = sp_cbytes_sub(f, 0, i);
    sp_val head = all_digits(first) ? sp_int_from_size(vm, digits_value(vm, first)) : sp_str_new(vm, first);
    sp_val rest = sp_list_new(vm, 0);
    while (i < f.len) {
        uint8_t c = sp_cbytes_get(f, i);
        size_t st = ++i;
        if (c == '.') {
            while (i < f.len && sp_cbytes_get(f, i) != '.' && sp_cbytes_get(f, i) != '[')
                i++;
            if (i == st)
                sp_raise_fmt(vm, vm->e.ValueError, "Empty attribute in format string");
            sp_list_append(vm, rest, sp_tuple_pack2(vm, vm->True, sp_str_new(vm, sp_cbytes_sub(f, st, i - st))));
        } else {
            while (i < f.len && sp_cbytes_get(f, i) != ']')
                i++;
            if (i >= f.len)
                sp_raise_fmt(vm, vm->e.ValueError, "Missing ']' in format string");
            sp_cbytes kb = sp_cbytes_sub(f, st, i - st);
            if (kb.len == 0)
                sp_raise_fmt(vm, vm->e.ValueError, "Empty attribute in format string");
            i++;
            sp_val key = all_digits(kb) ? sp_int_from_size(vm, digits_value(vm, kb)) : sp_str_new(vm, kb);
            sp_list_append(vm, rest, sp_tuple_pack2(vm, vm->False, key));
            if (i < f.len && sp_cbytes_get(f, i) != '.' && sp_cbytes_get(f, i) != '[')
                sp_raise_fmt(vm, vm->e.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return sp_tuple_pack2(vm, head, sp_iter(vm, rest));
}
