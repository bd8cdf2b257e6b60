/* The structure-aware generator behind fuzz_gen: turns the fuzzer's bytes
 * into a valid Python program that mixes the built-in types, classes with
 * dunder methods that mutate shared containers, generators, closures,
 * exceptions, with-blocks and comprehensions -- the code paths where a
 * callback can change what the C code is in the middle of.
 *
 * Every byte is one choice (pick(): byte % number of options).  When the
 * bytes run out every choice is 0, and option 0 is always the simplest
 * one (a small int, an assignment, a body of one statement), so the
 * program ends.  Bounds keep each run short: loops carry a counter guard,
 * functions only call functions defined before them (no mutual
 * recursion), dunder methods call no generated function, `**` and `<<`
 * take small right operands, and the output is capped at FZ_GEN_MAX bytes.
 *
 * The shape of a program:
 *   prelude: shared containers L (list), D (dict), S (set), variables
 *            v0..v5 of various types, a context manager CM
 *   classes C0.. (bases: object, builtins, earlier classes, Exception)
 *   functions f0.., generators g0..
 *   top-level statements, each inside try/except Exception (a TypeError
 *   from mixing types must not end the program).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gen.h"

#define FZ_GEN_MAX 12000        /* output cap, bytes */
#define MAX_EXPR_DEPTH 4
#define MAX_BLOCK_DEPTH 3
#define MAX_NAMES 24

typedef struct gen {
    const uint8_t *d;
    size_t n, i;
    char *out;
    size_t len, cap;
    bool oom;
    int indent;
    int depth;                  /* expression nesting */
    int block;                  /* statement nesting */
    int nclass, nfunc, ngen;    /* defined so far */
    int uniq;                   /* fresh-name counter */
    bool in_func, in_gen, in_loop, in_method;
    bool no_jump;               /* in an except* block: no break/continue/return */
    int in_comp;                /* comprehension nesting */
    const char *names[MAX_NAMES];
    char namebuf[MAX_NAMES][16];
    int nnames;
} gen;

static unsigned pick(gen *g, unsigned n)
{
    if (g->i >= g->n || n == 0)
        return 0;
    return g->d[g->i++] % n;
}

static bool full(gen *g)
{
    return g->oom || g->len > FZ_GEN_MAX;
}

static void emitv(gen *g, const char *fmt, va_list ap)
{
    if (g->oom)
        return;
    va_list ap2;
    va_copy(ap2, ap);
    int k = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (k < 0)
        return;
    if (g->len + (size_t)k + 1 > g->cap) {
        size_t cap = g->cap * 2 + (size_t)k + 64;
        char *p = realloc(g->out, cap);
        if (p == NULL) {
            g->oom = true;
            return;
        }
        g->out = p;
        g->cap = cap;
    }
    vsnprintf(g->out + g->len, (size_t)k + 1, fmt, ap);
    g->len += (size_t)k;
}

static void emit(gen *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emitv(g, fmt, ap);
    va_end(ap);
}

/* Start a line at the current indentation. */
static void line(gen *g, const char *fmt, ...)
{
    for (int k = 0; k < g->indent; k++)
        emit(g, "    ");
    va_list ap;
    va_start(ap, fmt);
    emitv(g, fmt, ap);
    va_end(ap);
}

/* ---- names in scope -------------------------------------------------- */

static const char *const global_names[] = { "L", "D", "S", "v0", "v1", "v2", "v3", "v4", "v5" };
#define NGLOBAL (sizeof global_names / sizeof *global_names)

static int push_name(gen *g, const char *prefix)
{
    int mark = g->nnames;
    if (g->nnames < MAX_NAMES) {
        snprintf(g->namebuf[g->nnames], sizeof g->namebuf[0], "%s%d", prefix, g->uniq++);
        g->names[g->nnames] = g->namebuf[g->nnames];
        g->nnames++;
    }
    return mark;
}

/* A name that is not numbered (self, o). */
static int push_fixed(gen *g, const char *name)
{
    int mark = g->nnames;
    if (g->nnames < MAX_NAMES)
        g->names[g->nnames++] = name;
    return mark;
}

static const char *last_name(gen *g)
{
    return g->nnames > 0 ? g->names[g->nnames - 1] : "v0";
}

