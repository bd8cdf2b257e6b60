# A randomized differential check of Decimal *, +, -, quantize, str and
# repr (SafePy's C fast paths, src/modules/decimal_fast.c): a fixed seed,
# 1,500 operations (decimal_helpers/random_ops.py).
from decimal_helpers.random_ops import run

run(20261205, "*+-qqsrRm")
