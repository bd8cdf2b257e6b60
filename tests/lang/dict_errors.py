def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {}['missing'])
t(lambda: {}[(1, 2)])
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(1))
t(lambda: {}.popitem())
t(lambda: {}.pop(1))
t(lambda: {}[[1]])
t(lambda: dict({1: 2}, {3: 4}))
t(lambda: {} | [])
t(lambda: {}.update(1))
t(lambda: {}.update([1, 2], [3]))
t(lambda: dict.fromkeys())
t(lambda: {}.setdefault(1, 2, 3))
t(lambda: {}.get())
t(lambda: {}.keys(1))
t(lambda: {1: 2} < {1: 2})
t(lambda: hash({}))
t(lambda: {[]: 1})
t(lambda: dict(['ab', 'cd', 'e']))
def delmissing():
    d = {1: 2}
    del d[3]
t(delmissing)
