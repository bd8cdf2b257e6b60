/* Traceback objects and the printing of an uncaught exception in
 * CPython 3.11's format (without the column carets: SafePy's line table
 * has no columns). */
#include <stdio.h>
#include "code.h"
#include "../parser/ast.h"

static void tb_trace(sp_heap *h, sp_obj *o)
{
    sp_traceback_obj *tb = (sp_traceback_obj *)o;
    sp_gc_mark(h, tb->next);
    sp_gc_mark(h, tb->frame);
}

static sp_traceback_obj *self_tb(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v) || v->type != vm->t.traceback)
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a 'traceback' object");
    return (sp_traceback_obj *)v;
}

static sp_val tb_get_next(sp_vm *vm, sp_val self)
{
    sp_val n = self_tb(vm, self)->next;
    return n ? n : vm->None;
}
static void tb_set_next(sp_vm *vm, sp_val self, sp_val v)
{
    if (v == NULL || v == vm->None) {
        self_tb(vm, self)->next = NULL;
        return;
    }
    if (!sp_is_ptr(v) || v->type != vm->t.traceback)
        sp_raise_fmt(vm, vm->e.TypeError, "expected traceback object, got '%T'", v);
    for (sp_val p = v; p != NULL; p = ((sp_traceback_obj *)p)->next)
        if (p == self)
            sp_raise_fmt(vm, vm->e.ValueError, "traceback loop detected");
    self_tb(vm, self)->next = v;
}
static sp_val tb_get_frame(sp_vm *vm, sp_val self) { return self_tb(vm, self)->frame; }
static sp_val tb_get_lineno(sp_vm *vm, sp_val self) { return sp_small(self_tb(vm, self)->lineno); }
static sp_val tb_get_lasti(sp_vm *vm, sp_val self) { return sp_small((int64_t)self_tb(vm, self)->lasti * 2); }

