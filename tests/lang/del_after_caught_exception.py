# An exception raised by C code (a dict lookup, int(), a method of a
# built-in) and caught by the program must not keep the frames of its
# traceback -- and their locals -- alive afterwards: the interpreter held
# the last one in vm->exc and in C locals of the loop for as long as the
# module ran, so __del__ and weak reference callbacks of objects those
# frames reached were delayed until some later raise.  Also an exception
# raised by a __del__ (its traceback reaches the finalized object).
import gc, io, sys, weakref

class O:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

def lookup():
    x = O("dict lookup")
    try:
        {}[1]
    except KeyError:
        pass

def convert():
    x = O("int()")
    try:
        int("nope")
    except ValueError as e:
        pass

def nested():
    def inner():
        y = O("two frames")
        [].pop()
    try:
        inner()
    except IndexError:
        pass

for f in (lookup, convert, nested):
    f()
    gc.collect()
    print("collected after", f.__name__)

class Raiser:
    def __del__(self):
        raise RuntimeError("from __del__")

class Target:
    pass

sys.stderr = io.StringIO()
try:
    r = Raiser()
    r.target = Target()
    ref = weakref.ref(r.target)
    del r
    gc.collect()
    gc.collect()
finally:
    sys.stderr = sys.__stderr__
print("target freed:", ref() is None)
