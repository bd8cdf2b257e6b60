# repr/str/format of bools, and bool as int in formatting and indexing
print(repr(True), str(False), True.__repr__(), False.__str__(), bool.__repr__(True), int.__repr__(True), int.__str__(False))
print("%s %r %d %i %x %o %e %f %5d|%-5d|" % (True, False, True, False, True, True, True, False, True, True))
print("{} {!r} {:d} {:b} {:>5} {:<6}|{:^7}|{:05}".format(True, False, True, True, True, False, True, True))
print(f"{True!s:>8}|{False!r:<8}|{True:+d}|{True:x}|{True:.2f}|{False:e}|{True:%}|{True:g}")
print(format(True), format(False, ""), format(True, "s") if False else "", format(True, "10"), format(True, "<10") + "|")
for spec in ("s", "c", "n", ",", "_", "#x", "08b"):
    try:
        print(spec, repr(format(True, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(str([True, False]), str((True,)), str({True: False}), repr({False}))
print(True.__format__(""), True.__format__("d"), int.__format__(True, ""))
print(type(True).__name__, type(True).__qualname__, type(True).__module__)
