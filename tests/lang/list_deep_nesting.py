# deeply nested lists/tuples: repr, comparison, hash raise RecursionError, not crash
import sys
def t(f):
    try:
        r = f()
        print(r if len(str(r)) < 100 else len(str(r)))
    except RecursionError as e:
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__, e)
a = []
for i in range(100000):
    a = [a]
t(lambda: repr(a))
t(lambda: str(a))
b = []
for i in range(100000):
    b = [b]
t(lambda: a == b)
t(lambda: a < b)
tt = ()
for i in range(100000):
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
