/* The Unicode character database (approximation until the generated
 * tables land). */
#include "str_internal.h"

bool sp_uc_isprintable(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xAD)
        return false;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return false;
    if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x2000 && cp <= 0x200F) || cp == 0xFEFF || cp == 0xA0 || cp == 0x3000)
        return false;
    if (cp >= 0xE000 && cp <= 0xF8FF)
        return false;
    return cp <= 0x10FFFF;
}
