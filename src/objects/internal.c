/* The internal storage types: valarray (GC'd array of values, behind
 * lists, dicts, ...) and rawbuf (GC'd bytes).  Never visible to Python. */
#include "sp.h"

static void valarray_trace(sp_heap *h, sp_obj *o)
{
    sp_vals items = sp_valarray_span((sp_valarray *)o);
    for (size_t i = 0; i < items.len; i++)
        sp_gc_mark(h, sp_vals_get(items, i));
}

const sp_typedef sp_valarray_def = {
    .name = "valarray",
    .layout = SP_LAYOUT_VALARRAY,
    .size = sizeof(sp_valarray),
    .trace = valarray_trace,
    .flags = SP_TF_NOINSTANCE,
};

const sp_typedef sp_rawbuf_def = {
    .name = "rawbuf",
    .layout = SP_LAYOUT_RAWBUF,
    .size = sizeof(sp_rawbuf),
    .flags = SP_TF_NOINSTANCE,
};
