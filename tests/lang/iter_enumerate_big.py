# enumerate counters crossing the machine-word limit, and big starts
import sys
M = sys.maxsize
e = enumerate('abcde', M - 2)
print(list(e))
e = enumerate('abc', -M - 2)
print(list(e))
e = enumerate(range(3), 2**64 - 1)
print([(i, type(i).__name__) for i, _ in e])
e = enumerate('xy', -(2**64))
print(list(e))
print(list(enumerate('ab', True)), list(enumerate('ab', False)))
class I(int): pass
e = enumerate('ab', I(5))
print([(i, type(i).__name__) for i, _ in e])
e = enumerate('ab', M)
first = next(e)
print(first, next(e), type(first[0]).__name__)
print(list(enumerate(enumerate('ab', 10), 100)))
print(list(enumerate(zip('ab', 'cd'), start=-1)))