static const char *any_name(gen *g)
{
    unsigned k = pick(g, (unsigned)(NGLOBAL + (size_t)g->nnames));
    if (k < NGLOBAL)
        return global_names[k];
    return g->names[k - NGLOBAL];
}

static const char *var_name(gen *g)
{
    /* a variable to assign: v0..v5, or a local in scope */
    unsigned k = pick(g, (unsigned)(6 + g->nnames));
    static const char *const v[] = { "v0", "v1", "v2", "v3", "v4", "v5" };
    if (k < 6)
        return v[k];
    return g->names[k - 6];
}

/* ---- expressions ----------------------------------------------------- */

static const char *const literals[] = {
    "0", "1", "-1", "7", "255", "256", "-256", "2**31", "2**63", "-2**63", "2**64 - 1",
    "10**20", "-10**30", "0.0", "-0.0", "1.5", "1e308", "-1e-320", "float('nan')",
    "float('inf')", "-float('inf')", "1j", "(1+2j)", "''", "'a'", "'abc'", "'\\xe9t\\xe9'",
    "'\\u2603'", "'\\U0001F600'", "'\\x00'", "'a' * 100", "'%s %d'", "'{}{!r}'", "'  x  '",
    "b''", "b'xy'", "b'\\xff\\x00'", "bytearray(b'abc')", "None", "True", "False", "...",
    "()", "[]", "{}", "set()", "frozenset({1, 2})", "range(5)", "range(-3, 10, 2)",
    "[1, 2, 3]", "[3, 1, 2]", "(1, 'a', None)", "{'a': 1, 'b': 2}", "{1, 2, 3}",
    "[[1], [2]]", "[L, D]", "slice(1, 5, 2)", "memoryview(b'abcd')", "object()",
    "NotImplemented", "int", "str", "list", "ValueError('v')", "KeyError(1)",
};
#define NLIT (sizeof literals / sizeof *literals)

static const char *const small_ints[] = { "0", "1", "2", "3", "-1", "5", "8", "-2" };

static const char *const binops[] = {
    "+", "-", "*", "/", "//", "%", "&", "|", "^", "@", "and", "or",
    "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
};
#define NBINOP (sizeof binops / sizeof *binops)

static const char *const builtins1[] = {
    "len", "hash", "repr", "str", "int", "float", "bool", "list", "tuple", "set",
    "frozenset", "dict", "sorted", "reversed", "iter", "min", "max", "sum", "any", "all",
    "abs", "enumerate", "bytes", "bytearray", "memoryview", "range", "type", "callable",
    "hex", "bin", "oct", "chr", "ord", "ascii", "id", "round", "vars", "dir", "complex",
};
#define NBUILTIN1 (sizeof builtins1 / sizeof *builtins1)

static const char *const methods[] = {
    "append", "pop", "insert", "extend", "remove", "index", "count", "sort", "reverse",
    "clear", "copy", "keys", "values", "items", "get", "setdefault", "update", "popitem",
    "add", "discard", "union", "intersection", "difference", "issubset", "join", "split",
    "replace", "encode", "decode", "upper", "find", "startswith", "format", "strip",
    "partition", "center", "zfill", "hex", "fromkeys", "__len__", "__iter__", "__eq__",
    "__hash__", "__getitem__", "__contains__", "__reduce_ex__", "__sizeof__", "__format__",
};
#define NMETHOD (sizeof methods / sizeof *methods)

static void expr(gen *g);

static void expr_list_min(gen *g, int min, int max)
{
    int n = min + (int)pick(g, (unsigned)(max - min) + 1);
    for (int k = 0; k < n; k++) {
        if (k > 0)
            emit(g, ", ");
        if (pick(g, 6) == 5) {
            emit(g, "*");
            expr(g);
        } else {
            expr(g);
        }
    }
}

static void expr_list(gen *g, int max)
{
    expr_list_min(g, 0, max);
}

/* A comprehension: its variable is in scope inside. */
static void comprehension(gen *g)
{
    static const char *const open[] = { "[", "{", "(", "{" };
    static const char *const close[] = { "]", "}", ")", "}" };
    unsigned k = pick(g, 4);
    g->in_comp++;
    int mark = push_name(g, "c");
    const char *var = last_name(g);
    emit(g, "%s", open[k]);
    if (k == 3) {
        expr(g);
        emit(g, ": ");
    }
    expr(g);
    emit(g, " for %s in ", var);
    g->nnames = mark;                 /* the iterable is outside the scope */
    expr(g);
    g->nnames = mark + 1;
    if (pick(g, 3) == 1) {
        emit(g, " if ");
        expr(g);
    }
    g->nnames = mark;
    g->in_comp--;
    emit(g, "%s", close[k]);
}

