# __context__ and __cause__
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e

try:
    f()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('v') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

e = ValueError(1)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(ex)
try:
    e.__context__ = 'x'
except TypeError as ex:
    print(ex)
e.__cause__ = KeyError(2)
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
