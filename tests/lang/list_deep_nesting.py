# deeply nested lists/tuples: repr, comparison, hash raise RecursionError, not crash
import sys
# Depths past CPython's recursion limit but far from SafePy's C-stack guard
# differ (see docs/differences.md); these depths behave the same in both.
DEEP = 300
def t(f):
    try:
        r = f()
        print(r if len(str(r)) < 100 else len(str(r)))
    except RecursionError as e:
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__, e)
a = []
for i in range(DEEP):
    a = [a]
t(lambda: repr(a))
t(lambda: str(a))
b = []
for i in range(DEEP):
    b = [b]
t(lambda: a == b)
t(lambda: a < b)
tt = ()
for i in range(DEEP):
    tt = (tt,)
t(lambda: repr(tt))
t(lambda: tt == tt)
small = []
for i in range(200):
    small = [small]
t(lambda: repr(small))
t(lambda: small == small)
c = []
for i in range(200):
    c = [c]
t(lambda: small == c)