static void expr(gen *g)
{
    if (g->depth >= MAX_EXPR_DEPTH || full(g)) {
        emit(g, "%s", pick(g, 2) ? any_name(g) : literals[pick(g, NLIT)]);
        return;
    }
    g->depth++;
    switch (pick(g, 24)) {
    case 0:
        emit(g, "%s", small_ints[pick(g, 8)]);
        break;
    case 1: case 2:
        emit(g, "%s", any_name(g));
        break;
    case 3:
        emit(g, "%s", literals[pick(g, NLIT)]);
        break;
    case 4: case 5:
        emit(g, "(");
        expr(g);
        emit(g, " %s ", binops[pick(g, NBINOP)]);
        expr(g);
        emit(g, ")");
        break;
    case 6:                           /* ** and << only with small exponents */
        emit(g, "(");
        expr(g);
        emit(g, " %s %s)", pick(g, 2) ? "**" : "<<", small_ints[pick(g, 8)]);
        break;
    case 7:
        emit(g, "(%s(", pick(g, 2) ? "-" : pick(g, 2) ? "not " : "~");
        expr(g);
        emit(g, "))");
        break;
    case 8: case 9:
        emit(g, "%s(", builtins1[pick(g, NBUILTIN1)]);
        expr(g);
        emit(g, ")");
        break;
    case 10:
        switch (pick(g, 12)) {
        case 0: emit(g, "next(iter("); expr(g); emit(g, "), None)"); break;
        case 1: emit(g, "zip("); expr(g); emit(g, ", "); expr(g); emit(g, ")"); break;
        case 2: emit(g, "list(map(lambda q: "); expr(g); emit(g, ", "); expr(g); emit(g, "))"); break;
        case 3: emit(g, "list(filter(None, "); expr(g); emit(g, "))"); break;
        case 4: emit(g, "isinstance("); expr(g); emit(g, ", (int, str, list))"); break;
        case 5: emit(g, "getattr("); expr(g); emit(g, ", 'x', "); expr(g); emit(g, ")"); break;
        case 6: emit(g, "format("); expr(g); emit(g, ", '%s')", pick(g, 2) ? ">10" : "x"); break;
        case 7: emit(g, "divmod("); expr(g); emit(g, ", "); expr(g); emit(g, ")"); break;
        case 8: emit(g, "pow("); expr(g); emit(g, ", %s, ", small_ints[pick(g, 8)]); expr(g); emit(g, ")"); break;
        case 9: emit(g, "sorted("); expr(g); emit(g, ", key=lambda q: "); expr(g); emit(g, ", reverse=%s)", pick(g, 2) ? "True" : "False"); break;
        case 10: emit(g, "max("); expr(g); emit(g, ", "); expr(g); emit(g, ", key=lambda q: "); expr(g); emit(g, ")"); break;
        default: emit(g, "hasattr("); expr(g); emit(g, ", '__len__')"); break;
        }
        break;
    case 11:
        expr(g);
        emit(g, "[");
        switch (pick(g, 3)) {
        case 0: expr(g); break;
        case 1: expr(g); emit(g, ":"); expr(g); break;
        default: emit(g, "::"); expr(g); break;
        }
        emit(g, "]");
        break;
    case 12: case 13:
        emit(g, "(");
        expr(g);
        emit(g, ").%s(", methods[pick(g, NMETHOD)]);
        expr_list(g, 2);
        emit(g, ")");
        break;
    case 14:
        comprehension(g);
        break;
    case 15:
        emit(g, "(");
        expr(g);
        emit(g, " if ");
        expr(g);
        emit(g, " else ");
        expr(g);
        emit(g, ")");
        break;
    case 16: {
        int mark = push_name(g, "a");
        emit(g, "(lambda %s=", last_name(g));
        g->nnames = mark;
        expr(g);
        g->nnames = mark + 1;
        emit(g, ": ");
        expr(g);
        g->nnames = mark;
        emit(g, ")(");
        expr_list(g, 1);
        emit(g, ")");
        break;
    }
    case 17:
        if (g->nclass > 0 && !g->in_method) {
            emit(g, "C%u(", pick(g, (unsigned)g->nclass));
            expr_list(g, 1);
            emit(g, ")");
        } else {
            emit(g, "CM(");
            expr(g);
            emit(g, ")");
        }
        break;
    case 18:
        if (g->nfunc > 0 && !g->in_method) {
            emit(g, "f%u(", pick(g, (unsigned)g->nfunc));
            expr_list(g, 3);
            emit(g, ")");
        } else if (g->ngen > 0 && !g->in_method) {
            emit(g, "%s(g%u(", pick(g, 2) ? "list" : "tuple", pick(g, (unsigned)g->ngen));
            expr(g);
            emit(g, "))");
        } else {
            emit(g, "%s", any_name(g));
        }
        break;
    case 19:
        switch (pick(g, 4)) {
        case 0: emit(g, "["); expr_list(g, 3); emit(g, "]"); break;
        case 1: emit(g, "("); expr_list_min(g, 1, 3); emit(g, ",)"); break;
        case 2: emit(g, "{"); expr_list(g, 3); emit(g, "}"); break;
        default:
            emit(g, "{");
            expr(g);
            emit(g, ": ");
            expr(g);
            if (pick(g, 2)) {
                emit(g, ", **");
                expr(g);
            }
            emit(g, "}");
            break;
        }
        break;
    case 20:
        if (g->in_comp > 0) {         /* walrus rules in comprehensions */
            emit(g, "%s", any_name(g));
            break;
        }
        emit(g, "(%s := ", var_name(g));
        expr(g);
        emit(g, ")");
        break;
    case 21:
        emit(g, "(");
        expr(g);
        emit(g, ").%s", pick(g, 3) == 0 ? "__class__" : pick(g, 2) ? "x" : "__dict__");
        break;
    case 22:
        /* 3.11's f-strings can't hold the same quote or a backslash in
         * their expressions: a name only */
        emit(g, "f'<{%s", any_name(g));
        emit(g, "%s}>'", pick(g, 3) == 0 ? "!r" : pick(g, 2) ? ":>8" : "=");
        break;
    default:
        emit(g, "(");
        expr(g);
        emit(g, " %% ");
        expr(g);
        emit(g, ")");
        break;
    }
    g->depth--;
}

