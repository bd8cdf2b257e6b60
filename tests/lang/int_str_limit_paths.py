# the digit limit on every int <-> str path (4300 digits; the sign is not counted)
import sys
def show(f):
    try:
        r = f()
        print(r if len(str(r)) < 60 else ("len", len(str(r))))
    except ValueError as e:
        print(type(e).__name__, str(e)[:90])
v = 10 ** 4299
show(lambda: len(str(v)))
show(lambda: len(str(-v)))
show(lambda: len(str(v * 10)))
show(lambda: len(str(-(v * 10) + 1)))
show(lambda: len(repr([v * 10])))
show(lambda: len("%s" % (v * 10)))
show(lambda: len("%i" % (v * 10)))
show(lambda: len("{}".format(v * 10)))
show(lambda: len(f"{v * 10:,}"))
show(lambda: len(format(v * 10, "_")))
show(lambda: len("%x" % (v * 10)))
show(lambda: len(f"{v * 10:b}"))
show(lambda: int("-" + "9" * 4300) < 0)
show(lambda: int("+" + "9" * 4301))
show(lambda: int(b"9" * 4301))
show(lambda: int(bytearray(b"9" * 4301)))
show(lambda: int("9" * 4301, 10))
show(lambda: int("9" * 4301, 0))
show(lambda: int("9" * 4301, 32) > 0)
show(lambda: int("9" * 4301, 12))
show(lambda: int("_".join("9" * 4301)))
show(lambda: float("9" * 4301) if False else "skip")
class I(int):
    pass
show(lambda: len(str(I(v * 10))))
sys.set_int_max_str_digits(0)
show(lambda: len(str(v * 10)))
show(lambda: int("9" * 5000) > 0)
sys.set_int_max_str_digits(4300)
show(lambda: len(str(v * 10)))
