def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# an empty dict answers pop() without hashing the key (CPython's fast path)
t(lambda: {}.pop([1]))
t(lambda: {}.pop([1], 'dflt'))
t(lambda: {}.pop({}, None))
t(lambda: {1: 2}.pop([1]))
t(lambda: {1: 2}.pop([1], 'dflt'))
d = {1: 2}
del d[1]
t(lambda: d.pop([], 0))
t(lambda: {}.get([1]))
t(lambda: {}.setdefault([1]))
t(lambda: [1] in {})
t(lambda: {}.__delitem__([1]))
t(lambda: set().remove([1]))
t(lambda: set().discard([1]))
t(lambda: [1] in set())
t(lambda: {}.pop())
class H:
    def __hash__(self):
        print('hashed')
        return 1
t(lambda: {}.pop(H(), 'x'))
t(lambda: {0: 0}.pop(H(), 'x'))
t(lambda: {}.get(H(), 'x'))
t(lambda: set().discard(H()))