/* ---- statements ------------------------------------------------------ */

static void stmt(gen *g);

static void body(gen *g, int max)
{
    g->indent++;
    g->block++;
    int n = 1 + (int)pick(g, (unsigned)max);
    for (int k = 0; k < n; k++)
        stmt(g);
    g->block--;
    g->indent--;
}

/* A statement that changes a shared container: the attack of a callback
 * on whatever C code called it. */
static void mutation(gen *g)
{
    switch (pick(g, 12)) {
    case 0: line(g, "L.append(%s)\n", g->in_method ? "self" : "len(L)"); break;
    case 1: line(g, "L.clear()\n"); break;
    case 2: line(g, "D.clear()\n"); break;
    case 3: line(g, "D[len(D)] = %s\n", g->in_method ? "self" : "L"); break;
    case 4: line(g, "S.add(len(S))\n"); break;
    case 5: line(g, "S.clear()\n"); break;
    case 6: line(g, "L.pop() if L else None\n"); break;
    case 7: line(g, "del L[:1]\n"); break;
    case 8: line(g, "D.pop(next(iter(D)), None) if D else None\n"); break;
    case 9: line(g, "L[:] = L[::-1] + [%s]\n", g->in_method ? "self" : "0"); break;
    case 10: line(g, "S.discard(next(iter(S), None))\n"); break;
    default: line(g, "L.sort(key=str)\n"); break;
    }
}

/* The bound of a loop's counter guard: small inside functions, which
 * may call each other in loops. */
static const char *loop_bound(gen *g)
{
    if (g->in_func)
        return "2";
    return pick(g, 2) ? "3" : "12";
}

