# Deeply nested containers: repr/eq/hash must raise RecursionError, not crash.
x = []
for i in range(20000):
    x = [x]
try:
    repr(x)
except RecursionError:
    print('RecursionError')
y = []
for i in range(20000):
    y = [y]
try:
    print(x == y)
except RecursionError:
    print('RecursionError')
t = ()
for i in range(20000):
    t = (t,)
try:
    hash(t)
except RecursionError:
    print('RecursionError')
d = {}
for i in range(20000):
    d = {1: d}
try:
    repr(d)
except RecursionError:
    print('RecursionError')
