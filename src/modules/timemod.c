/* The time module: clocks from the platform layer, struct_time, and the
 * calendar arithmetic of gmtime/mktime/strftime done here (proleptic
 * Gregorian, days from civil dates and back).  Local time is UTC: SafePy
 * does not read the system's time zone database (time.timezone == 0). */
#include "sp.h"
#include "modules/sysio.h"
#include "modules/modules.h"
#include "platform/platform_os.h"

static const char *const wday_abbr = "MonTueWedThuFriSatSun";
static const char *const wday_full[7] = { "Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday" };
static const char *const mon_abbr = "JanFebMarAprMayJunJulAugSepOctNovDec";

typedef struct tm_fields {
    int64_t year, mon, mday, hour, min, sec, wday, yday, isdst;
} tm_fields;

/* Days since 1970-01-01 of a civil date (month 1..12). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static tm_fields fields_from_seconds(int64_t t)
{
    tm_fields f;
    int64_t days = t / 86400, rem = t % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    f.hour = rem / 3600;
    f.min = rem % 3600 / 60;
    f.sec = rem % 60;
    f.wday = ((days % 7) + 7 + 3) % 7;   /* 1970-01-01 was a Thursday (3) */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    f.mday = doy - (153 * mp + 2) / 5 + 1;
    f.mon = mp < 10 ? mp + 3 : mp - 9;
    f.year = y + (f.mon <= 2);
    f.yday = days - days_from_civil(f.year, 1, 1) + 1;
    f.isdst = 0;
    return f;
}

static sp_val struct_time_class(sp_vm *vm)
{
    sp_val cls = sp_dict_get_cstr(vm, vm->registry, "time.struct_time");
    if (cls == NULL) {
        cls = sp_structseq_class(vm, "time", "struct_time",
                                 sp_names_tuple(vm, "tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst"));
        sp_type_set_attr_cstr(vm, sp_as_type(cls), "tm_zone", sp_str_from_cstr(vm, "UTC"));
        sp_type_set_attr_cstr(vm, sp_as_type(cls), "tm_gmtoff", sp_small(0));
        sp_dict_set_cstr(vm, vm->registry, "time.struct_time", cls);
    }
    return cls;
}

static sp_val make_struct_time(sp_vm *vm, tm_fields f)
{
    sp_val t = sp_tuple_new(vm, 9);
    int64_t v[9] = { f.year, f.mon, f.mday, f.hour, f.min, f.sec, f.wday, f.yday, f.isdst };
    sp_i64s vs = SP_ARRAY_SPAN(sp_i64s, v);
    for (size_t i = 0; i < 9; i++)
        sp_tuple_set(t, i, sp_int_from_i64(vm, sp_i64s_get(vs, i)));
    return sp_call1(vm, struct_time_class(vm), t);
}

/* A struct_time or 9-tuple argument. */
static tm_fields fields_from_tuple(sp_vm *vm, sp_val t, const char *fname)
{
    if (!sp_isinstance(vm, t, vm->t.tuple))
        sp_raise_fmt(vm, vm->e.TypeError, "Tuple or struct_time argument required");
    if (sp_len(vm, t) != 9)
        sp_raise_fmt(vm, vm->e.TypeError, "%s(): illegal time tuple argument", fname);
    int64_t v[9];
    sp_i64s vs = SP_ARRAY_SPAN(sp_i64s, v);
    for (size_t i = 0; i < 9; i++)
        sp_i64s_set(vs, i, sp_int_as_i64(vm, sp_index(vm, sp_getitem(vm, t, sp_small((int64_t)i)))));
    tm_fields f = { sp_i64s_get(vs, 0), sp_i64s_get(vs, 1), sp_i64s_get(vs, 2), sp_i64s_get(vs, 3),
                    sp_i64s_get(vs, 4), sp_i64s_get(vs, 5), sp_i64s_get(vs, 6), sp_i64s_get(vs, 7),
                    sp_i64s_get(vs, 8) };
    return f;
}

static double now_seconds(sp_vm *vm) { return (double)vm->platform->time_ns() / 1e9; }

/* seconds argument (None: now) as whole seconds */
static int64_t seconds_arg(sp_vm *vm, sp_vals args)
{
    if (args.len == 0 || sp_vals_get(args, 0) == vm->None)
        return vm->platform->time_ns() / 1000000000;
    sp_val v = sp_vals_get(args, 0);
    if (sp_is_float(v)) {
        double d = sp_float_get(v);
        if (!(d > -1e15 && d < 1e15))
            sp_raise_fmt(vm, vm->e.OverflowError, "timestamp out of range for platform time_t");
        int64_t s = (int64_t)d;
        if ((double)s > d)
            s--;
        return s;
    }
    return sp_int_as_i64(vm, sp_index(vm, v));
}

