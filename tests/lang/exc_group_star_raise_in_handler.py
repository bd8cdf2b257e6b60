# An exception raised inside an except* block reaches the outer handler,
# combined with the unhandled rest of the group (regression: the compiler
# appended it to the wrong stack slot, a safety trap; found by fuzz_gen).
def show(e):
    print(type(e).__name__, e)
    for sub in getattr(e, "exceptions", ()):
        print("  ", type(sub).__name__, sub)

# (A lone exception raised from except* is wrapped in a group by 3.11.2,
# not by 3.11.4+: left out here, tests/crash/fuzz_except_star_raise.py has it.)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* TypeError as eg:
        raise KeyError("k")
except Exception as e:
    show(e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise IndexError("i")
    except* TypeError:
        raise KeyError("k")
except Exception as e:
    show(e)

# the raised exception is a bare raise of the matched group
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise
except Exception as e:
    show(e)

# in a function and a loop, many times (the stack must stay balanced)
def f(i):
    try:
        raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
    except* ValueError:
        if i % 2:
            raise RuntimeError(i)
    except* TypeError:
        pass
n = 0
for i in range(40):
    try:
        f(i)
    except Exception as e:
        n += 1
print("raised", n)
