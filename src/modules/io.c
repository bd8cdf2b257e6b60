/* File objects: open(), _io.TextIOWrapper and the binary _io.Buffered*
 * files, sys.stdin/stdout/stderr, and print() / input().
 *
 * One C layout serves both types.  Its read and write buffers are arrays
 * inside the object itself, not separate heap objects, for one reason: the
 * finalizer may not touch other objects, yet it must flush what a program
 * wrote to a file it never closed (`open(p, 'w').write(s)` is common and
 * CPython's reference counting closes that file at once).
 *
 * Every byte goes through vm->platform (read/write/open/seek/close), never
 * libc stdio.  Text is UTF-8; on reading with newline=None, "\r\n" and "\r"
 * become "\n" (universal newlines).  Since UTF-8 never puts the bytes \r or
 * \n inside a multibyte sequence, lines are found on the raw bytes and
 * decoded afterwards.
 */
#include <stddef.h>
#include "sp.h"
#include "objects/str_internal.h"
#include "modules/sysio.h"
#include "modules/modules.h"

#define FILE_BUF 8192

typedef struct sp_file_obj {
    sp_obj h;
    const sp_platform *platform;  /* for the finalizer, which has no vm */
    int fd;                       /* -1 once closed */
    bool readable, writable, appending, plus, binary;
    bool closefd, line_buffering, universal;  /* universal: newline=None */
    bool write_through;           /* flush after every write (stderr) */
    bool eof;
    bool dirty_listed;            /* in the VM's list of files with pending writes */
    sp_val name;                  /* str, or int for open(fd) */
    sp_val mode;                  /* str as given ("r", "wb", ...) */
    sp_val encoding;              /* str, or NULL for binary files */
    sp_val errors;                /* str */
    sp_val newline;               /* None or str */
    /* A text file's .buffer (a binary file on the same fd), or for that
     * binary file, its text file: writes to one flush the other first so
     * that the bytes reach the fd in program order. */
    sp_val peer;
    size_t wlen;                  /* bytes pending in wbuf */
    size_t rpos, rlen;            /* unread bytes are rbuf[rpos:rlen] */
    uint8_t wbuf[FILE_BUF];
    uint8_t rbuf[FILE_BUF];
} sp_file_obj;

/* ---- the object --------------------------------------------------------- */

static bool is_file(sp_vm *vm, sp_val v)
{
    if (!sp_is_ptr(v))
        return false;
    sp_type *t = sp_type_of(vm, v);
    return t == vm->t.TextIOWrapper || t == vm->t.BufferedIO;
}

static sp_file_obj *file_of(sp_vm *vm, sp_val v)
{
    if (!is_file(vm, v))
        sp_raise_fmt(vm, vm->e.TypeError, "descriptor requires a file object, not '%T'", v);
    return SP_AS(sp_file_obj, v, SP_LAYOUT_OTHER);
}

static sp_val unsupported_class(sp_vm *vm)
{
    sp_val c = sp_dict_get_cstr(vm, vm->registry, "io.UnsupportedOperation");
    if (c == NULL) {
        sp_val bases = sp_tuple_pack2(vm, &vm->e.OSError->h, &vm->e.ValueError->h);
        sp_val ns = sp_dict_new(vm);
        sp_dict_set(vm, ns, vm->n.__module__, sp_str_from_cstr(vm, "io"));
        c = sp_type_new(vm, vm->t.type, sp_str_from_cstr(vm, "UnsupportedOperation"), bases, ns);
        sp_dict_set_cstr(vm, vm->registry, "io.UnsupportedOperation", c);
    }
    return c;
}

_Noreturn static void raise_unsupported(sp_vm *vm, const char *what)
{
    sp_raise(vm, sp_call1(vm, unsupported_class(vm), sp_str_from_cstr(vm, what)));
}

static sp_file_obj *open_file(sp_vm *vm, sp_val v)
{
    sp_file_obj *f = file_of(vm, v);
    if (f->fd < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "I/O operation on closed file.");
    return f;
}

/* ---- low-level buffer operations ---------------------------------------- */

/* Write all of `data` to the fd; false on error (err set). */
static bool write_all(const sp_platform *p, int fd, sp_cbytes data, int *err)
{
    size_t done = 0;
    while (done < data.len) {
        int64_t n = p->write(fd, sp_cbytes_from(data, done));
        if (n < 0) {
            if (n == -4) /* EINTR */
                continue;
            *err = (int)-n;
            return false;
        }
        if (n == 0) {
            *err = 5; /* EIO */
            return false;
        }
        done += (size_t)n;
    }
    return true;
}

static void flush_wbuf(sp_vm *vm, sp_file_obj *f)
{
    if (f->wlen == 0)
        return;
    size_t n = f->wlen;
    f->wlen = 0;
    int err = 0;
    if (!write_all(f->platform, f->fd, sp_cbytes_sub(sp_cbytes_of(SP_BYTES(f->wbuf)), 0, n), &err))
        sp_raise_os(vm, err, NULL);
}

/* Files with unflushed writes, kept alive in vm->registry["io.dirty"]
 * until the next sp_io_flush_all.  Without reference counting, a file the
 * program dropped (`open(p, 'w').write(s)`) is flushed by its finalizer
 * only when the GC runs; flushing every listed file before the next
 * open(), os call or exit gives CPython's observable behaviour. */
static void mark_dirty(sp_vm *vm, sp_val self, sp_file_obj *f)
{
    if (f->dirty_listed || f->fd <= 2)
        return;
    sp_val list = sp_dict_get_cstr(vm, vm->registry, "io.dirty");
    if (list == NULL) {
        list = sp_list_new(vm, 4);
        sp_dict_set_cstr(vm, vm->registry, "io.dirty", list);
    }
    sp_list_append(vm, list, self);
    f->dirty_listed = true;
}

static sp_val flush_one(sp_vm *vm, void *ud);

void sp_io_flush_all(sp_vm *vm)
{
    sp_val list = vm->registry != NULL ? sp_dict_get_cstr(vm, vm->registry, "io.dirty") : NULL;
    if (list == NULL || sp_list_len(list) == 0)
        return;
    sp_val items = sp_tuple_from(vm, sp_list_items(list));
    sp_dict_set_cstr(vm, vm->registry, "io.dirty", sp_list_new(vm, 4));
    for (size_t i = 0; i < sp_tuple_len(items); i++) {
        sp_val fv = sp_tuple_get(items, i);
        sp_file_obj *f = SP_AS(sp_file_obj, fv, SP_LAYOUT_OTHER);
        f->dirty_listed = false;
        if (f->fd >= 0 && f->wlen > 0) {
            sp_val exc;
            (void)sp_pcall(vm, flush_one, fv, &exc);
        }
    }
}

static void file_write_bytes(sp_vm *vm, sp_file_obj *f, sp_cbytes data)
{
    if (!f->writable)
        raise_unsupported(vm, f->binary ? "write" : "not writable");
    /* text -> buffer -> text: flush the others sharing our fd (a short
     * chain: a file, its .buffer, a TextIOWrapper over that buffer). */
    sp_val pv = f->peer;
    for (int hops = 0; pv != NULL && hops < 3; hops++) {
        sp_file_obj *p = SP_AS(sp_file_obj, pv, SP_LAYOUT_OTHER);
        if (p == f)
            break;
        if (p->fd >= 0 && p->wlen > 0)
            flush_wbuf(vm, p);
        pv = p->peer;
    }
    if (f->rlen > f->rpos) {
        /* Switching from reading to writing: put the file position back
         * where the reader logically is. */
        int64_t back = -(int64_t)(f->rlen - f->rpos);
        f->platform->seek(f->fd, back, 1);
    }
    f->rpos = f->rlen = 0;
    if (f->wlen + data.len > FILE_BUF) {
        flush_wbuf(vm, f);
        if (data.len > FILE_BUF) {
            int err = 0;
            if (!write_all(f->platform, f->fd, data, &err))
                sp_raise_os(vm, err, NULL);
            return;
        }
    }
    sp_bytes_copy(sp_bytes_sub(SP_BYTES(f->wbuf), f->wlen, data.len), data);
    f->wlen += data.len;
    if (f->write_through || (f->line_buffering && sp_cbytes_findbyte(data, '\n', 0) >= 0))
        flush_wbuf(vm, f);
    else
        mark_dirty(vm, &f->h, f);
}