static sp_val t_time(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_float_new(vm, now_seconds(vm)); }
static sp_val t_time_ns(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_int_from_i64(vm, vm->platform->time_ns()); }
static sp_val t_monotonic(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_float_new(vm, (double)vm->platform->monotonic_ns() / 1e9); }
static sp_val t_monotonic_ns(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_int_from_i64(vm, vm->platform->monotonic_ns()); }
static sp_val t_process_time(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_float_new(vm, (double)vm->platform->cpu_ns() / 1e9); }
static sp_val t_process_time_ns(sp_vm *vm, sp_vals args, sp_val kwnames) { return sp_int_from_i64(vm, vm->platform->cpu_ns()); }

static sp_val t_sleep(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "sleep", args, kwnames, 1, 1);
    sp_val v = sp_vals_get(args, 0);
    double secs = sp_is_float(v) ? sp_float_get(v) : (double)sp_int_as_i64(vm, sp_index(vm, v));
    if (secs < 0)
        sp_raise_fmt(vm, vm->e.ValueError, "sleep length must be non-negative");
    if (!(secs < 1e9))
        sp_raise_fmt(vm, vm->e.OverflowError, "sleep length is too large");
    sp_io_flush_std(vm);
    const sp_platform_os *os = vm->platform->name != NULL &&
        sp_cbytes_eq(sp_cbytes_of_cstr(vm->platform->name), sp_cbytes_of_cstr("posix")) ? sp_platform_posix_os() : NULL;
    if (os == NULL || os->sleep_ns == NULL)
        sp_raise_os(vm, 38 /* ENOSYS */, NULL);
    int64_t ns = (int64_t)(secs * 1e9);
    /* Under a time limit, sleep no further than the deadline, then let the
     * limit check raise ResourceLimitError. */
    bool capped = false;
    if (vm->max_time_ns != 0) {
        int64_t left = vm->deadline_ns - vm->platform->monotonic_ns();
        if (ns >= left) {
            ns = left > 0 ? left : 0;
            capped = true;
        }
    }
    int r = ns > 0 ? os->sleep_ns(ns) : 0;
    if (capped)
        sp_vm_poll_slow(vm);
    if (r < 0)
        sp_raise_os(vm, r, NULL);
    return vm->None;
}

static sp_val t_gmtime(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "gmtime", args, kwnames, 0, 1);
    return make_struct_time(vm, fields_from_seconds(seconds_arg(vm, args)));
}

static sp_val t_mktime(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "mktime", args, kwnames, 1, 1);
    tm_fields f = fields_from_tuple(vm, sp_vals_get(args, 0), "mktime");
    int64_t days = days_from_civil(f.year, 1, 1);
    /* month overflow as C's mktime normalises it */
    int64_t y = f.year + (f.mon - 1) / 12, m = (f.mon - 1) % 12 + 1;
    if (m < 1) {
        m += 12;
        y--;
    }
    days = days_from_civil(y, m, 1) + f.mday - 1;
    int64_t t = days * 86400 + f.hour * 3600 + f.min * 60 + f.sec;
    return sp_float_new(vm, (double)t);
}

static void add_num(sp_vm *vm, sp_strbuf *b, int64_t v, int width, char pad)
{
    char buf[24];
    sp_bytes out = SP_BYTES(buf);
    size_t n = 0;
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        sp_bytes_set(out, n++, (uint8_t)('0' + u % 10));
        u /= 10;
    } while (u != 0 && n < 20);
    while ((int)n < width && n < 20)
        sp_bytes_set(out, n++, (uint8_t)pad);
    if (neg)
        sp_strbuf_add_cstr(vm, b, "-");
    for (size_t i = n; i > 0; i--) {
        char c[2] = { (char)sp_bytes_get(out, i - 1), 0 };
        sp_strbuf_add_cstr(vm, b, c);
    }
}

static void add_sub(sp_vm *vm, sp_strbuf *b, const char *table, int64_t idx)
{
    sp_cbytes t = sp_cbytes_of_cstr(table);
    if (idx < 0 || (size_t)idx * 3 + 3 > t.len)
        return;
    sp_strbuf_add(vm, b, sp_cbytes_sub(t, (size_t)idx * 3, 3));
}

