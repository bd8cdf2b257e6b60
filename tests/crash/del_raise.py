# __del__ raising: any exception (including SystemExit and KeyboardInterrupt)
# is reported on stderr ("Exception ignored in") and the program goes on;
# __del__ set to None or to a non-callable is reported the same way.
import gc

class Raiser:
    def __init__(self, exc):
        self.exc = exc
    def __del__(self):
        raise self.exc

for exc in (ValueError("v"), ZeroDivisionError, SystemExit(3), KeyboardInterrupt,
            MemoryError, RecursionError("deep"), GeneratorExit):
    Raiser(exc)
gc.collect()
print("after raisers")

class Deep:
    def __del__(self):
        def f(n):
            return f(n + 1)
        f(0)
Deep(); gc.collect()
print("after recursion in __del__")

class NoneDel:
    __del__ = None
class IntDel:
    __del__ = 42
NoneDel(); IntDel(); gc.collect()
print("after bad __del__")

class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr fails too")
    def __del__(self):
        raise ValueError(self)
BadRepr(); gc.collect()

class TypeErr:
    def __del__(self, extra):      # wrong signature
        pass
TypeErr(); gc.collect()
print("end")
