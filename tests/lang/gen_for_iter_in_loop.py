# A for loop over a generator resumes the generator's frame in the same
# interpreter loop: exc_info, PEP 479, tracebacks, gi_running, f_back,
# re-entrancy and deep chains must behave as CPython's.
import sys


def tb_names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def count(n):
    for i in range(n):
        yield i


print(sum(x for x in count(10)), list(count(5)))
total = 0
for x in count(4):
    for y in count(x):
        total += x * y
print(total)


def stops():
    yield 1
    raise StopIteration("inner")


def use_stops():
    out = []
    for v in stops():
        out.append(v)
    return out


try:
    use_stops()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__,
          tb_names(e.__traceback__), tb_names(e.__cause__.__traceback__))


def raises():
    yield 1
    raise KeyError("k")


try:
    for v in raises():
        pass
except KeyError as e:
    print("KeyError:", e, tb_names(e.__traceback__))


def handled_inside():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


try:
    raise TypeError("outer")
except TypeError:
    for v in handled_inside():
        print("gen sees", v, "caller sees", sys.exc_info()[0].__name__)
print("after", sys.exc_info())


def running():
    yield g.gi_running
    yield sys._getframe().f_back.f_code.co_name
    try:
        next(g)
    except ValueError as e:
        yield str(e)


g = running()


def consume():
    return [v for v in g] if False else [v for v in iter(g.__next__, None)] if False else list_it()


def list_it():
    out = []
    for v in g:
        out.append(v)
    return out


print(list_it(), g.gi_running, g.gi_frame)


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for v in deep(n - 1):
        yield v


print(list(deep(200)), [v for v in deep(300)])


def returns_value():
    yield 1
    return "ignored"


for v in returns_value():
    print("got", v)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")


c = closer()
for v in c:
    print("closer", v)
    break
c.close()

gen = closer()
for v in gen:
    gen.close() if v == 2 else None
    print("close loop", v)


def breaker():
    for i in count(100):
        if i == 3:
            return i
    return None


print(breaker())


def genexpr_in_gen():
    yield from (x * 2 for x in count(3))


for v in genexpr_in_gen():
    print("yf", v)


def lim():
    yield sys.getrecursionlimit() > 0


print(list(lim()))


# yield from: SEND resumes the delegate in the loop too.
def inner():
    got = yield "first"
    got2 = yield "second:%r" % (got,)
    return "inner returned %r" % (got2,)


def outer():
    r = yield from inner()
    yield r
    r2 = yield from (yield from chain(3))
    yield r2


def chain(n):
    if n == 0:
        return count(2)
    r = yield from chain(n - 1)
    yield "level %d" % n
    return r


print(list(outer()))
o = outer()
print(next(o), o.send("A"), o.send("B"), next(o))


def inner_stop():
    yield 1
    raise StopIteration("deep")


def outer_stop():
    yield from inner_stop()


try:
    print(list(outer_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, tb_names(e.__traceback__), tb_names(e.__cause__.__traceback__))


def inner_raise():
    yield 1
    raise ValueError("from inner")


def outer_catch():
    try:
        yield from inner_raise()
    except ValueError as e:
        yield "caught " + str(e)


print(list(outer_catch()))
t = outer_catch()
next(t)
try:
    t.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)


def inner_fin():
    try:
        yield 1
        yield 2
    finally:
        print("inner_fin finally")


def outer_fin():
    yield from inner_fin()


f2 = outer_fin()
print(next(f2))
f2.close()
print("closed", f2.gi_frame)
