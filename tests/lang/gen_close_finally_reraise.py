# close()/throw() with finally blocks, GeneratorExit, re-raise after yield.
import sys
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("finally in g")
it = g()
print(next(it))
it.close()
print(it.gi_frame)
def h():
    yield from g()
it = h()
next(it)
it.close()
def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
it = raiser()
next(it)
try:
    it.close()
except ValueError as e:
    print("close raised", e)
def ctx_in_gen():
    try:
        raise KeyError("a")
    except KeyError:
        yield sys.exc_info()[0].__name__
        raise
it = ctx_in_gen()
print(next(it))
try:
    next(it)
except KeyError as e:
    print("reraised after yield", e)
print(sys.exc_info())
def throw_type():
    try:
        yield
    except Exception as e:
        yield repr(e)
it = throw_type(); next(it)
print(it.throw(ValueError, ValueError(3)))
it = throw_type(); next(it)
print(it.throw(TypeError("x")))
def ret_value():
    x = yield
    return x * 2
it = ret_value(); next(it)
try:
    it.send(21)
except StopIteration as e:
    print(e.value, e.args)
def yf_ret():
    v = yield from ret_value()
    yield v
it = yf_ret(); next(it); print(it.send(5))
gen = (x for x in range(3))
print(next(gen), list(gen), list(gen))
def gen_send_none_first():
    got = yield "first"
    yield got
it = gen_send_none_first()
print(it.send(None), it.send("second"))
