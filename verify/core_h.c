/* The inline functions of src/core/core.h and objspan.h, proved once here
 * (every other unit only uses them, through their contracts). */
#include "core.h"
#include "objspan.h"