/* Refill rbuf (keeping unread bytes); false at EOF. */
static bool fill(sp_vm *vm, sp_file_obj *f)
{
    if (!f->readable)
        raise_unsupported(vm, f->binary ? "read" : "not readable");
    flush_wbuf(vm, f);
    if (f->fd == 0) {
        /* Reading stdin: show the prompt / pending output first. */
        sp_io_flush_std(vm);
    }
    if (f->rpos > 0) {
        size_t keep = f->rlen - f->rpos;
        sp_bytes_copy(SP_BYTES(f->rbuf), sp_cbytes_sub(sp_cbytes_of(SP_BYTES(f->rbuf)), f->rpos, keep));
        f->rpos = 0;
        f->rlen = keep;
    }
    if (f->rlen == FILE_BUF)
        return true;
    for (;;) {
        int64_t n = f->platform->read(f->fd, sp_bytes_sub(SP_BYTES(f->rbuf), f->rlen, FILE_BUF - f->rlen));
        if (n == -4)
            continue;
        if (n < 0)
            sp_raise_os(vm, (int)-n, NULL);
        if (n == 0)
            return false;
        f->rlen += (size_t)n;
        return true;
    }
}

static sp_cbytes unread(sp_file_obj *f)
{
    return sp_cbytes_sub(sp_cbytes_of(SP_BYTES(f->rbuf)), f->rpos, f->rlen - f->rpos);
}

/* A growable byte buffer in the GC heap (a C local: the stack scan keeps
 * its storage alive). */
typedef struct bytebuf { sp_rawbuf *buf; size_t len; } bytebuf;

static void bb_add(sp_vm *vm, bytebuf *b, sp_cbytes data)
{
    if (data.len == 0)
        return;
    size_t cap = b->buf != NULL ? b->buf->cap : 0;
    size_t need = sp_size_add_or_raise(vm, b->len, data.len);
    if (need > cap) {
        size_t ncap = cap < 256 ? 256 : cap;
        while (ncap < need)
            ncap = sp_size_mul_or_raise(vm, ncap, 2);
        sp_rawbuf *nb = sp_rawbuf_new(vm, ncap);
        if (b->buf != NULL)
            sp_bytes_copy(sp_rawbuf_span(nb), sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(b->buf)), 0, b->len));
        b->buf = nb;
    }
    sp_bytes_copy(sp_bytes_sub(sp_rawbuf_span(b->buf), b->len, data.len), data);
    b->len += data.len;
}

static sp_cbytes bb_view(bytebuf *b)
{
    if (b->buf == NULL)
        return (sp_cbytes){ NULL, 0 };
    return sp_cbytes_sub(sp_cbytes_of(sp_rawbuf_span(b->buf)), 0, b->len);
}

/* Append bytes, turning "\r\n" and "\r" into "\n" when `universal`.  A
 * "\r" at the very end of the available data is held back by the caller
 * (see read_line) so that a "\r\n" split across reads is one newline. */
static void bb_add_text(sp_vm *vm, bytebuf *b, sp_cbytes data, bool universal)
{
    if (!universal || sp_cbytes_findbyte(data, '\r', 0) < 0) {
        bb_add(vm, b, data);
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i < data.len; i++) {
        if (sp_cbytes_get(data, i) != '\r')
            continue;
        bb_add(vm, b, sp_cbytes_sub(data, start, i - start));
        bb_add(vm, b, sp_cbytes_of_cstr("\n"));
        if (i + 1 < data.len && sp_cbytes_get(data, i + 1) == '\n')
            i++;
        start = i + 1;
    }
    bb_add(vm, b, sp_cbytes_from(data, start));
}

/* Everything up to EOF. */
static void read_all(sp_vm *vm, sp_file_obj *f, bytebuf *out, bool text)
{
    for (;;) {
        sp_cbytes u = unread(f);
        if (u.len > 0) {
            /* hold back a final \r: its \n may come with the next read */
            size_t take = u.len;
            if (text && f->universal && sp_cbytes_get(u, u.len - 1) == '\r' && !f->eof)
                take--;
            bb_add_text(vm, out, sp_cbytes_sub(u, 0, take), text && f->universal);
            f->rpos += take;
        }
        if (f->eof || !fill(vm, f)) {
            f->eof = false;
            sp_cbytes rest = unread(f);
            bb_add_text(vm, out, rest, text && f->universal);
            f->rpos = f->rlen = 0;
            return;
        }
    }
}

/* One line (with its terminator) up to `limit` bytes (SIZE_MAX: none).
 * Text files in universal mode end lines at \n, \r\n or \r; otherwise
 * only at \n (newline='' also splits at \r and \r\n, untranslated). */
static void read_line(sp_vm *vm, sp_file_obj *f, bytebuf *out, bool text, size_t limit)
{
    bool cr_ends = text && (f->universal || (f->newline != NULL && sp_is_str(f->newline) && sp_str_len(f->newline) == 0));
    for (;;) {
        sp_cbytes u = unread(f);
        for (size_t i = 0; i < u.len; i++) {
            uint8_t c = sp_cbytes_get(u, i);
            if (out->len + i + 1 >= limit && c != '\r') {
                bb_add(vm, out, sp_cbytes_sub(u, 0, i + 1));
                f->rpos += i + 1;
                return;
            }
            if (c == '\n') {
                bb_add(vm, out, sp_cbytes_sub(u, 0, i + 1));
                f->rpos += i + 1;
                return;
            }
            if (c == '\r' && cr_ends) {
                if (i + 1 == u.len) {
                    /* need the next byte to know whether it is \r\n */
                    bb_add(vm, out, sp_cbytes_sub(u, 0, i));
                    f->rpos += i;
                    if (!fill(vm, f)) {
                        f->rpos += 1;
                        bb_add(vm, out, sp_cbytes_of_cstr(f->universal ? "\n" : "\r"));
                        return;
                    }
                    u = unread(f);
                    i = 0;
                    bool crlf = u.len > 1 && sp_cbytes_get(u, 1) == '\n';
                    f->rpos += crlf ? 2 : 1;
                    bb_add(vm, out, sp_cbytes_of_cstr(f->universal ? "\n" : crlf ? "\r\n" : "\r"));
                    return;
                }
                bool crlf = sp_cbytes_get(u, i + 1) == '\n';
                bb_add(vm, out, sp_cbytes_sub(u, 0, i));
                bb_add(vm, out, sp_cbytes_of_cstr(f->universal ? "\n" : crlf ? "\r\n" : "\r"));
                f->rpos += i + (crlf ? 2 : 1);
                return;
            }
        }
        bb_add(vm, out, u);
        f->rpos = f->rlen;
        if (!fill(vm, f))
            return;
    }
}

static sp_val decode(sp_vm *vm, sp_file_obj *f, sp_cbytes data)
{
    const char *errors = f->errors != NULL && sp_is_str(f->errors) ? sp_str_cstr(f->errors) : "strict";
    return sp_str_decode_utf8(vm, data, errors);
}

