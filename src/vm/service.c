/* Safe points: where the interpreter loop lets the VM do what can't be
 * done at an arbitrary moment.
 *
 * The loop decrements vm->ticks at every backward jump, every inline
 * Python call and every frame entered from C (sp_eval_frame); when the
 * count runs out it saves the frame and calls sp_vm_service.  So every
 * loop and every recursion of Python code reaches a safe point.  What
 * runs there: the callbacks of weak references whose referent died
 * (they are Python code and can't run inside the collector).
 */
#include "sp.h"
#include "modules/weakref.h"

/* Ticks between two services when nothing asks for one earlier. */
#define SP_SERVICE_PERIOD 4096

void sp_vm_service(sp_vm *vm)
{
    vm->ticks = SP_SERVICE_PERIOD;
    if (vm->weak_pending > 0)
        sp_weakref_run_pending(vm);
    sp_run_finalizers(vm);
}
