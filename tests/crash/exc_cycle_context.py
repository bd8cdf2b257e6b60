# __context__ cycles built by hand, then raised while handling each other
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError as e:
    print('ok', type(e.__context__).__name__)
c = RuntimeError('c')
c.__cause__ = c
c.__context__ = c
raise c
