/* The malloc'd byte buffers of objspan.h. */
#include <stdlib.h>
#include "objspan.h"

bool sp_bytes_realloc(sp_bytes *b, size_t cap)
{
    /* realloc(p, 0) may return NULL after freeing p: keep one byte. */
    uint8_t *p = realloc(b->ptr, cap > 0 ? cap : 1);
    if (p == NULL)
        return false;
    *b = (sp_bytes){ p, cap };
    return true;
}

void sp_bytes_free(sp_bytes *b)
{
    free(b->ptr);
    *b = (sp_bytes){ NULL, 0 };
}
