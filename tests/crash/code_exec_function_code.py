# exec()/eval() of code objects taken from functions, generators, coroutines,
# comprehensions and class bodies (f.__code__, co_consts).  SafePy must run
# them as CPython does -- as a call with no arguments, so a generator's code
# makes a generator and a missing parameter is a TypeError -- and must never
# run a YIELD_VALUE in a plain frame (that used to hand internal objects,
# a 'valarray', back to the program).
def gen():
    x = yield 1
    yield x
async def co():
    return 7
async def agen():
    yield 1
def cellarg(a):
    def inner():
        return a
    return inner
def kwonly(*, k):
    return k
def star(*a, **k):
    return a, k
def outer():
    v = 1
    class K:
        def m(self):
            return __class__, v
    return [v for _ in range(3)], {v: 1 for _ in ()}, (v for _ in ()), K
def walk(code):
    yield code
    for c in code.co_consts:
        if type(c) is type(code):
            yield from walk(c)
codes = []
for fn in (gen, co, agen, cellarg, kwonly, star, outer):
    codes.extend(walk(fn.__code__))
codes.extend(walk(compile("class A:\n def f(self): super()\n[x for x in y]\nlambda: (yield)", "m", "exec")))
for c in codes:
    for runner in (exec, eval):
        try:
            r = runner(c, {'y': [1]})
            print(c.co_name, runner.__name__, 'ok', type(r).__name__)
            if type(r).__name__ in ('generator', 'coroutine'):
                try:
                    print('  send', r.send(None))
                except BaseException as e:
                    print('  send', type(e).__name__, e)
                r.close()
        except BaseException as e:
            print(c.co_name, runner.__name__, type(e).__name__, e)
# The same code objects with a closure of cells, a wrong closure, locals.
def mk():
    x = 'cell'
    def g():
        return x
    return g
g = mk()
cell = g.__closure__[0]
for closure in [(cell,), (cell, cell), (), None, [cell], (1,), 'x']:
    try:
        r = exec(g.__code__, {}, None, closure=closure)
        print('closure', type(closure).__name__, 'ok', r)
    except TypeError as e:
        print('closure', type(closure).__name__, 'TypeError', e)
print(exec(gen.__code__, {}, {}, closure=None))
try:
    exec(gen.__code__, {}, {}, closure=(cell,))
except TypeError as e:
    print('TypeError', e)
