# import forms: plain, dotted, as, from-import, relative, star, errors.
import vmpkg
import vmpkg.mod
import vmpkg.sibling as sib
from vmpkg.mod import f
from vmpkg import sibling, VALUE as V
from vmpkg.sub import parent_f
print(vmpkg.VALUE, vmpkg.mod.f(), sib.helper(), f(), sibling.helper(), V, parent_f())
from vmpkg import *
print(exported, "_private" in dir())
try:
    from vmpkg import missing_name
except ImportError as e:
    print("ImportError", e.name)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e)
def local_import():
    import vmpkg.sibling
    from vmpkg.sibling import helper
    return helper()
print(local_import())
if __name__ == "__main__":
    print("main guard", __name__)
