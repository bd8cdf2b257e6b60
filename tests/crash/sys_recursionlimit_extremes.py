# sys.setrecursionlimit at its extremes (0, 1, 2, negative, 2**31, 2**63,
# huge), each followed by deep Python code and recursion through C
# (repr, __getattr__, a nested list): a clean RecursionError/ValueError,
# never a C-stack overflow.  (Pure Python recursion runs on the heap, so
# under a huge limit it would only stop at the heap cap: it is tried with
# the limits up to 5000.)
import sys
import posix
# Under GC stress (a collection per allocation) the recursions that only
# stop at the C-stack guard take minutes: there, huge limits are only set.
stress = posix.environ.get(b'SAFEPY_GC_STRESS', b'0') not in (b'', b'0')
def deep(n):
    return deep(n + 1)
class R:
    def __repr__(self):
        return repr(self)
class G:
    def __getattr__(self, name):
        return getattr(self, name)
nested = []
for i in range(500 if stress else 100000):
    nested = [nested]
for limit in ((0, -1, 2 ** 31, 2 ** 63) if stress else
              (0, 1, 2, 5, -1, -(2 ** 31), 2 ** 31, 2 ** 31 - 1, 2 ** 63, 10 ** 30, 5000)):
    try:
        sys.setrecursionlimit(limit)
        print(limit, 'set', sys.getrecursionlimit() == limit)
    except (ValueError, OverflowError, RecursionError) as e:
        print(limit, type(e).__name__)
    for label, fn in (('deep', lambda: deep(0)), ('repr', lambda: repr(R())), ('getattr', lambda: G().x),
                      ('nested list repr', lambda: repr(nested))):
        if (label == 'deep' or stress) and sys.getrecursionlimit() > 5000:
            continue
        try:
            fn()
            print('  ', label, 'returned')
        except RecursionError:
            print('  ', label, 'RecursionError')
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