static void format_time(sp_vm *vm, sp_strbuf *b, sp_cbytes fmt, tm_fields f)
{
    for (size_t i = 0; i < fmt.len; i++) {
        uint8_t c = sp_cbytes_get(fmt, i);
        if (c != '%' || i + 1 == fmt.len) {
            sp_strbuf_add(vm, b, sp_cbytes_sub(fmt, i, 1));
            continue;
        }
        uint8_t d = sp_cbytes_get(fmt, ++i);
        int64_t wd = ((f.wday % 7) + 7) % 7, mo = f.mon - 1;
        switch (d) {
        case 'Y': add_num(vm, b, f.year, 4, '0'); break;
        case 'y': add_num(vm, b, ((f.year % 100) + 100) % 100, 2, '0'); break;
        case 'm': add_num(vm, b, f.mon, 2, '0'); break;
        case 'd': add_num(vm, b, f.mday, 2, '0'); break;
        case 'e': add_num(vm, b, f.mday, 2, ' '); break;
        case 'H': add_num(vm, b, f.hour, 2, '0'); break;
        case 'I': add_num(vm, b, f.hour % 12 == 0 ? 12 : f.hour % 12, 2, '0'); break;
        case 'M': add_num(vm, b, f.min, 2, '0'); break;
        case 'S': add_num(vm, b, f.sec, 2, '0'); break;
        case 'j': add_num(vm, b, f.yday, 3, '0'); break;
        case 'w': add_num(vm, b, (wd + 1) % 7, 1, '0'); break;
        case 'u': add_num(vm, b, wd + 1, 1, '0'); break;
        case 'p': sp_strbuf_add_cstr(vm, b, f.hour < 12 ? "AM" : "PM"); break;
        case 'a': add_sub(vm, b, wday_abbr, wd); break;
        case 'b': case 'h': add_sub(vm, b, mon_abbr, mo); break;
        case 'A':
            for (int k = 0; k < 7; k++)
                if (k == wd)
                    sp_strbuf_add_cstr(vm, b, k == 0 ? wday_full[0] : k == 1 ? wday_full[1] : k == 2 ? wday_full[2]
                                       : k == 3 ? wday_full[3] : k == 4 ? wday_full[4] : k == 5 ? wday_full[5] : wday_full[6]);
            break;
        case 'B':
            for (int k = 0; k < 12; k++)
                if (k == mo) {
                    sp_strbuf_add_cstr(vm, b, k < 6 ? (k == 0 ? "January" : k == 1 ? "February" : k == 2 ? "March"
                                                       : k == 3 ? "April" : k == 4 ? "May" : "June")
                                                    : (k == 6 ? "July" : k == 7 ? "August" : k == 8 ? "September"
                                                       : k == 9 ? "October" : k == 10 ? "November" : "December"));
                }
            break;
        case 'Z': sp_strbuf_add_cstr(vm, b, "UTC"); break;
        case 'z': sp_strbuf_add_cstr(vm, b, "+0000"); break;
        case 'c': format_time(vm, b, sp_cbytes_of_cstr("%a %b %e %H:%M:%S %Y"), f); break;
        case 'x': format_time(vm, b, sp_cbytes_of_cstr("%m/%d/%y"), f); break;
        case 'X': format_time(vm, b, sp_cbytes_of_cstr("%H:%M:%S"), f); break;
        case 'D': format_time(vm, b, sp_cbytes_of_cstr("%m/%d/%y"), f); break;
        case 'F': format_time(vm, b, sp_cbytes_of_cstr("%Y-%m-%d"), f); break;
        case 'T': format_time(vm, b, sp_cbytes_of_cstr("%H:%M:%S"), f); break;
        case 'R': format_time(vm, b, sp_cbytes_of_cstr("%H:%M"), f); break;
        case 'n': sp_strbuf_add_cstr(vm, b, "\n"); break;
        case 't': sp_strbuf_add_cstr(vm, b, "\t"); break;
        case '%': sp_strbuf_add_cstr(vm, b, "%"); break;
        default:
            sp_strbuf_add(vm, b, sp_cbytes_sub(fmt, i - 1, 2));
            break;
        }
    }
}