static void stmt(gen *g)
{
    if (full(g)) {
        line(g, "pass\n");
        return;
    }
    bool nest = g->block < MAX_BLOCK_DEPTH;
    switch (pick(g, 26)) {
    case 0: case 1:
        line(g, "%s = ", var_name(g));
        expr(g);
        emit(g, "\n");
        break;
    case 2:
        line(g, "%s[", pick(g, 2) ? "D" : "L");
        expr(g);
        emit(g, "] = ");
        expr(g);
        emit(g, "\n");
        break;
    case 3:
        line(g, "L[");
        expr(g);
        emit(g, ":");
        expr(g);
        emit(g, "] = ");
        expr(g);
        emit(g, "\n");
        break;
    case 4: {
        static const char *const aug[] = { "+=", "-=", "*=", "|=", "&=", "^=", "//=", "%=" };
        line(g, "%s %s ", var_name(g), aug[pick(g, 8)]);
        expr(g);
        emit(g, "\n");
        break;
    }
    case 5:
        line(g, "print(");
        expr_list(g, 2);
        emit(g, ")\n");
        break;
    case 6:
        line(g, "");
        expr(g);
        emit(g, "\n");
        break;
    case 7:
        line(g, "del %s[", pick(g, 2) ? "D" : "L");
        expr(g);
        emit(g, "]\n");
        break;
    case 8:
        mutation(g);
        break;
    case 9: case 10: {
        if (!nest) { mutation(g); break; }
        int mark = push_name(g, "x");
        char head[64];
        snprintf(head, sizeof head, "for %s in ", last_name(g));
        int k = g->uniq++;
        line(g, "_k%d = 0\n", k);
        line(g, "%s", head);
        g->nnames = mark;
        expr(g);
        g->nnames = mark + 1;
        emit(g, ":\n");
        g->indent++;
        line(g, "_k%d += 1\n", k);
        line(g, "if _k%d > %s: break\n", k, loop_bound(g));
        g->indent--;
        bool was = g->in_loop;
        g->in_loop = true;
        body(g, 3);
        g->in_loop = was;
        g->nnames = mark;
        break;
    }
    case 11: {
        if (!nest) { mutation(g); break; }
        int k = g->uniq++;
        line(g, "_k%d = 0\n", k);
        line(g, "while True:\n");
        g->indent++;
        line(g, "_k%d += 1\n", k);
        line(g, "if _k%d > %s: break\n", k, loop_bound(g));
        line(g, "if not (");
        expr(g);
        emit(g, "): break\n");
        g->indent--;
        bool was = g->in_loop;
        g->in_loop = true;
        body(g, 3);
        g->in_loop = was;
        break;
    }
    case 12:
        if (!nest) { mutation(g); break; }
        line(g, "if ");
        expr(g);
        emit(g, ":\n");
        body(g, 2);
        if (pick(g, 2)) {
            line(g, "else:\n");
            body(g, 2);
        }
        break;
    case 13: case 14: {
        if (!nest) { mutation(g); break; }
        static const char *const excs[] = {
            "Exception", "TypeError", "(ValueError, KeyError)", "IndexError", "StopIteration",
            "ArithmeticError", "RecursionError", "MemoryError", "AttributeError", "LookupError",
        };
        line(g, "try:\n");
        body(g, 3);
        int n = (int)pick(g, 3);
        for (int k = 0; k < n; k++) {
            int mark = push_name(g, "e");
            line(g, "except %s as %s:\n", excs[pick(g, 10)], last_name(g));
            body(g, 2);
            g->nnames = mark;
        }
        if (n > 0 && pick(g, 2)) {
            line(g, "else:\n");
            body(g, 1);
        }
        if (n == 0 || pick(g, 2)) {
            line(g, "finally:\n");
            body(g, 2);
        }
        break;
    }
    case 15: {
        if (!nest) { mutation(g); break; }
        int mark = push_name(g, "w");
        line(g, "with CM(");
        expr(g);
        emit(g, ") as %s", last_name(g));
        if (pick(g, 2)) {
            emit(g, ", ");
            expr(g);
        }
        emit(g, ":\n");
        body(g, 2);
        g->nnames = mark;
        break;
    }
    case 16:
        switch (pick(g, 4)) {
        case 0: line(g, "raise ValueError("); expr(g); emit(g, ")\n"); break;
        case 1: line(g, "raise KeyError("); expr(g); emit(g, ") from "); expr(g); emit(g, "\n"); break;
        case 2: line(g, "assert "); expr(g); emit(g, ", "); expr(g); emit(g, "\n"); break;
        default:
            if (g->nclass > 0 && !g->in_method) {
                line(g, "raise E(C%u(", pick(g, (unsigned)g->nclass));
                expr(g);
                emit(g, "))\n");
            } else {
                line(g, "raise E(");
                expr(g);
                emit(g, ")\n");
            }
            break;
        }
        break;
    case 17:
        if (g->in_loop && !g->no_jump) {
            line(g, "%s\n", pick(g, 2) ? "break" : "continue");
        } else {
            mutation(g);
        }
        break;
    case 18:
        if (g->in_gen) {
            line(g, "%s = yield ", var_name(g));
            expr(g);
            emit(g, "\n");
        } else if (g->in_func && !g->no_jump) {
            line(g, "return ");
            expr(g);
            emit(g, "\n");
        } else {
            mutation(g);
        }
        break;
    case 19: {
        /* a generator worked by hand: send, throw, close */
        if (g->ngen == 0 || g->in_method) { mutation(g); break; }
        int k = g->uniq++;
        line(g, "_g%d = g%u(", k, pick(g, (unsigned)g->ngen));
        expr(g);
        emit(g, ")\n");
        int n = 1 + (int)pick(g, 4);
        for (int j = 0; j < n; j++) {
            switch (pick(g, 5)) {
            case 0: line(g, "next(_g%d, None)\n", k); break;
            case 1: line(g, "_g%d.send(", k); expr(g); emit(g, ")\n"); break;
            case 2: line(g, "_g%d.throw(ValueError(", k); expr(g); emit(g, "))\n"); break;
            case 3: line(g, "_g%d.close()\n", k); break;
            default: line(g, "%s = list(_g%d)\n", var_name(g), k); break;
            }
        }
        break;
    }
    case 20: {
        /* a closure: an inner function that rebinds an outer variable */
        if (!nest) { mutation(g); break; }
        int k = g->uniq++;
        line(g, "def _mk%d(o):\n", k);
        g->indent++;
        line(g, "def inner(*z):\n");
        g->indent++;
        line(g, "nonlocal o\n");
        line(g, "o = ");
        int mark = push_fixed(g, "o");
        expr(g);
        emit(g, "\n");
        line(g, "return (o, z)\n");
        g->nnames = mark;
        g->indent--;
        line(g, "return inner\n");
        g->indent--;
        line(g, "%s = _mk%d(", var_name(g), k);
        expr(g);
        emit(g, ")\n");
        line(g, "%s = %s(", var_name(g), var_name(g));
        expr_list(g, 2);
        emit(g, ")\n");
        break;
    }
    case 21:
        switch (pick(g, 5)) {
        case 0: line(g, "L.sort(key=lambda q: "); expr(g); emit(g, ")\n"); break;
        case 1: line(g, "L.sort(reverse=True)\n"); break;
        case 2: line(g, "D.update("); expr(g); emit(g, ")\n"); break;
        case 3: line(g, "S.update("); expr(g); emit(g, ")\n"); break;
        default: line(g, "L.extend("); expr(g); emit(g, ")\n"); break;
        }
        break;
    case 22:
        switch (pick(g, 4)) {
        case 0: line(g, "import gc; gc.collect()\n"); break;
        case 1:
            if (g->nclass > 0 && !g->in_method) {
                line(g, "import weakref; %s = weakref.ref(C%u(), lambda r: L.append(r))\n", var_name(g),
                     pick(g, (unsigned)g->nclass));
            } else {
                line(g, "import weakref; %s = weakref.ref(CM(), lambda r: D.clear())\n", var_name(g));
            }
            break;
        case 2: line(g, "%s = hash(", var_name(g)); expr(g); emit(g, ")\n"); break;
        default: line(g, "%s = sys.getrecursionlimit()\n", var_name(g)); break;
        }
        break;
    case 23:
        if (!nest) { mutation(g); break; }
        line(g, "try:\n");
        g->indent++;
        line(g, "raise ExceptionGroup('g', [ValueError(1), TypeError(");
        expr(g);
        emit(g, ")])\n");
        g->indent--;
        bool was = g->no_jump;
        g->no_jump = true;
        line(g, "except* ValueError:\n");
        body(g, 1);
        line(g, "except* TypeError as eg:\n");
        body(g, 1);
        g->no_jump = was;
        break;
    case 24: {
        if (!nest) { mutation(g); break; }
        line(g, "match ");
        expr(g);
        emit(g, ":\n");
        g->indent++;
        static const char *const pats[] = {
            "[a, *b]", "{'a': a, **b}", "(1 | 2) as a", "str() as a", "C0(x=a) if C0 else None",
            "[1, [2, a]]", "{1: _}", "int(a) if a > 0",
        };
        /* (pattern 4, a class pattern, needs C0: a sequence pattern instead) */
        int n = 1 + (int)pick(g, 2);
        for (int k = 0; k < n; k++) {
            unsigned p = pick(g, 8);
            if (p == 4)
                p = 0;           /* C0 may not exist: a plain sequence pattern */
            line(g, "case %s:\n", pats[p]);
            body(g, 1);
        }
        line(g, "case _:\n");
        body(g, 1);
        g->indent--;
        break;
    }
    default:
        line(g, "%s = [", var_name(g));
        expr(g);
        emit(g, " for _ in range(3)]\n");
        break;
    }
}

