# The stdlib's users of contextvars that import without re.
import contextvars
import _contextvars
print(contextvars.ContextVar is _contextvars.ContextVar)
print(sorted(n for n in dir(_contextvars) if not n.startswith('_')))
print(contextvars.copy_context().__class__.__name__)

# the decimal-style pattern: a context variable holding a mutable default
_cur = contextvars.ContextVar('decimal_context')


class Ctx:
    def __init__(self, prec):
        self.prec = prec

    def __repr__(self):
        return 'Ctx(%d)' % self.prec


def getcontext():
    try:
        return _cur.get()
    except LookupError:
        c = Ctx(28)
        _cur.set(c)
        return c


class localcontext:
    def __init__(self, prec):
        self.new = Ctx(prec)

    def __enter__(self):
        self.saved = getcontext()
        self.tok = _cur.set(self.new)
        return self.new

    def __exit__(self, *exc):
        _cur.reset(self.tok)


print(getcontext())
with localcontext(5) as lc:
    print(getcontext(), lc is getcontext())
    with localcontext(2):
        print(getcontext())
    print(getcontext())
print(getcontext())
print(contextvars.copy_context().run(lambda: (localcontext(9).__enter__(), getcontext())[1]))
print(getcontext())
