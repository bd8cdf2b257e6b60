# Deep `yield from` chains (2000 levels): send / throw / close travel
# down the whole chain and back; a chain whose innermost generator
# closes the outermost; gi_yieldfrom walked to the bottom.  Must not
# overflow the C stack (RecursionError is acceptable), must not hang.
import sys
def leaf():
    try:
        x = yield 'leaf'
        while True:
            x = yield x * 2
    except KeyError:
        yield 'leaf caught'
    finally:
        pass
def link(inner):
    return (yield from inner)
def chain(n):
    g = leaf()
    for _ in range(n):
        g = link(g)
    return g
for n in (10, 500, 2000):
    g = chain(n)
    try:
        print(n, next(g), g.send(21))
        try:
            # CPython: 'leaf caught'.  SafePy: the KeyError is raised in the
            # outer link and escapes (findings/gcsem.md item 5)
            print(g.throw(KeyError('k')))
        except KeyError:
            print('KeyError escaped')
        depth = 0
        x = g
        while x.gi_yieldfrom is not None:
            x = x.gi_yieldfrom
            depth += 1
        print('depth', depth)
        g.close()
        print('closed', g.gi_frame is None)
    except RecursionError as e:
        print(n, 'RecursionError')
# the innermost generator closes / sends to the outermost
def bottom():
    try:
        top.close()
    except ValueError as e:
        print('close top:', e)
    try:
        top.send(None)
    except ValueError as e:
        print('send top:', e)
    yield 'bottom'
top = bottom()
for _ in range(300):
    top = link(top)
print(next(top))
# StopIteration values travel up the chain
def ret():
    return 'value'
    yield
g = ret()
for _ in range(300):
    g = link(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
# throwing into the chain a non-exception
g = chain(50)
next(g)
try:
    g.throw(3)
except TypeError as e:
    print(type(e).__name__, e)
g.close()