/* ---- definitions ----------------------------------------------------- */

static void method(gen *g, const char *head, bool mutates, const char *ret_fmt)
{
    line(g, "def %s:\n", head);
    g->indent++;
    if (mutates && pick(g, 2))
        mutation(g);
    line(g, "%s", ret_fmt);
    expr(g);
    emit(g, "\n");
    g->indent--;
}

static void class_def(gen *g, int k)
{
    static const char *const bases[] = {
        "object", "int", "str", "list", "dict", "tuple", "Exception", "set", "float", "bytes",
    };
    unsigned b = pick(g, 11);
    if (b == 10 && k > 0)
        line(g, "class C%d(C%u):\n", k, pick(g, (unsigned)k));
    else
        line(g, "class C%d(%s):\n", k, bases[b % 10]);
    g->indent++;
    bool was = g->in_method;
    g->in_method = true;
    int mark = g->nnames;
    /* self and the argument are in scope in every method */
    push_fixed(g, "self");
    push_fixed(g, "o");
    if (pick(g, 8) == 0)
        line(g, "__slots__ = ('x', '__dict__')\n");
    line(g, "def __init__(self, *a, **k):\n");
    g->indent++;
    line(g, "self.x = a[0] if a else ");
    expr(g);
    emit(g, "\n");
    g->indent--;
    unsigned mask = pick(g, 256) | (pick(g, 256) << 8);
    if (mask & 1) method(g, "__eq__(self, o)", true, "return ");
    if (mask & 2) method(g, "__hash__(self)", true, "return ");
    if (mask & 4) method(g, "__lt__(self, o)", true, "return ");
    if (mask & 8) method(g, "__len__(self)", true, "return ");
    if (mask & 16) method(g, "__index__(self)", true, "return ");
    if (mask & 32) {
        line(g, "def __iter__(self):\n");
        g->indent++;
        if (pick(g, 2)) {
            mutation(g);
            line(g, "yield ");
            expr(g);
            emit(g, "\n");
            line(g, "yield from L[:5]\n");
        } else {
            line(g, "return iter(");
            expr(g);
            emit(g, ")\n");
        }
        g->indent--;
    }
    if (mask & 64) {
        line(g, "def __getattr__(self, o):\n");
        g->indent++;
        line(g, "if o.startswith('__') or %s: raise AttributeError(o)\n", pick(g, 2) ? "o == 'x'" : "False");
        mutation(g);
        line(g, "return ");
        expr(g);
        emit(g, "\n");
        g->indent--;
    }
    if (mask & 128) method(g, "__repr__(self)", true, "return ");
    if (mask & 256) method(g, "__bool__(self)", true, "return ");
    if (mask & 512) {
        line(g, "def __getitem__(self, o):\n");
        g->indent++;
        line(g, "if not isinstance(o, int) or o > 3: raise IndexError(o)\n");
        mutation(g);
        line(g, "return ");
        expr(g);
        emit(g, "\n");
        g->indent--;
    }
    if (mask & 1024) method(g, "__contains__(self, o)", true, "return ");
    if (mask & 2048) method(g, "__add__(self, o)", true, "return ");
    if (mask & 4096) method(g, "__call__(self, *o)", true, "return ");
    if (mask & 8192) {
        line(g, "def __enter__(self):\n");
        g->indent++;
        mutation(g);
        line(g, "return self\n");
        g->indent--;
        method(g, "__exit__(self, *o)", true, "return ");
    }
    if (mask & 16384) method(g, "__format__(self, o)", true, "return ");
    if (mask & 32768) {
        line(g, "def __setitem__(self, o, v):\n");
        g->indent++;
        mutation(g);
        line(g, "self.x = v\n");
        g->indent--;
    }
    g->nnames = mark;
    g->in_method = was;
    g->indent--;
}