/* n characters of text (n code points after newline translation). */
static sp_val read_chars(sp_vm *vm, sp_file_obj *f, size_t n)
{
    bytebuf out = { NULL, 0 };
    size_t chars = 0;
    while (chars < n) {
        sp_cbytes u = unread(f);
        if (u.len == 0) {
            if (!fill(vm, f))
                break;
            continue;
        }
        uint8_t c = sp_cbytes_get(u, 0);
        size_t clen = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        if (c == '\r' && f->universal) {
            if (u.len < 2 && fill(vm, f))
                u = unread(f);
            clen = u.len >= 2 && sp_cbytes_get(u, 1) == '\n' ? 2 : 1;
            bb_add(vm, &out, sp_cbytes_of_cstr("\n"));
            f->rpos += clen;
            chars++;
            continue;
        }
        if (u.len < clen) {
            if (!fill(vm, f)) {
                clen = u.len;  /* truncated: let the decoder complain */
            } else {
                continue;
            }
        }
        bb_add(vm, &out, sp_cbytes_sub(unread(f), 0, clen));
        f->rpos += clen;
        chars++;
    }
    return decode(vm, f, bb_view(&out));
}

/* ---- methods ------------------------------------------------------------ */

static sp_val self_arg(sp_vals args) { return sp_vals_get(args, 0); }

/* The bytes a text file writes for s.  A lone surrogate (0xED lead byte
 * in SafePy's generalised UTF-8) is not UTF-8: the codec applies the
 * file's error handler to it. */
static sp_cbytes text_bytes(sp_vm *vm, sp_file_obj *f, sp_val s)
{
    sp_cbytes d = sp_str_bytes(s);
    if (sp_cbytes_findbyte(d, 0xED, 0) < 0)
        return d;
    const char *errors = f->errors != NULL && sp_is_str(f->errors) ? sp_str_cstr(f->errors) : "strict";
    return sp_bytes_data(sp_codec_encode(vm, s, "utf-8", errors));
}

static sp_val f_write(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "write", args, kwnames, 2, 2);
    sp_file_obj *f = open_file(vm, self_arg(args));
    sp_val s = sp_vals_get(args, 1);
    if (f->binary) {
        sp_cbytes d;
        if (!sp_bytes_buffer(vm, s, &d))
            sp_raise_fmt(vm, vm->e.TypeError, "a bytes-like object is required, not '%T'", s);
        file_write_bytes(vm, f, d);
        return sp_int_from_size(vm, d.len);
    }
    if (!sp_is_str(s))
        sp_raise_fmt(vm, vm->e.TypeError, "write() argument must be str, not %T", s);
    sp_cbytes d = text_bytes(vm, f, s);
    if (f->newline != NULL && sp_is_str(f->newline) && sp_str_len(f->newline) > 0 &&
        !sp_str_eq_cstr(f->newline, "\n") && sp_cbytes_findbyte(d, '\n', 0) >= 0) {
        /* newline='\r\n' or '\r': translate on the way out */
        sp_cbytes nl = sp_str_bytes(f->newline);
        size_t start = 0;
        for (size_t i = 0; i < d.len; i++) {
            if (sp_cbytes_get(d, i) != '\n')
                continue;
            file_write_bytes(vm, f, sp_cbytes_sub(d, start, i - start));
            file_write_bytes(vm, f, nl);
            start = i + 1;
        }
        file_write_bytes(vm, f, sp_cbytes_from(d, start));
    } else {
        file_write_bytes(vm, f, d);
    }
    return sp_int_from_size(vm, sp_str_len(s));
}

static sp_val make_result(sp_vm *vm, sp_file_obj *f, bytebuf *b)
{
    if (f->binary)
        return sp_bytes_new(vm, bb_view(b));
    return decode(vm, f, bb_view(b));
}

static sp_ssize size_arg(sp_vm *vm, sp_vals args, size_t i)
{
    if (args.len <= i)
        return -1;
    sp_val v = sp_vals_get(args, i);
    if (v == vm->None)
        return -1;
    if (!sp_is_int(v) && sp_call_special(vm, v, vm->n.__index__, SP_NOVALS) == NULL)
        sp_raise_fmt(vm, vm->e.TypeError, "argument should be integer or None, not '%T'", v);
    return sp_index_ssize(vm, v);
}

static sp_val f_read(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "read", args, kwnames, 1, 2);
    sp_file_obj *f = open_file(vm, self_arg(args));
    sp_ssize n = size_arg(vm, args, 1);
    if (!f->readable)
        raise_unsupported(vm, f->binary ? "read" : "not readable");
    bytebuf b = { NULL, 0 };
    if (n < 0) {
        read_all(vm, f, &b, !f->binary);
        return make_result(vm, f, &b);
    }
    if (!f->binary)
        return read_chars(vm, f, (size_t)n);
    while (b.len < (size_t)n) {
        sp_cbytes u = unread(f);
        if (u.len == 0) {
            if (!fill(vm, f))
                break;
            continue;
        }
        size_t take = u.len < (size_t)n - b.len ? u.len : (size_t)n - b.len;
        bb_add(vm, &b, sp_cbytes_sub(u, 0, take));
        f->rpos += take;
    }
    return make_result(vm, f, &b);
}

/* The next line as str/bytes, or NULL at end of file.  Fast path: the
 * whole line is already in the read buffer (and, in text modes where \r
 * ends lines, contains none): decode it straight from there. */
static sp_val next_line(sp_vm *vm, sp_file_obj *f)
{
    if (!f->readable)
        raise_unsupported(vm, f->binary ? "readline" : "not readable");
    sp_cbytes u = unread(f);
    sp_ssize nl = u.len > 0 ? sp_cbytes_findbyte(u, '\n', 0) : -1;
    if (nl >= 0) {
        sp_cbytes line = sp_cbytes_sub(u, 0, (size_t)nl + 1);
        bool cr_ends = !f->binary && (f->universal || (f->newline != NULL && sp_is_str(f->newline) &&
                                                       sp_str_len(f->newline) == 0));
        if (!cr_ends || sp_cbytes_findbyte(line, '\r', 0) < 0) {
            sp_val r = f->binary ? sp_bytes_new(vm, line) : decode(vm, f, line);
            f->rpos += (size_t)nl + 1;
            return r;
        }
    }
    bytebuf b = { NULL, 0 };
    read_line(vm, f, &b, !f->binary, SIZE_MAX);
    if (b.len == 0)
        return NULL;
    return make_result(vm, f, &b);
}

static sp_val f_readline(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "readline", args, kwnames, 1, 2);
    sp_file_obj *f = open_file(vm, self_arg(args));
    sp_ssize n = size_arg(vm, args, 1);
    if (!f->readable)
        raise_unsupported(vm, f->binary ? "readline" : "not readable");
    if (n < 0) {
        sp_val line = next_line(vm, f);
        return line != NULL ? line : f->binary ? vm->empty_bytes : vm->empty_str;
    }
    bytebuf b = { NULL, 0 };
    if (n != 0)
        read_line(vm, f, &b, !f->binary, (size_t)n);
    return make_result(vm, f, &b);
}

static sp_val f_readlines(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "readlines", args, kwnames, 1, 2);
    sp_file_obj *f = open_file(vm, self_arg(args));
    sp_ssize hint = size_arg(vm, args, 1);
    sp_val list = sp_list_new(vm, 0);
    size_t total = 0;
    for (;;) {
        sp_val line = next_line(vm, f);
        if (line == NULL)
            break;
        sp_list_append(vm, list, line);
        total += f->binary ? sp_bytes_data(line).len : sp_str_bytes(line).len;
        if (hint > 0 && total >= (size_t)hint)
            break;
    }
    return list;
}

