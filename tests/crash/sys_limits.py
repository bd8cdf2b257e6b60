# sys functions with extreme arguments
import sys
for v in [10**100, -1, 0, 2**31, 2**63]:
    try:
        sys.setrecursionlimit(v)
    except (ValueError, OverflowError, RecursionError) as e:
        print(type(e).__name__)
sys.setrecursionlimit(100000)
def f(n):
    return f(n + 1) if n < 10**9 else n
try:
    f(0)
except RecursionError:
    print('RecursionError')
sys.setrecursionlimit(1000)
for code in [None, 0, 'msg', [1], 2**100]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print('exit', type(e.code).__name__)
print(sys.getsizeof([]) > 0, sys.intern('x' * 10000) == 'x' * 10000)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
sys.exit(2**100)
