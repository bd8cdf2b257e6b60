# A second randomized differential check of Decimal (another seed), with
# comparisons and hash besides *, +, -, quantize, str and repr (SafePy's C
# fast paths, src/modules/decimal_fast.c; decimal_helpers/random_ops.py).
from decimal_helpers.random_ops import run

run(5122026, "*+-qqsrRmcch")
