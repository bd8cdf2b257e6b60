# Circular imports: partially initialised modules
import imp_helpers.circ_a as a
print(a.A, a.use())
try:
    import imp_helpers.circ_x
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