static sp_val t_strftime(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "strftime", args, kwnames, 1, 2);
    sp_val fmt = sp_vals_get(args, 0);
    sp_expect_str(vm, fmt, "strftime() argument 1");
    tm_fields f = args.len > 1 ? fields_from_tuple(vm, sp_vals_get(args, 1), "strftime")
                               : fields_from_seconds(vm->platform->time_ns() / 1000000000);
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 32);
    format_time(vm, &b, sp_str_bytes(fmt), f);
    return sp_strbuf_finish(vm, &b);
}

static sp_val asctime_of(sp_vm *vm, tm_fields f)
{
    sp_strbuf b;
    sp_strbuf_init(vm, &b, 32);
    format_time(vm, &b, sp_cbytes_of_cstr("%a %b %e %H:%M:%S %Y"), f);
    return sp_strbuf_finish(vm, &b);
}

static sp_val t_asctime(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "asctime", args, kwnames, 0, 1);
    tm_fields f = args.len > 0 ? fields_from_tuple(vm, sp_vals_get(args, 0), "asctime")
                               : fields_from_seconds(vm->platform->time_ns() / 1000000000);
    return asctime_of(vm, f);
}

static sp_val t_ctime(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "ctime", args, kwnames, 0, 1);
    return asctime_of(vm, fields_from_seconds(seconds_arg(vm, args)));
}

static sp_val t_get_clock_info(sp_vm *vm, sp_vals args, sp_val kwnames)
{
    sp_check_nargs(vm, "get_clock_info", args, kwnames, 1, 1);
    sp_val name = sp_vals_get(args, 0);
    sp_expect_str(vm, name, "get_clock_info() argument 1");
    bool mono = !sp_str_eq_cstr(name, "time");
    if (!sp_str_eq_cstr(name, "time") && !sp_str_eq_cstr(name, "monotonic") &&
        !sp_str_eq_cstr(name, "perf_counter") && !sp_str_eq_cstr(name, "process_time") &&
        !sp_str_eq_cstr(name, "thread_time"))
        sp_raise_fmt(vm, vm->e.ValueError, "unknown clock");
    sp_val ns = sp_simple_namespace_new(vm);
    sp_setattr(vm, ns, sp_intern_cstr(vm, "implementation"),
               sp_str_from_cstr(vm, mono ? "clock_gettime(CLOCK_MONOTONIC)" : "clock_gettime(CLOCK_REALTIME)"));
    sp_setattr(vm, ns, sp_intern_cstr(vm, "monotonic"), sp_bool(vm, mono));
    sp_setattr(vm, ns, sp_intern_cstr(vm, "adjustable"), sp_bool(vm, !mono));
    sp_setattr(vm, ns, sp_intern_cstr(vm, "resolution"), sp_float_new(vm, 1e-09));
    return ns;
}

static const sp_methoddef time_functions[] = {
    { "time", t_time, 0, NULL },
    { "time_ns", t_time_ns, 0, NULL },
    { "monotonic", t_monotonic, 0, NULL },
    { "monotonic_ns", t_monotonic_ns, 0, NULL },
    { "perf_counter", t_monotonic, 0, NULL },
    { "perf_counter_ns", t_monotonic_ns, 0, NULL },
    { "process_time", t_process_time, 0, NULL },
    { "process_time_ns", t_process_time_ns, 0, NULL },
    { "thread_time", t_process_time, 0, NULL },
    { "thread_time_ns", t_process_time_ns, 0, NULL },
    { "sleep", t_sleep, 0, NULL },
    { "gmtime", t_gmtime, 0, NULL },
    { "localtime", t_gmtime, 0, NULL },
    { "mktime", t_mktime, 0, NULL },
    { "strftime", t_strftime, 0, NULL },
    { "asctime", t_asctime, 0, NULL },
    { "ctime", t_ctime, 0, NULL },
    { "get_clock_info", t_get_clock_info, 0, NULL },
    { NULL, NULL, 0, NULL },
};

sp_val sp_module_init_time(sp_vm *vm)
{
    sp_val m = sp_module_new(vm, sp_str_from_cstr(vm, "time"));
    sp_module_add_methods(vm, m, time_functions);
    sp_module_add(vm, m, "struct_time", struct_time_class(vm));
    sp_module_add(vm, m, "timezone", sp_small(0));
    sp_module_add(vm, m, "altzone", sp_small(0));
    sp_module_add(vm, m, "daylight", sp_small(0));
    sp_module_add(vm, m, "tzname", sp_tuple_pack2(vm, sp_str_from_cstr(vm, "UTC"), sp_str_from_cstr(vm, "UTC")));
    return m;
}
