# A generator that calls next / send / throw / close on itself while it
# runs: each must raise ValueError("generator already executing"), and
# the generator must stay usable / finish properly afterwards.
def make(op):
    def g():
        for i in range(3):
            try:
                op(me)
            except ValueError as e:
                print(op.__name__, type(e).__name__, e)
            yield i
    me = g()
    return me
def do_next(x):
    next(x)
def do_send(x):
    x.send(1)
def do_throw(x):
    x.throw(KeyError('k'))
def do_close(x):
    x.close()
def do_list(x):
    list(x)
def do_yield_from(x):
    def h():
        yield from x
    next(h())
for op in (do_next, do_send, do_throw, do_close, do_list, do_yield_from):
    g = make(op)
    print(list(g))
    print(g.gi_running, g.gi_frame is None)
# close() from inside a finally block run by close()
def closer():
    try:
        yield 1
    finally:
        try:
            c.close()
        except ValueError as e:
            print('finally', e)
c = closer()
next(c)
c.close()
print('closed', c.gi_frame is None)
# throw() from inside the except block that handles a throw()
def thrower():
    while True:
        try:
            yield
        except KeyError:
            try:
                t.throw(IndexError)
            except ValueError as e:
                print('nested throw', e)
t = thrower()
next(t)
t.throw(KeyError)
t.close()
# two generators that resume each other
def ping():
    while True:
        try:
            yield next(po)
        except ValueError as e:
            print('ping', e)
            return
def pong():
    while True:
        yield next(pi)
pi = ping()
po = pong()
try:
    next(pi)
except ValueError as e:
    print('outer', e)
except StopIteration as e:
    print('StopIteration', e.args)
print('done')
