# BaseException args / str / repr for the common shapes
for e in [ValueError(), ValueError('x'), ValueError('x', 2), TypeError(1), Exception(None),
          RuntimeError(''), KeyError('k'), KeyError(), KeyError(1, 2), IndexError(-1)]:
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)
e = ValueError('a')
e.args = [1, 2]
print(e.args, str(e))
print(repr(BaseException.__new__(ValueError).args))
try:
    ValueError(x=1)
except TypeError as ex:
    print(ex)