static const sp_getsetdef tb_getsets[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL },
    { "tb_frame", tb_get_frame, NULL, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL },
    { "tb_lasti", tb_get_lasti, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const sp_typedef sp_traceback_def = {
    .name = "traceback",
    .layout = SP_LAYOUT_OTHER,
    .size = sizeof(sp_traceback_obj),
    .trace = tb_trace,
    .getsets = tb_getsets,
    .flags = SP_TF_NOINSTANCE,
};

/* ---- source lines ------------------------------------------------------------*/
/* Line `lineno` of file `path`, stripped, or NULL. */
static sp_val source_line(sp_vm *vm, sp_val filename, int lineno)
{
    const sp_platform *p = vm->platform;
    if (p == NULL || p->open == NULL || lineno <= 0 || !sp_is_str(filename))
        return NULL;
    int fd = p->open(sp_str_cstr(filename), SP_O_RDONLY, 0);
    if (fd < 0)
        return NULL;
    /* Read the file into a growing rawbuf (at most 64 MiB). */
    size_t cap = 8192, len = 0;
    sp_rawbuf *buf = sp_rawbuf_new(vm, cap);
    for (;;) {
        if (len == cap) {
            if (cap >= ((size_t)64 << 20))
                break;
            sp_rawbuf *nb = sp_rawbuf_new(vm, cap * 2);
            sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_of(sp_bytes_sub(sp_rawbuf_span(buf), 0, len)));
            buf = nb;
            cap *= 2;
        }
        int64_t n = p->read(fd, sp_bytes_sub(sp_rawbuf_span(buf), len, cap - len));
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    p->close(fd);
    sp_cbytes all = sp_cbytes_of(sp_bytes_sub(sp_rawbuf_span(buf), 0, len));
    size_t pos = 0;
    for (int cur = 1; cur < lineno; cur++) {
        sp_ssize nl = sp_cbytes_findbyte(all, '\n', pos);
        if (nl < 0)
            return NULL;
        pos = (size_t)nl + 1;
    }
    if (pos >= all.len)
        return NULL;
    sp_ssize nl = sp_cbytes_findbyte(all, '\n', pos);
    size_t end = nl < 0 ? all.len : (size_t)nl;
    if (end > pos && sp_cbytes_get(all, end - 1) == '\r')
        end--;
    return sp_str_decode_utf8(vm, sp_cbytes_sub(all, pos, end - pos), "replace");
}

/* The line stripped of whitespace on both sides (as traceback.py does). */
static sp_val strip_line(sp_vm *vm, sp_val raw)
{
    sp_cbytes b = sp_str_bytes(raw);
    size_t s = 0, e = b.len;
    while (s < e && (sp_cbytes_get(b, s) == ' ' || sp_cbytes_get(b, s) == '\t' || sp_cbytes_get(b, s) == '\f'))
        s++;
    while (e > s && (sp_cbytes_get(b, e - 1) == ' ' || sp_cbytes_get(b, e - 1) == '\t' ||
                     sp_cbytes_get(b, e - 1) == '\r' || sp_cbytes_get(b, e - 1) == '\n'))
        e--;
    if (s == e)
        return NULL;
    return sp_str_new(vm, sp_cbytes_sub(b, s, e - s));
}

/* ---- printing ------------------------------------------------------------------*/
static void emit(sp_vm *vm, sp_val s)
{
    sp_write_stderr(vm, s);
}

/* Code points in the first n bytes of UTF-8 text. */
static size_t char_offset(sp_cbytes b, size_t n)
{
    if (n > b.len)
        n = b.len;
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if ((sp_cbytes_get(b, i) & 0xc0) != 0x80)
            c++;
    return c;
}

typedef struct anchor_ud { sp_cbytes seg; } anchor_ud;

static sp_val parse_cb(sp_vm *vm, void *ud)
{
    anchor_ud *a = ud;
    return sp_parse(vm, a->seg, sp_str_from_cstr(vm, "<string>"), SP_MODE_EXEC);
}

/* CPython 3.11's anchors: the operator of a binary operation, the
 * [subscript] of a subscription.  Byte offsets within seg; false if none. */
static bool caret_anchors(sp_vm *vm, sp_cbytes seg, size_t *left, size_t *right)
{
    anchor_ud ud = { seg };
    sp_val exc = NULL;
    sp_val mod = sp_pcall(vm, parse_cb, &ud, &exc);
    if (mod == NULL)
        return false;
    sp_node *m = sp_as_node(vm, mod);
    if (m->kind != SP_AST_Module || sp_list_len(m->u.Module.body) != 1)
        return false;
    sp_node *st = sp_as_node(vm, sp_list_get(m->u.Module.body, 0));
    if (st->kind != SP_AST_Expr)
        return false;
    sp_node *e = sp_as_node(vm, st->u.Expr.value);
    if (e->kind == SP_AST_BinOp) {
        sp_node *l = sp_as_node(vm, e->u.BinOp.left), *r = sp_as_node(vm, e->u.BinOp.right);
        for (int32_t i = l->end_col_offset; i < r->col_offset && (size_t)i < seg.len; i++) {
            uint8_t ch = sp_cbytes_get(seg, (size_t)i);
            if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r')
                continue;
            *left = (size_t)i;
            *right = (size_t)i + 1;
            if (i + 1 < r->col_offset && (size_t)i + 1 < seg.len) {
                uint8_t c2 = sp_cbytes_get(seg, (size_t)i + 1);
                if (!(c2 == ' ' || c2 == '\t' || c2 == '\f' || c2 == '\n' || c2 == '\r'))
                    *right += 1;
            }
            return true;
        }
        return false;
    }
    if (e->kind == SP_AST_Subscript) {
        *left = (size_t)sp_as_node(vm, e->u.Subscript.value)->end_col_offset;
        *right = (size_t)sp_as_node(vm, e->u.Subscript.slice)->end_col_offset + 1;
        return true;
    }
    return false;
}

/* The "    ~~~^^^^" line under a source line, or nothing when the
 * instruction covers the whole (stripped) line. */
static void print_carets(sp_vm *vm, sp_val raw, int line, int end_line, int col, int end_col)
{
    if (col < 0 || end_col < 0 || end_line < line)
        return;
    sp_cbytes b = sp_str_bytes(raw);
    size_t lead = 0;
    while (lead < b.len && (sp_cbytes_get(b, lead) == ' ' || sp_cbytes_get(b, lead) == '\t' ||
                            sp_cbytes_get(b, lead) == '\f'))
        lead++;
    size_t last = b.len;
    while (last > lead && (sp_cbytes_get(b, last - 1) == ' ' || sp_cbytes_get(b, last - 1) == '\t' ||
                           sp_cbytes_get(b, last - 1) == '\r' || sp_cbytes_get(b, last - 1) == '\f'))
        last--;
    size_t cb = (size_t)col, ecb = (size_t)end_col;
    if (cb > b.len)
        return;
    size_t start = char_offset(b, cb);
    size_t end;
    bool anchors = false;
    size_t la = 0, ra = 0;
    if (line == end_line) {
        if (ecb > b.len)
            ecb = b.len;
        if (ecb < cb)
            return;
        end = char_offset(b, ecb);
        sp_cbytes seg = sp_cbytes_sub(b, cb, ecb - cb);
        size_t l = 0, r = 0;
        if (caret_anchors(vm, seg, &l, &r)) {
            anchors = true;
            la = start + char_offset(seg, l);
            ra = start + char_offset(seg, r);
        }
    } else {
        end = char_offset(b, last);
    }
    size_t stripped = char_offset(b, last) - char_offset(b, lead);
    if (end - start == stripped && !anchors)
        return;
    size_t lead_chars = char_offset(b, lead);
    sp_strbuf sb;
    sp_strbuf_init(vm, &sb, 32);
    sp_strbuf_add_cstr(vm, &sb, "    ");
    for (size_t j = lead_chars; j < start; j++)
        sp_strbuf_add_cstr(vm, &sb, " ");
    for (size_t j = start; j < end; j++)
        sp_strbuf_add_cstr(vm, &sb, !anchors ? "^" : (j >= la && j < ra) ? "^" : "~");
    sp_strbuf_add_cstr(vm, &sb, "\n");
    sp_write_stderr(vm, sp_strbuf_finish(vm, &sb));
}

static void print_tb(sp_vm *vm, sp_val tbv)
{
    sp_val last_file = NULL, last_name = NULL;
    int last_line = -1, repeat = 0;
    for (sp_val t = tbv; t != NULL; t = ((sp_traceback_obj *)t)->next) {
        sp_traceback_obj *tb = self_tb(vm, t);
        sp_frame_obj *f = sp_as_frame(vm, tb->frame);
        sp_code_obj *co = sp_as_code(f->code);
        if (last_file != NULL && sp_str_eq(last_file, co->filename) && last_line == tb->lineno &&
            sp_str_eq(last_name, co->name)) {
            repeat++;
            if (repeat >= 3)
                continue;
        } else {
            if (repeat >= 3) {
                int more = repeat - 2;
                emit(vm, sp_str_fmt(vm, "  [Previous line repeated %d more time%s]\n", more, more == 1 ? "" : "s"));
            }
            repeat = 0;
        }
        last_file = co->filename;
        last_name = co->name;
        last_line = tb->lineno;
        emit(vm, sp_str_fmt(vm, "  File \"%U\", line %d, in %U\n", co->filename, tb->lineno, co->name));
        sp_val raw = source_line(vm, co->filename, tb->lineno);
        sp_val line = raw ? strip_line(vm, raw) : NULL;
        if (line != NULL) {
            emit(vm, sp_str_fmt(vm, "    %U\n", line));
            int l, el, c, ec;
            sp_code_position(co, (size_t)tb->lasti, &l, &el, &c, &ec);
            if (l == tb->lineno)
                print_carets(vm, raw, l, el, c, ec);
        }
    }
    if (repeat >= 3) {
        int more = repeat - 2;
        emit(vm, sp_str_fmt(vm, "  [Previous line repeated %d more time%s]\n", more, more == 1 ? "" : "s"));
    }
}

static sp_val str_cb(sp_vm *vm, void *ud)
{
    return sp_str(vm, *(sp_val *)ud);
}

static sp_val repr_cb(sp_vm *vm, void *ud)
{
    return sp_repr(vm, *(sp_val *)ud);
}

static sp_val safe_str(sp_vm *vm, sp_val v)
{
    sp_val exc = NULL;
    sp_val r = sp_pcall(vm, str_cb, &v, &exc);
    return r ? r : NULL;
}

static sp_val exc_attr(sp_vm *vm, sp_val exc, sp_val name)
{
    sp_val d = sp_as_exc(exc)->dict;
    if (d == NULL || !sp_is_dict(d))
        return NULL;
    return sp_dict_get(vm, d, name);
}

/* The notes lines, as CPython 3.11 prints them: __notes__ is read from the
 * instance (a program may have replaced it with anything); a sequence
 * prints one item per line (str(item) for a non-str one, or "<note str()
 * failed>"), anything else its repr (with no newline after it: 3.11.2's
 * own quirk).  Python code runs here (__len__, __getitem__, __str__,
 * __repr__): it is all under sp_pcall, and an error in the sequence
 * protocol ends the notes. */
static sp_val notes_cb(sp_vm *vm, void *ud)
{
    sp_val notes = *(sp_val *)ud;
    sp_type *t = sp_type_of(vm, notes);
    if (sp_isinstance(vm, notes, vm->t.dict) || sp_type_lookup(vm, t, vm->n.__getitem__) == NULL) {
        sp_val exc = NULL;
        sp_val r = sp_pcall(vm, repr_cb, &notes, &exc);
        emit(vm, r != NULL && sp_is_str(r) ? r : sp_str_from_cstr(vm, "<__notes__ repr() failed>"));
        return vm->None;
    }
    size_t n = sp_len(vm, notes);
    for (size_t i = 0; i < n; i++) {
        sp_val note = sp_getitem(vm, notes, sp_small((int64_t)i));
        sp_val s = sp_is_str(note) ? note : safe_str(vm, note);
        emit(vm, sp_str_fmt(vm, "%U\n", s ? s : sp_str_from_cstr(vm, "<note str() failed>")));
    }
    return vm->None;
}

static void print_notes(sp_vm *vm, sp_val exc)
{
    sp_val notes = exc_attr(vm, exc, sp_intern_cstr(vm, "__notes__"));
    if (notes == NULL)      /* None is printed as its repr, as 3.11.2 does */
        return;
    sp_val err = NULL;
    sp_pcall(vm, notes_cb, &notes, &err);
}

static void print_syntax_error(sp_vm *vm, sp_val exc)
{
    sp_val filename = exc_attr(vm, exc, vm->n.filename);
    sp_val lineno = exc_attr(vm, exc, vm->n.lineno);
    sp_val text = exc_attr(vm, exc, vm->n.text);
    sp_val offset = exc_attr(vm, exc, vm->n.offset);
    sp_val end_offset = exc_attr(vm, exc, vm->n.end_offset);
    if (filename == NULL || filename == vm->None)
        filename = sp_str_from_cstr(vm, "<string>");
    if (lineno != NULL && sp_is_small(lineno))
        emit(vm, sp_str_fmt(vm, "  File \"%S\", line %d\n", filename, (int)sp_small_get(lineno)));
    if (text != NULL && sp_is_str(text)) {
        sp_cbytes b = sp_str_bytes(text);
        size_t s = 0, e = b.len;
        while (s < e && (sp_cbytes_get(b, s) == ' ' || sp_cbytes_get(b, s) == '\t' || sp_cbytes_get(b, s) == '\f'))
            s++;
        while (e > s && (sp_cbytes_get(b, e - 1) == '\n' || sp_cbytes_get(b, e - 1) == '\r' ||
                         sp_cbytes_get(b, e - 1) == ' '))
            e--;
        emit(vm, sp_str_fmt(vm, "    %U\n", sp_str_new(vm, sp_cbytes_sub(b, s, e - s))));
        if (offset != NULL && sp_is_small(offset)) {
            int64_t col = sp_small_get(offset) - 1 - (int64_t)s;
            int64_t ecol = end_offset && sp_is_small(end_offset) && sp_small_get(end_offset) > 0
                               ? sp_small_get(end_offset) - 1 - (int64_t)s
                               : col + 1;
            if (col < 0)
                col = 0;
            if (ecol <= col)
                ecol = col + 1;
            if (ecol > (int64_t)(e - s) + 1)
                ecol = (int64_t)(e - s) + 1;
            if (ecol <= col)
                ecol = col + 1;
            sp_strbuf sb;
            sp_strbuf_init(vm, &sb, 16);
            sp_strbuf_add_cstr(vm, &sb, "    ");
            for (int64_t i = 0; i < col; i++)
                sp_strbuf_add_cstr(vm, &sb, " ");
            for (int64_t i = col; i < ecol; i++)
                sp_strbuf_add_cstr(vm, &sb, "^");
            sp_strbuf_add_cstr(vm, &sb, "\n");
            emit(vm, sp_strbuf_finish(vm, &sb));
        }
    }
    sp_val msg = exc_attr(vm, exc, vm->n.msg);
    sp_val name = sp_exc_qualified_name(vm, sp_type_of(vm, exc));
    if (msg == NULL || msg == vm->None) {
        sp_val s = safe_str(vm, exc);
        msg = s ? s : vm->empty_str;
    }
    emit(vm, sp_str_fmt(vm, "%U: %S\n", name, msg));
}

static void print_one(sp_vm *vm, sp_val exc)
{
    sp_exc_obj *e = sp_as_exc(exc);
    if (e->traceback != NULL) {
        emit(vm, sp_str_from_cstr(vm, "Traceback (most recent call last):\n"));
        print_tb(vm, e->traceback);
    }
    if (sp_isinstance(vm, exc, vm->e.SyntaxError)) {
        print_syntax_error(vm, exc);
    } else {
        sp_val name = sp_exc_qualified_name(vm, sp_type_of(vm, exc));
        sp_val s = safe_str(vm, exc);
        if (s == NULL)
            emit(vm, sp_str_fmt(vm, "%U: <exception str() failed>\n", name));
        else if (sp_str_len(s) == 0)
            emit(vm, sp_str_fmt(vm, "%U\n", name));
        else
            emit(vm, sp_str_fmt(vm, "%U: %U\n", name, s));
    }
    print_notes(vm, exc);
}

static void print_chain(sp_vm *vm, sp_val exc, sp_val seen, int depth)
{
    sp_check_stack(vm);
    sp_list_append(vm, seen, exc);
    sp_exc_obj *e = sp_as_exc(exc);
    if (depth < 1000) {
        bool again = false;
        if (e->cause != NULL && sp_is_exc(e->cause)) {
            for (size_t i = 0; i < sp_list_len(seen); i++)
                if (sp_list_get(seen, i) == e->cause)
                    again = true;
            if (!again) {
                print_chain(vm, e->cause, seen, depth + 1);
                emit(vm, sp_str_from_cstr(vm, "\nThe above exception was the direct cause of the following exception:\n\n"));
            }
        } else if (e->context != NULL && sp_is_exc(e->context) && !e->suppress_context) {
            for (size_t i = 0; i < sp_list_len(seen); i++)
                if (sp_list_get(seen, i) == e->context)
                    again = true;
            if (!again) {
                print_chain(vm, e->context, seen, depth + 1);
                emit(vm, sp_str_from_cstr(vm, "\nDuring handling of the above exception, another exception occurred:\n\n"));
            }
        }
    }
    print_one(vm, exc);
}

void sp_print_exception(sp_vm *vm, sp_val exc)
{
    if (!sp_is_exc(exc)) {
        emit(vm, sp_str_fmt(vm, "TypeError: print_exception(): Exception expected for value, %T found\n", exc));
        return;
    }
    print_chain(vm, exc, sp_list_new(vm, 0), 0);
}

void sp_print_unraisable_exc(sp_vm *vm, sp_val exc)
{
    if (!sp_is_exc(exc))
        return;
    sp_exc_obj *e = sp_as_exc(exc);
    if (e->traceback != NULL) {
        emit(vm, sp_str_from_cstr(vm, "Traceback (most recent call last):\n"));
        print_tb(vm, e->traceback);
    }
    /* CPython's write_unraisable_exc_file: ": " and str(value) always,
     * unlike a traceback's bare "Type" for an empty message. */
    sp_val name = sp_exc_qualified_name(vm, sp_type_of(vm, exc));
    sp_val s = safe_str(vm, exc);
    if (s == NULL)
        emit(vm, sp_str_fmt(vm, "%U: <exception str() failed>\n", name));
    else
        emit(vm, sp_str_fmt(vm, "%U: %U\n", name, s));
}

static sp_val print_exception_cb(sp_vm *vm, void *ud)
{
    sp_print_exception(vm, (sp_val)ud);
    return vm->None;
}

static void write_raw(sp_vm *vm, sp_cbytes b)
{
    if (vm->platform != NULL && vm->platform->write != NULL)
        (void)vm->platform->write(2, b);
}

static void print_exception_safe(sp_vm *vm, sp_val exc);

/* The heap's reserve (vm.h) is open while the exception is printed. */
void sp_print_exception_safe(sp_vm *vm, sp_val exc)
{
    sp_heap_set_max(vm->heap, vm->heap_cap);
    print_exception_safe(vm, exc);
    /* What printing left live may be in the reserve still: the cap stays
     * above it (the heap never exceeds its cap) until a collection. */
    size_t max = vm->heap_cap - vm->heap_reserve, used = sp_heap_get_stats(vm->heap).bytes_in_use;
    sp_heap_set_max(vm->heap, used > max ? used : max);
}

static void print_exception_safe(sp_vm *vm, sp_val exc)
{
    sp_val err;
    if (sp_pcall(vm, print_exception_cb, exc, &err) != NULL)
        return;
    if (sp_is_exc(exc)) {
        /* Most often the heap is full of what the traceback keeps alive
         * (a million frames of a runaway recursion): without it, the
         * exception itself can still be printed. */
        sp_exc_set_traceback(vm, exc, NULL);
        sp_as_exc(exc)->context = NULL;
        sp_as_exc(exc)->cause = NULL;
        vm->tb_truncated = NULL;
        vm->exc = NULL;
        if (sp_pcall(vm, print_exception_cb, exc, &err) != NULL)
            return;
    }
    /* Printing failed again (no memory, or a broken sys.stderr): the class name
     * alone, written without allocating -- vm->memory_error must be
     * reportable when nothing can be allocated at all. */
    sp_type *t = sp_is_exc(exc) ? sp_type_of(vm, exc) : vm->e.MemoryError;
    if (t->name != NULL && sp_is_str(t->name))
        write_raw(vm, sp_str_bytes(t->name));
    else
        write_raw(vm, sp_cbytes_of_cstr("Exception"));
    write_raw(vm, sp_cbytes_of_cstr("\n"));
}