static sp_val f_writelines(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "writelines", args, kwnames, 2, 2);
    sp_val self = self_arg(args);
    open_file(vm, self);
    sp_val it = sp_iter(vm, sp_vals_get(args, 1));
    sp_val line;
    while ((line = sp_next(vm, it)) != NULL) {
        sp_val a[2] = { self, line };
        f_write(vm, SP_VALS(a), NULL);
    }
    return vm->None;
}

static sp_val f_flush(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_file_obj *f = open_file(vm, self_arg(args));
    flush_wbuf(vm, f);
    return vm->None;
}

static void file_close(sp_vm *vm, sp_file_obj *f)
{
    if (f->fd < 0)
        return;
    sp_handler h;
    sp_handler_push(vm, &h);
    if (setjmp(h.buf) == 0) {
        flush_wbuf(vm, f);
        sp_handler_pop(vm, &h);
    } else {
        /* still close the descriptor, then report the flush error */
        int fd = f->fd;
        f->fd = -1;
        if (f->closefd && fd > 2)
            f->platform->close(fd);
        sp_raise(vm, vm->exc);
    }
    int fd = f->fd;
    f->fd = -1;
    f->rpos = f->rlen = 0;
    if (f->closefd && fd > 2) {
        int r = f->platform->close(fd);
        if (r < 0)
            sp_raise_os(vm, r, NULL);
    }
}

static sp_val f_close(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    file_close(vm, file_of(vm, self_arg(args)));
    return vm->None;
}

static sp_val f_enter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = self_arg(args);
    open_file(vm, self);
    return self;
}

static sp_val f_exit(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    file_close(vm, file_of(vm, self_arg(args)));
    return vm->None;
}

static sp_val f_iter(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = self_arg(args);
    open_file(vm, self);
    return self;
}

static sp_val f_next(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_file_obj *f = open_file(vm, self_arg(args));
    sp_val line = next_line(vm, f);
    if (line == NULL)
        sp_raise_type(vm, vm->e.StopIteration);
    return line;
}

static sp_val f_fileno(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_int_from_i64(vm, open_file(vm, self_arg(args))->fd);
}

static sp_val f_readable(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_bool(vm, open_file(vm, self_arg(args))->readable);
}

static sp_val f_writable(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_bool(vm, open_file(vm, self_arg(args))->writable);
}

static sp_val f_seekable(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_file_obj *f = open_file(vm, self_arg(args));
    return sp_bool(vm, f->platform->seek(f->fd, 0, 1) >= 0);
}

static sp_val f_isatty(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_file_obj *f = open_file(vm, self_arg(args));
    return sp_bool(vm, f->platform->isatty(f->fd) == 1);
}

static int64_t file_tell(sp_vm *vm, sp_file_obj *f)
{
    int64_t pos = f->platform->seek(f->fd, 0, 1);
    if (pos < 0)
        sp_raise_os(vm, (int)-pos, NULL);
    return pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen;
}

static sp_val f_tell(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_file_obj *f = open_file(vm, self_arg(args));
    return sp_int_from_i64(vm, file_tell(vm, f));
}

static sp_val f_seek(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "seek", args, kwnames, 2, 3);
    sp_file_obj *f = open_file(vm, self_arg(args));
    int64_t off = sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, 1)));
    int64_t whence = args.len > 2 ? sp_int_as_i64(vm, sp_index(vm, sp_vals_get(args, 2))) : 0;
    if (whence < 0 || whence > 2)
        sp_raise_fmt(vm, vm->e.ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (!f->binary && whence != 0 && off != 0)
        raise_unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence == 1) {
        /* relative to the logical position, not the fd's (read-ahead) */
        off += file_tell(vm, f);
        whence = 0;
    }
    flush_wbuf(vm, f);
    f->rpos = f->rlen = 0;
    f->eof = false;
    int64_t r = f->platform->seek(f->fd, off, (int)whence);
    if (r < 0)
        sp_raise_os(vm, (int)-r, NULL);
    return sp_int_from_i64(vm, r);
}

static sp_val f_truncate(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    raise_unsupported(vm, "truncate");
}

/* The class a binary file shows as (one type stands for the three). */
static const char *buffered_kind(sp_file_obj *f)
{
    return f->plus ? "BufferedRandom" : f->readable ? "BufferedReader" : "BufferedWriter";
}

static sp_val f_repr(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_val self = self_arg(args);
    sp_file_obj *f = file_of(vm, self);
    if (f->binary) {
        return sp_str_fmt(vm, "<_io.%s name=%R>", buffered_kind(f), f->name);
    }
    if (f->mode == NULL)
        return sp_str_fmt(vm, "<_io.TextIOWrapper name=%R encoding=%R>", f->name, f->encoding);
    return sp_str_fmt(vm, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode, f->encoding);
}

static sp_val get_name(sp_vm *vm, sp_val self) { return file_of(vm, self)->name; }
/* A text file's mode is what open() stored, an instance attribute in
 * CPython: assignable (tokenize.open sets it) and deletable. */
static sp_val get_mode(sp_vm *vm, sp_val self)
{
    sp_file_obj *f = file_of(vm, self);
    if (f->mode == NULL)
        sp_raise_fmt(vm, vm->e.AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
    return f->mode;
}
static void set_mode(sp_vm *vm, sp_val self, sp_val v)
{
    sp_file_obj *f = file_of(vm, self);
    if (f->binary)
        sp_raise_fmt(vm, vm->e.AttributeError, "attribute 'mode' of '_io.%s' objects is not writable",
                     buffered_kind(f));
    if (v == NULL && f->mode == NULL)
        sp_raise_fmt(vm, vm->e.AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
    f->mode = v;
}
static sp_val get_closed(sp_vm *vm, sp_val self) { return sp_bool(vm, file_of(vm, self)->fd < 0); }
static sp_val get_encoding(sp_vm *vm, sp_val self)
{
    sp_file_obj *f = file_of(vm, self);
    return f->encoding != NULL ? f->encoding : vm->None;
}
static sp_val get_errors(sp_vm *vm, sp_val self)
{
    sp_file_obj *f = file_of(vm, self);
    return f->errors != NULL ? f->errors : vm->None;
}
static sp_val get_newlines(sp_vm *vm, sp_val self) { return vm->None; }
static sp_val get_line_buffering(sp_vm *vm, sp_val self) { return sp_bool(vm, file_of(vm, self)->line_buffering); }
static sp_val file_new(sp_vm *vm, bool binary);

/* f.buffer: a binary file over the same descriptor, made on first use. */
static sp_val get_buffer(sp_vm *vm, sp_val self)
{
    sp_file_obj *f = file_of(vm, self);
    if (f->binary)
        raise_unsupported(vm, "buffer");
    if (f->peer != NULL)
        return f->peer;
    sp_val b = file_new(vm, true);
    sp_file_obj *bf = SP_AS(sp_file_obj, b, SP_LAYOUT_OTHER);
    bf->name = f->name;
    bf->mode = f->readable && f->writable ? sp_str_from_cstr(vm, "rb+")
             : f->readable ? sp_str_from_cstr(vm, "rb") : sp_str_from_cstr(vm, "wb");
    bf->readable = f->readable;
    bf->writable = f->writable;
    bf->plus = f->readable && f->writable;
    bf->binary = true;
    bf->closefd = false;
    bf->write_through = true;
    bf->peer = self;
    bf->fd = f->fd;
    f->peer = b;
    return b;
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
 * line_buffering=False, write_through=False): a text file over one of our
 * binary files (the common `io.TextIOWrapper(sys.stdout.buffer, ...)`). */
static sp_val f_new(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "", "buffer", "encoding", "errors", "newline",
                                          "line_buffering", "write_through", NULL };
    sp_val a[7] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "TextIOWrapper", args, kwnames, kwlist, 2, SP_VALS(a));
    if (!sp_is_type(a[0]) || sp_as_type(a[0]) != vm->t.TextIOWrapper)
        sp_raise_fmt(vm, vm->e.TypeError, "cannot create '%s' instances", "_io.BufferedReader");
    sp_val buffer = a[1];
    if (!is_file(vm, buffer) || !SP_AS(sp_file_obj, buffer, SP_LAYOUT_OTHER)->binary)
        sp_raise_fmt(vm, vm->e.TypeError, "SafePy's TextIOWrapper needs a binary file from open(), not '%T'", buffer);
    sp_file_obj *b = open_file(vm, buffer);
    sp_val encoding = a[2] != NULL && a[2] != vm->None ? a[2] : sp_str_from_cstr(vm, "UTF-8");
    sp_expect_str(vm, encoding, "TextIOWrapper() argument 'encoding'");
    sp_val errors = a[3] != NULL && a[3] != vm->None ? a[3] : sp_str_from_cstr(vm, "strict");
    sp_val newline = a[4] != NULL ? a[4] : vm->None;
    sp_val obj = file_new(vm, false);
    sp_file_obj *f = SP_AS(sp_file_obj, obj, SP_LAYOUT_OTHER);
    f->name = b->name;
    f->mode = b->readable && b->writable ? sp_str_from_cstr(vm, "r+") : b->readable ? sp_str_from_cstr(vm, "r")
                                                                                      : sp_str_from_cstr(vm, "w");
    f->encoding = encoding;
    f->errors = errors;
    f->newline = newline;
    f->universal = newline == vm->None;
    f->readable = b->readable;
    f->writable = b->writable;
    f->closefd = false;
    f->line_buffering = a[5] != NULL && sp_truthy(vm, a[5]);
    f->write_through = a[6] != NULL && sp_truthy(vm, a[6]);
    f->peer = buffer;
    f->fd = b->fd;
    flush_wbuf(vm, b);
    return obj;
}

