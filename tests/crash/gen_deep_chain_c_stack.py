# A 15,000-deep `yield from` chain with the recursion limit lifted:
# next / send / throw / close recurse in C once per level, so the C-stack
# guard must stop them with RecursionError (CPython 3.11 segfaults on
# deep enough chains).  Each operation gets a fresh chain.
import sys
sys.setrecursionlimit(10**6)
def leaf():
    try:
        yield 1
    except KeyError:
        yield 2
def link(inner):
    return (yield from inner)
def chain(n):
    g = leaf()
    for _ in range(n):
        g = link(g)
    return g
N = 15000
g = chain(N)
try:
    print(next(g))
except RecursionError as e:
    print('next', 'RecursionError', e)
# the chain died with the error: it is finished now
for op in ('send', 'throw', 'close'):
    try:
        if op == 'send':
            g.send(None)
        elif op == 'throw':
            g.throw(KeyError)
        else:
            print('close', g.close())
    except (StopIteration, KeyError) as e:
        print(op, type(e).__name__)
# a chain started from the bottom up (each level alive and suspended):
# then throw / close go down the whole chain
g = leaf()
next(g)
for i in range(N):
    g = link(g)
    if i % 1000 == 0:
        pass
try:
    print('send', g.send(None))
except (RecursionError, StopIteration) as e:
    print('send', type(e).__name__)
g = leaf()
for i in range(N):
    g = link(g)
try:
    g.close()
    print('close ok')
except RecursionError as e:
    print('close', 'RecursionError')
print('done')
