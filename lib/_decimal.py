"""_decimal for SafePy: the stdlib's pure-Python _pydecimal, with C fast
paths (the _decimal_fast module) installed on its own Decimal class for
multiplication, addition, subtraction, quantize, str and repr.  The
representation and every other method stay _pydecimal's; a fast path that
can't prove its result and signals equal to _pydecimal's calls the Python
method it replaced.  decimal.py imports from here as it would from
CPython's C _decimal."""

import _pydecimal
from _pydecimal import *
from _pydecimal import __all__, __doc__, __version__, __libmpdec_version__

import _decimal_fast

_decimal_fast.install(_pydecimal)
del _decimal_fast
