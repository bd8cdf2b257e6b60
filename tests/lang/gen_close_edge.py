# Generator close() and GeneratorExit edge cases: yield inside finally
# while closing ("generator ignored GeneratorExit"), close() of a
# never-started / finished generator, a finally that raises something
# else, return value on close, and StopIteration raised inside a
# generator (PEP 479: RuntimeError "generator raised StopIteration").
def ignores():
    try:
        yield 1
    finally:
        yield 2
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(g)      # the finally resumes and re-raises the GeneratorExit
except GeneratorExit as e:
    print('GeneratorExit escapes', repr(e))
def swallow():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
g = swallow()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# never started: close is a no-op, finally does not run
def fin():
    try:
        yield 1
    finally:
        print('finally ran')
g = fin()
g.close()
print(list(g))
# finished generator
g = fin()
list(g)
g.close()
# finally raising another exception on close
def raiser():
    try:
        yield 1
    finally:
        raise KeyError('from finally')
g = raiser()
next(g)
try:
    g.close()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
# close returns None even if the generator returns a value after GeneratorExit
def returner():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = returner()
next(g)
print(g.close())
# StopIteration inside a generator
def stopper():
    yield 1
    raise StopIteration('inner')
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def stopper2():
    yield 1
    next(iter([]))
try:
    for x in stopper2():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
# throw GeneratorExit by hand and then a yield
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 'after exit'
g = g3()
next(g)
print(g.throw(GeneratorExit))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# generator whose frame is collected while suspended in try/finally
def suspended():
    try:
        yield 1
        yield 2
    finally:
        pass
for i in range(200):
    s = suspended()
    next(s)
    del s
print('done')