static void func_def(gen *g, int k)
{
    int mark = g->nnames;
    line(g, "def f%d(", k);
    push_name(g, "p");
    emit(g, "%s, ", last_name(g));
    push_name(g, "p");
    emit(g, "%s=", last_name(g));
    int params = g->nnames;
    g->nnames = mark;                 /* a default sees no parameter */
    expr(g);
    g->nnames = params;
    push_name(g, "p");
    emit(g, ", *%s", last_name(g));
    push_name(g, "p");
    emit(g, ", **%s):\n", last_name(g));
    g->indent++;
    line(g, "global v0, v1, v2, v3, v4, v5\n");
    g->indent--;
    g->in_func = true;
    body(g, 4);
    g->indent++;
    line(g, "return ");
    expr(g);
    emit(g, "\n");
    g->indent--;
    g->in_func = false;
    g->nnames = mark;
}

static void gen_def(gen *g, int k)
{
    int mark = g->nnames;
    push_name(g, "n");
    line(g, "def g%d(%s):\n", k, last_name(g));
    g->indent++;
    line(g, "global v0, v1, v2, v3, v4, v5\n");
    int i = g->uniq++;
    line(g, "for _i%d in range(%s if isinstance(%s, int) and -5 < %s < 10 else 3):\n", i,
         last_name(g), last_name(g), last_name(g));
    g->in_func = g->in_gen = true;
    body(g, 3);
    line(g, "yield from ");
    expr(g);
    emit(g, "\n");
    line(g, "return ");
    expr(g);
    emit(g, "\n");
    g->in_func = g->in_gen = false;
    g->indent--;
    g->nnames = mark;
}

