# send(), throw(), close() and GeneratorExit.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield 3
g = catcher()
print(next(g), g.throw(ValueError("boom")), next(g))

def closer():
    try:
        yield 1
    finally:
        print("cleanup")
g = closer()
next(g)
g.close()
print("closed")

def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

g = acc()
try:
    g.send(1)
except TypeError as e:
    print(e)

def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print(e, repr(e.__cause__))
g = catcher()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", e)
