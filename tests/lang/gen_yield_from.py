# yield from: delegation, return values, send/throw through the chain.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(outer()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))

def thrower():
    try:
        yield 1
    except ValueError:
        yield "handled in inner"
def delegating():
    yield from thrower()
    yield "after"
g = delegating()
next(g)
print(g.throw(ValueError))
print(next(g))

def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally")
def closing_outer():
    yield from closing_inner()
g = closing_outer()
next(g)
g.close()
print("done")
