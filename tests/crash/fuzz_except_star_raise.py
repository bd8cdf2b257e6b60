# Attack: an exception raised inside an except* block (found by fuzz_gen).
# The compiler's handler path appended the new exception to the wrong stack
# slot (the original group instead of the list of raised exceptions): a
# safety trap "bad downcast to sp_list_obj".  Must: the raised exception
# reaches the outer handler, combined with the unhandled rest as CPython does.
def show(e):
    print(type(e).__name__, e)
    for sub in getattr(e, "exceptions", ()):
        print("  ", type(sub).__name__, sub)

try:
    try:
        raise ExceptionGroup("g", [TypeError(2)])
    except* TypeError:
        1 / 0
except Exception as e:
    show(e)
    print(type(e.__context__).__name__)

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