static const char prelude[] =
    "import sys\n"
    "L = [1, 'two', 3.0, None]\n"
    "D = {'a': 1, 2: 'b', (3,): [4]}\n"
    "S = {1, 'x', (2, 3)}\n"
    "v0, v1, v2, v3, v4, v5 = 0, 'abc', b'xy', 1.5, (1, 2), None\n"
    "class E(Exception):\n"
    "    pass\n"
    "class CM:\n"
    "    def __init__(self, s=False):\n"
    "        self.s = s\n"
    "    def __enter__(self):\n"
    "        L.append(len(L))\n"
    "        return self\n"
    "    def __exit__(self, *a):\n"
    "        L.pop() if L else None\n"
    "        return self.s\n";

char *fz_gen_program(const uint8_t *data, size_t size, size_t *len)
{
    gen g;
    memset(&g, 0, sizeof g);
    g.d = data;
    g.n = size;
    emit(&g, "%s", prelude);
    int nc = (int)pick(&g, 4), nf = (int)pick(&g, 4), ng = (int)pick(&g, 3);
    /* each definition in a try: a bad base, __slots__ or default
     * argument raises when it runs */
    for (int k = 0; k < nc; k++) {
        emit(&g, "try:\n");
        g.indent = 1;
        class_def(&g, k);
        g.indent = 0;
        emit(&g, "except Exception as _e:\n    print('E', type(_e).__name__)\n");
        g.nclass++;
    }
    for (int k = 0; k < nf; k++) {
        emit(&g, "try:\n");
        g.indent = 1;
        func_def(&g, k);
        g.indent = 0;
        emit(&g, "except Exception as _e:\n    print('E', type(_e).__name__)\n");
        g.nfunc++;
    }
    for (int k = 0; k < ng; k++) {
        emit(&g, "try:\n");
        g.indent = 1;
        gen_def(&g, k);
        g.indent = 0;
        emit(&g, "except Exception as _e:\n    print('E', type(_e).__name__)\n");
        g.ngen++;
    }
    /* top level: each statement alone in a try, until the bytes run out */
    do {
        emit(&g, "try:\n");
        body(&g, 2);
        emit(&g, "except Exception as _e:\n    print('E', type(_e).__name__)\n");
    } while (g.i < g.n && !full(&g));
    if (g.oom) {
        free(g.out);
        return NULL;
    }
    *len = g.len;
    return g.out;
}