/* f.reconfigure(*, encoding, errors, newline, line_buffering, write_through) */
static sp_val f_reconfigure(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "", "encoding", "errors", "newline", "line_buffering",
                                          "write_through", NULL };
    sp_val a[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "reconfigure", args, kwnames, kwlist, 1, SP_VALS(a));
    sp_file_obj *f = open_file(vm, a[0]);
    if (a[2] != NULL && a[2] != vm->None) {
        sp_expect_str(vm, a[2], "reconfigure() argument 'errors'");
        f->errors = a[2];
    }
    if (a[3] != NULL) {
        f->newline = a[3];
        f->universal = a[3] == vm->None;
    }
    if (a[4] != NULL && a[4] != vm->None)
        f->line_buffering = sp_truthy(vm, a[4]);
    if (a[5] != NULL && a[5] != vm->None)
        f->write_through = sp_truthy(vm, a[5]);
    flush_wbuf(vm, f);
    return vm->None;
}

static const sp_methoddef file_methods[] = {
    { "__new__", f_new, SP_METH_STATIC, NULL },
    { "read", f_read, 0, NULL },
    { "readline", f_readline, 0, NULL },
    { "readlines", f_readlines, 0, NULL },
    { "write", f_write, 0, NULL },
    { "writelines", f_writelines, 0, NULL },
    { "flush", f_flush, 0, NULL },
    { "close", f_close, 0, NULL },
    { "fileno", f_fileno, 0, NULL },
    { "readable", f_readable, 0, NULL },
    { "writable", f_writable, 0, NULL },
    { "seekable", f_seekable, 0, NULL },
    { "isatty", f_isatty, 0, NULL },
    { "seek", f_seek, 0, NULL },
    { "tell", f_tell, 0, NULL },
    { "truncate", f_truncate, 0, NULL },
    { "__enter__", f_enter, 0, NULL },
    { "__exit__", f_exit, 0, NULL },
    { "__iter__", f_iter, 0, NULL },
    { "__next__", f_next, 0, NULL },
    { "__repr__", f_repr, 0, NULL },
    { "reconfigure", f_reconfigure, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const sp_getsetdef file_getsets[] = {
    { "name", get_name, NULL, NULL },
    { "mode", get_mode, set_mode, NULL },
    { "closed", get_closed, NULL, NULL },
    { "encoding", get_encoding, NULL, NULL },
    { "errors", get_errors, NULL, NULL },
    { "newlines", get_newlines, NULL, NULL },
    { "line_buffering", get_line_buffering, NULL, NULL },
    { "buffer", get_buffer, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void file_trace(sp_heap *h, sp_obj *o)
{
    sp_file_obj *f = SP_AS(sp_file_obj, o, SP_LAYOUT_OTHER);
    sp_gc_mark(h, f->name);
    sp_gc_mark(h, f->mode);
    sp_gc_mark(h, f->encoding);
    sp_gc_mark(h, f->errors);
    sp_gc_mark(h, f->newline);
    sp_gc_mark(h, f->peer);
}

/* The file was dropped without close(): flush what it holds in its own
 * buffer and close the descriptor.  Touches nothing but the object. */
static void file_finalize(sp_obj *o)
{
    sp_file_obj *f = SP_AS(sp_file_obj, o, SP_LAYOUT_OTHER);
    if (f->fd < 0 || f->platform == NULL)
        return;
    int err = 0;
    if (f->wlen > 0)
        (void)write_all(f->platform, f->fd, sp_cbytes_sub(sp_cbytes_of(SP_BYTES(f->wbuf)), 0, f->wlen), &err);
    f->wlen = 0;
    if (f->closefd && f->fd > 2)
        f->platform->close(f->fd);
    f->fd = -1;
}

const sp_typedef sp_TextIOWrapper_def = {
    .name = "_io.TextIOWrapper", .layout = SP_LAYOUT_OTHER, .size = sizeof(sp_file_obj),
    .trace = file_trace, .finalize = file_finalize, .methods = file_methods,
    .getsets = file_getsets, .flags = 0, .doc = NULL,
};

const sp_typedef sp_BufferedIO_def = {
    .name = "_io.BufferedReader", .layout = SP_LAYOUT_OTHER, .size = sizeof(sp_file_obj),
    .trace = file_trace, .finalize = file_finalize, .methods = file_methods,
    .getsets = file_getsets, .flags = SP_TF_NOINSTANCE, .doc = NULL,
};

/* ---- open() ------------------------------------------------------------- */

static sp_val file_new(sp_vm *vm, bool binary)
{
    sp_type *t = binary ? vm->t.BufferedIO : vm->t.TextIOWrapper;
    sp_obj *o = sp_alloc_finalized(vm, t, sizeof(sp_file_obj));
    sp_file_obj *f = SP_AS(sp_file_obj, o, SP_LAYOUT_OTHER);
    f->platform = vm->platform;
    f->fd = -1;
    return o;
}

typedef struct mode_info {
    bool r, w, a, x, plus, b, t;
} mode_info;

static mode_info parse_mode(sp_vm *vm, sp_val mode)
{
    mode_info m = { false, false, false, false, false, false, false };
    sp_cbytes s = sp_str_bytes(mode);
    for (size_t i = 0; i < s.len; i++) {
        bool *flag;
        switch (sp_cbytes_get(s, i)) {
        case 'r': flag = &m.r; break;
        case 'w': flag = &m.w; break;
        case 'a': flag = &m.a; break;
        case 'x': flag = &m.x; break;
        case '+': flag = &m.plus; break;
        case 'b': flag = &m.b; break;
        case 't': flag = &m.t; break;
        case 'U': flag = NULL; m.r = true; continue;
        default: flag = NULL; break;
        }
        if (flag == NULL || *flag)
            sp_raise_fmt(vm, vm->e.ValueError, "invalid mode: %R", mode);
        *flag = true;
    }
    int kinds = (int)m.r + (int)m.w + (int)m.a + (int)m.x;
    if (m.b && m.t)
        sp_raise_fmt(vm, vm->e.ValueError, "can't have text and binary mode at once");
    if (kinds != 1)
        sp_raise_fmt(vm, vm->e.ValueError, kinds > 1 ? "must have exactly one of create/read/write/append mode"
                     : "Must have exactly one of create/read/write/append mode and at most one plus");
    return m;
}

/* The str path of an open() / os argument: str, bytes or os.PathLike. */
sp_val sp_io_fspath(sp_vm *vm, sp_val file)
{
    if (sp_is_str(file))
        return file;
    if (sp_is_bytes(file))
        return sp_str_decode_utf8(vm, sp_bytes_data(file), "surrogateescape");
    sp_val r = sp_call_special(vm, file, sp_intern_cstr(vm, "__fspath__"), SP_NOVALS);
    if (r != NULL && (sp_is_str(r) || sp_is_bytes(r)))
        return sp_io_fspath(vm, r);
    sp_raise_fmt(vm, vm->e.TypeError, "expected str, bytes or os.PathLike object, not %T", file);
}

sp_val sp_io_open(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "file", "mode", "buffering", "encoding", "errors",
                                          "newline", "closefd", "opener", NULL };
    sp_val a[8] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "open", args, kwnames, kwlist, 1, SP_VALS(a));
    sp_val file = a[0];
    sp_val mode = a[1] != NULL ? a[1] : sp_str_from_cstr(vm, "r");
    sp_val encoding = a[3] != NULL && a[3] != vm->None ? a[3] : NULL;
    sp_val errors = a[4] != NULL && a[4] != vm->None ? a[4] : NULL;
    sp_val newline = a[5] != NULL ? a[5] : vm->None;
    bool closefd = a[6] == NULL || sp_truthy(vm, a[6]);
    if (!sp_is_str(mode))
        sp_raise_fmt(vm, vm->e.TypeError, "open() argument 'mode' must be str, not %T", mode);
    if (encoding != NULL && !sp_is_str(encoding))
        sp_raise_fmt(vm, vm->e.TypeError, "open() argument 'encoding' must be str or None, not %T", encoding);
    if (errors != NULL && !sp_is_str(errors))
        sp_raise_fmt(vm, vm->e.TypeError, "open() argument 'errors' must be str or None, not %T", errors);
    if (newline != vm->None && !sp_is_str(newline))
        sp_raise_fmt(vm, vm->e.TypeError, "open() argument 'newline' must be str or None, not %T", newline);
    mode_info m = parse_mode(vm, mode);
    if (!m.b && a[2] != NULL && sp_is_int(a[2]) && sp_int_sign(a[2]) == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "can't have unbuffered text I/O");
    if (m.b && encoding != NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "binary mode doesn't take an encoding argument");
    if (m.b && errors != NULL)
        sp_raise_fmt(vm, vm->e.ValueError, "binary mode doesn't take an errors argument");
    if (m.b && newline != vm->None)
        sp_raise_fmt(vm, vm->e.ValueError, "binary mode doesn't take a newline argument");
    if (newline != vm->None) {
        sp_cbytes nl = sp_str_bytes(newline);
        if (!(nl.len == 0 || sp_str_eq_cstr(newline, "\n") || sp_str_eq_cstr(newline, "\r") ||
              sp_str_eq_cstr(newline, "\r\n")))
            sp_raise_fmt(vm, vm->e.ValueError, "illegal newline value: %S", newline);
    }
    if (encoding != NULL) {
        /* Only UTF-8 (and its ASCII subset, read as UTF-8) is built in. */
        sp_val low = sp_call0(vm, sp_getattr_cstr(vm, encoding, "lower"));
        const char *e = sp_str_cstr(low);
        bool ok = sp_str_eq_cstr(low, "utf-8") || sp_str_eq_cstr(low, "utf8") ||
                  sp_str_eq_cstr(low, "utf_8") || sp_str_eq_cstr(low, "ascii") ||
                  sp_str_eq_cstr(low, "us-ascii") || sp_str_eq_cstr(low, "locale") ||
                  sp_str_eq_cstr(low, "u8") || sp_str_eq_cstr(low, "utf-8-sig");
        (void)e;
        if (!ok)
            sp_raise_fmt(vm, vm->e.LookupError, "unknown encoding: %U", encoding);
    }
    int fd;
    sp_val name;
    if (sp_is_int(file) && !sp_is_exact(vm, file, vm->t.bool_)) {
        int64_t v = sp_int_as_i64(vm, file);
        if (v < 0 || v > 0x7fffffff)
            sp_raise_fmt(vm, vm->e.ValueError, "negative file descriptor");
        fd = (int)v;
        name = file;
    } else {
        if (!closefd)
            sp_raise_fmt(vm, vm->e.ValueError, "Cannot use closefd=False with file name");
        name = sp_io_fspath(vm, file);
        int flags = m.plus ? SP_O_RDWR : m.r ? SP_O_RDONLY : SP_O_WRONLY;
        if (m.w) flags |= SP_O_CREAT | SP_O_TRUNC;
        if (m.a) flags |= SP_O_CREAT | SP_O_APPEND;
        if (m.x) flags |= SP_O_CREAT | SP_O_EXCL;
        const char *path = sp_str_cstr(name);
        sp_io_flush_all(vm);
        fd = vm->platform->open(path, flags, 0666);
        if (fd == -24 || fd == -23) {
            /* EMFILE/ENFILE: files the program dropped may still hold
             * descriptors until the collector finalizes them. */
            sp_heap_collect(vm->heap);
            fd = vm->platform->open(path, flags, 0666);
        }
        if (fd < 0)
            sp_raise_os(vm, fd, sp_is_bytes(file) ? file : name);
        sp_stat st;
        if (vm->platform->fstat(fd, &st) == 0 && st.is_dir) {
            vm->platform->close(fd);
            sp_raise_os(vm, 21 /* EISDIR */, sp_is_bytes(file) ? file : name);
        }
        /* f.name: bytes stay bytes; os.PathLike becomes its str */
        if (sp_is_bytes(file))
            name = file;
    }
    sp_val obj = file_new(vm, m.b);
    sp_file_obj *f = SP_AS(sp_file_obj, obj, SP_LAYOUT_OTHER);
    f->name = name;
    f->mode = mode;
    if (!m.b) {
        /* CPython shows the locale's name when no encoding was given. */
        f->encoding = encoding != NULL ? encoding : sp_str_from_cstr(vm, "UTF-8");
        f->errors = errors != NULL ? errors : sp_str_from_cstr(vm, "strict");
        f->newline = newline;
        f->universal = newline == vm->None;
    }
    f->readable = m.r || m.plus;
    f->writable = m.w || m.a || m.x || m.plus;
    f->appending = m.a;
    f->plus = m.plus;
    f->binary = m.b;
    f->closefd = closefd;
    f->line_buffering = a[2] != NULL && sp_is_int(a[2]) && sp_int_sign(a[2]) > 0 &&
                        sp_int_cmp(a[2], sp_small(1)) == 0 && !m.b;
    f->write_through = a[2] != NULL && sp_is_int(a[2]) && sp_int_sign(a[2]) == 0;
    f->fd = fd;
    if (m.a)
        vm->platform->seek(fd, 0, 2);
    return obj;
}

/* ---- standard streams --------------------------------------------------- */

static sp_val std_stream(sp_vm *vm, int fd, const char *name, bool writing)
{
    sp_val obj = file_new(vm, false);
    sp_val n = sp_str_from_cstr(vm, name);
    sp_val mode = sp_str_from_cstr(vm, writing ? "w" : "r");
    sp_val enc = sp_str_from_cstr(vm, "utf-8");
    /* CPython 3.11: stderr backslashreplace; stdin/stdout surrogateescape
     * under the C, POSIX and C.UTF-8 locales and any locale the system
     * lacks (strict only under an installed non-C locale). */
    sp_val errs = sp_str_from_cstr(vm, fd == 2 ? "backslashreplace" : "surrogateescape");
    sp_file_obj *f = SP_AS(sp_file_obj, obj, SP_LAYOUT_OTHER);
    f->name = n;
    f->mode = mode;
    f->encoding = enc;
    f->errors = errs;
    f->newline = vm->None;
    f->universal = true;
    f->readable = !writing;
    f->writable = writing;
    f->closefd = false;
    /* stdout: line-buffered on a terminal, block-buffered otherwise (and
     * flushed at exit and before reading stdin); stderr: line-buffered. */
    f->line_buffering = writing && (fd == 2 || vm->platform->isatty(fd) == 1);
    /* PYTHONUNBUFFERED (python -u): every write goes out at once, so that
     * stdout and stderr interleave as the program wrote them. */
    const char *unbuf = vm->platform->getenv != NULL ? vm->platform->getenv("PYTHONUNBUFFERED") : NULL;
    f->write_through = writing && unbuf != NULL && unbuf[0] != '\0';
    f->fd = fd;
    return obj;
}

void sp_io_init_std(sp_vm *vm)
{
    sp_val in = std_stream(vm, 0, "<stdin>", false);
    sp_val out = std_stream(vm, 1, "<stdout>", true);
    sp_val err = std_stream(vm, 2, "<stderr>", true);
    sp_module_add(vm, vm->sys, "stdin", in);
    sp_module_add(vm, vm->sys, "stdout", out);
    sp_module_add(vm, vm->sys, "stderr", err);
    sp_module_add(vm, vm->sys, "__stdin__", in);
    sp_module_add(vm, vm->sys, "__stdout__", out);
    sp_module_add(vm, vm->sys, "__stderr__", err);
}

/* sys.stdout / sys.stderr / sys.stdin by their interned names (hot: every
 * print and input). */
static sp_val std_get_name(sp_vm *vm, sp_val name)
{
    if (vm->sys == NULL || name == NULL)
        return NULL;
    return sp_dict_get_str(vm, sp_module_dict(vm->sys), name);
}

static sp_val flush_one(sp_vm *vm, void *ud)
{
    sp_file_flush(vm, (sp_val)ud);
    return vm->None;
}

void sp_io_flush_std(sp_vm *vm)
{
    sp_io_flush_all(vm);
    for (size_t i = 0; i < 2; i++) {
        sp_val f = std_get_name(vm, i == 0 ? vm->n.stdout : vm->n.stderr);
        if (f == NULL || f == vm->None)
            continue;
        if (is_file(vm, f)) {
            sp_file_obj *fo = SP_AS(sp_file_obj, f, SP_LAYOUT_OTHER);
            if (fo->fd < 0 || fo->wlen == 0)
                continue;
        }
        sp_val exc;
        (void)sp_pcall(vm, flush_one, f, &exc);
    }
}

void sp_file_write(sp_vm *vm, sp_val file, sp_val s)
{
    if (is_file(vm, file)) {
        sp_file_obj *f = open_file(vm, file);
        if (!f->binary && (f->newline == NULL || f->newline == vm->None ||
                           sp_str_len(f->newline) == 0 || sp_str_eq_cstr(f->newline, "\n"))) {
            file_write_bytes(vm, f, text_bytes(vm, f, s));
            return;
        }
        sp_val a[2] = { file, s };
        f_write(vm, SP_VALS(a), NULL);
        return;
    }
    sp_call1(vm, sp_getattr(vm, file, vm->n.write), s);
}

void sp_file_flush(sp_vm *vm, sp_val file)
{
    if (is_file(vm, file)) {
        sp_file_obj *f = file_of(vm, file);
        if (f->fd >= 0)
            flush_wbuf(vm, f);
        return;
    }
    sp_val fl = sp_getattr_opt(vm, file, vm->n.flush);
    if (fl != NULL)
        sp_call0(vm, fl);
}

static void write_fd(sp_vm *vm, int fd, sp_cbytes data)
{
    int err = 0;
    (void)write_all(vm->platform, fd, data, &err);
}

void sp_write_stdout(sp_vm *vm, sp_val str)
{
    sp_val f = std_get_name(vm, vm->n.stdout);
    if (f == NULL) {
        write_fd(vm, 1, sp_str_bytes(str));
        return;
    }
    if (f != vm->None)
        sp_file_write(vm, f, str);
}

void sp_write_stderr(sp_vm *vm, sp_val str)
{
    sp_val f = std_get_name(vm, vm->n.stderr);
    if (f == NULL) {
        write_fd(vm, 2, sp_str_bytes(str));
        return;
    }
    if (f != vm->None)
        sp_file_write(vm, f, str);
}

void sp_write_stderr_cstr(sp_vm *vm, const char *s)
{
    sp_val f = std_get_name(vm, vm->n.stderr);
    if (f == NULL || f == vm->None) {
        write_fd(vm, 2, sp_cbytes_of_cstr(s));
        return;
    }
    sp_write_stderr(vm, sp_str_from_cstr(vm, s));
}

sp_val sp_read_file_bytes(sp_vm *vm, const char *path)
{
    int fd = vm->platform->open(path, SP_O_RDONLY, 0);
    if (fd < 0)
        sp_raise_os(vm, fd, sp_str_from_cstr(vm, path));
    sp_stat st;
    if (vm->platform->fstat(fd, &st) == 0 && st.is_dir) {
        vm->platform->close(fd);
        sp_raise_os(vm, 21 /* EISDIR */, sp_str_from_cstr(vm, path));
    }
    bytebuf b = { NULL, 0 };
    uint8_t chunk[8192];
    for (;;) {
        int64_t n = vm->platform->read(fd, SP_BYTES(chunk));
        if (n == -4)
            continue;
        if (n < 0) {
            vm->platform->close(fd);
            sp_raise_os(vm, (int)-n, sp_str_from_cstr(vm, path));
        }
        if (n == 0)
            break;
        bb_add(vm, &b, sp_cbytes_sub(SP_CBYTES(chunk), 0, (size_t)n));
    }
    vm->platform->close(fd);
    return sp_bytes_new(vm, bb_view(&b));
}

/* ---- print, input, open -------------------------------------------------- */

static sp_val b_print(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    size_t nk = kwnames != NULL ? sp_tuple_len(kwnames) : 0;
    size_t npos = args.len - nk;
    sp_val sep = NULL, end = NULL, file = NULL, flush = NULL;
    for (size_t i = 0; i < nk; i++) {
        sp_val k = sp_tuple_get(kwnames, i);
        sp_val v = sp_vals_get(args, npos + i);
        if (sp_str_eq_cstr(k, "sep")) sep = v;
        else if (sp_str_eq_cstr(k, "end")) end = v;
        else if (sp_str_eq_cstr(k, "file")) file = v;
        else if (sp_str_eq_cstr(k, "flush")) flush = v;
        else sp_raise_fmt(vm, vm->e.TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (sep == vm->None) sep = NULL;
    if (end == vm->None) end = NULL;
    if (sep != NULL && !sp_is_str(sep))
        sp_raise_fmt(vm, vm->e.TypeError, "sep must be None or a string, not %T", sep);
    if (end != NULL && !sp_is_str(end))
        sp_raise_fmt(vm, vm->e.TypeError, "end must be None or a string, not %T", end);
    if (file == NULL || file == vm->None) {
        file = std_get_name(vm, vm->n.stdout);
        if (file == NULL) {
            file = NULL;
        } else if (file == vm->None) {
            return vm->None;
        }
    }
    if (file == NULL || is_file(vm, file)) {
        /* Our own stream: build the line, one write. */
        sp_strbuf b;
        sp_strbuf_init(vm, &b, 64);
        for (size_t i = 0; i < npos; i++) {
            if (i > 0) {
                if (sep != NULL) sp_strbuf_add_str(vm, &b, sep);
                else sp_strbuf_add_cstr(vm, &b, " ");
            }
            sp_strbuf_add_str(vm, &b, sp_str(vm, sp_vals_get(args, i)));
        }
        if (end != NULL) sp_strbuf_add_str(vm, &b, end);
        else sp_strbuf_add_cstr(vm, &b, "\n");
        sp_val line = sp_strbuf_finish(vm, &b);
        if (file == NULL)
            write_fd(vm, 1, sp_str_bytes(line));
        else
            sp_file_write(vm, file, line);
    } else {
        /* Someone else's file object: CPython calls write once per piece. */
        sp_val w = sp_getattr(vm, file, vm->n.write);
        for (size_t i = 0; i < npos; i++) {
            if (i > 0)
                sp_call1(vm, w, sep != NULL ? sep : sp_str_from_cstr(vm, " "));
            sp_call1(vm, w, sp_str(vm, sp_vals_get(args, i)));
        }
        sp_call1(vm, w, end != NULL ? end : sp_str_from_cstr(vm, "\n"));
    }
    if (flush != NULL && sp_truthy(vm, flush) && file != NULL)
        sp_file_flush(vm, file);
    return vm->None;
}

static sp_val b_input(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_no_kwargs(vm, "input", kwnames);
    if (args.len > 1)
        sp_raise_fmt(vm, vm->e.TypeError, "input expected at most 1 argument, got %zu", args.len);
    sp_val out = std_get_name(vm, vm->n.stdout);
    sp_val in = std_get_name(vm, vm->n.stdin);
    if (in == NULL || in == vm->None)
        sp_raise_fmt(vm, vm->e.RuntimeError, "input(): lost sys.stdin");
    if (out == NULL || out == vm->None)
        sp_raise_fmt(vm, vm->e.RuntimeError, "input(): lost sys.stdout");
    sp_val err = std_get_name(vm, vm->n.stderr);
    if (err != NULL && err != vm->None)
        sp_file_flush(vm, err);
    if (args.len == 1)
        sp_file_write(vm, out, sp_str(vm, sp_vals_get(args, 0)));
    sp_file_flush(vm, out);
    sp_val line;
    if (is_file(vm, in)) {
        sp_file_obj *f = open_file(vm, in);
        line = next_line(vm, f);
        if (line == NULL)
            line = vm->empty_str;
    } else {
        line = sp_call0(vm, sp_getattr(vm, in, vm->n.readline));
        if (!sp_is_str(line))
            sp_raise_fmt(vm, vm->e.TypeError, "object.readline() returned non-string");
    }
    size_t n = sp_str_len(line);
    if (n == 0)
        sp_raise_fmt(vm, vm->e.EOFError, "EOF when reading a line");
    sp_cbytes bytes = sp_str_bytes(line);
    if (sp_cbytes_get(bytes, bytes.len - 1) == '\n')
        return sp_str_new(vm, sp_cbytes_sub(bytes, 0, bytes.len - 1));
    return line;
}

static sp_val b_open(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    return sp_io_open(vm, args, kwnames);
}

static sp_val b_import(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    static const char *const kwlist[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    sp_val a[5] = { NULL, NULL, NULL, NULL, NULL };
    sp_parse_args(vm, "__import__", args, kwnames, kwlist, 1, SP_VALS(a));
    if (!sp_is_str(a[0]))
        sp_raise_fmt(vm, vm->e.TypeError, "module name must be a string");
    int64_t level = a[4] != NULL ? sp_int_as_i64(vm, a[4]) : 0;
    if (level < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "level must be >= 0");
    if (level == 0 && sp_str_len(a[0]) == 0)
        sp_raise_fmt(vm, vm->e.ValueError, "Empty module name");
    sp_val globals = a[1] != NULL && a[1] != vm->None ? a[1] : NULL;
    sp_val fromlist = a[3] != NULL && a[3] != vm->None ? a[3] : NULL;
    return sp_import(vm, a[0], globals, fromlist, (int)level);
}

#define PRINT_DEF { "print", b_print, 0,                                         \
      "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\n\n" \
      "Prints the values to a stream, or to sys.stdout by default." }
#define INPUT_DEF { "input", b_input, 0, "Read a string from standard input.  The trailing newline is stripped." }
#define OPEN_DEF { "open", b_open, 0, "Open file and return a stream.  Raise OSError upon failure." }
#define IMPORT_DEF { "__import__", b_import, 0, "Import a module." }

const sp_methoddef sp_builtins_sys[] = {
    PRINT_DEF, INPUT_DEF, OPEN_DEF, IMPORT_DEF,
    { NULL, NULL, 0, NULL },
};

static const sp_methoddef print_def = PRINT_DEF;
static const sp_methoddef input_def = INPUT_DEF;
static const sp_methoddef open_def = OPEN_DEF;
static const sp_methoddef import_def = IMPORT_DEF;

/* Add print/input/open/__import__ to the builtins dict if the builtins
 * module didn't take them from sp_builtins_sys already. */
void sp_io_add_builtins(sp_vm *vm, sp_val builtins)
{
    const sp_methoddef *defs[4] = { &print_def, &input_def, &open_def, &import_def };
    for (size_t i = 0; i < 4; i++) {
        const sp_methoddef *d = i == 0 ? defs[0] : i == 1 ? defs[1] : i == 2 ? defs[2] : defs[3];
        if (sp_dict_get_cstr(vm, builtins, d->name) == NULL)
            sp_dict_set_cstr(vm, builtins, d->name, sp_builtin_new(vm, d, NULL, sp_str_from_cstr(vm, "builtins")));
    }
}

/* ---- the _io module --------------------------------------------------------- */

static sp_val io_open_code(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "open_code", args, kwnames, 1, 1);
    sp_val a[2] = { sp_vals_get(args, 0), sp_str_from_cstr(vm, "rb") };
    return sp_io_open(vm, SP_VALS(a), NULL);
}

static sp_val io_text_encoding(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "text_encoding", args, kwnames, 1, 2);
    sp_val enc = sp_vals_get(args, 0);
    if (enc != vm->None)
        return enc;
    return sp_str_from_cstr(vm, "locale");
}

static const sp_methoddef io_functions[] = {
    OPEN_DEF,
    { "open_code", io_open_code, 0, NULL },
    { "text_encoding", io_text_encoding, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_io(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "_io"));
    sp_module_add_methods(vm, m, io_functions);
    sp_module_add(vm, m, "DEFAULT_BUFFER_SIZE", sp_small(FILE_BUF));
    sp_module_add(vm, m, "TextIOWrapper", &vm->t.TextIOWrapper->h);
    sp_module_add(vm, m, "BufferedReader", &vm->t.BufferedIO->h);
    sp_module_add(vm, m, "BufferedWriter", &vm->t.BufferedIO->h);
    sp_module_add(vm, m, "BufferedRandom", &vm->t.BufferedIO->h);
    sp_module_add(vm, m, "FileIO", &vm->t.BufferedIO->h);
    sp_module_add(vm, m, "UnsupportedOperation", unsupported_class(vm));
    sp_module_add(vm, m, "BlockingIOError", &vm->e.BlockingIOError->h);
    return m;
}
