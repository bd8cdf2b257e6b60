# Recursion through the C fast paths of decimal (src/modules/decimal_fast.c):
# an int subclass operand sends Decimal + to _pydecimal, whose
# _convert_other calls the operand's __abs__, which adds again -- each
# level a C call into Python.  It must end in RecursionError, under the
# default limit and under a raised one, never in a crash.
import sys
from decimal import Decimal


class I(int):
    def __abs__(self):
        return Decimal(1) + I(int(self) + 1)


for limit in (1000, 100000):
    sys.setrecursionlimit(limit)
    try:
        Decimal(1) + I(0)
    except RecursionError:
        print("RecursionError")
    except MemoryError:
        print("MemoryError")
