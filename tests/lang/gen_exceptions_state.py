# Exceptions inside generators: sys.exc_info across yields, errors escaping,
# a finished generator after an exception.
import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g()
print(repr(next(it)))
print(repr(sys.exc_info()[1]))
print(repr(next(it)))
print(repr(next(it)))

def bad():
    yield 1
    raise KeyError("escaped")
it = bad()
print(next(it))
try:
    next(it)
except KeyError as e:
    print("caught", e)
print(list(it))

def gen_return_in_finally():
    try:
        yield 1
    finally:
        return
it = gen_return_in_finally()
next(it)
print(it.close())

def running():
    yield me.gi_running
me = running()
print(next(me), me.gi_running, me.gi_frame is not None)
print(list(me), me.gi_frame)
