# tuple indexing and slicing edge cases, including huge values and index objects
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = tuple(range(10))
for s in [slice(2**100), slice(-2**100, None), slice(None, None, -2**100), slice(None, None, 2**100), slice(sys.maxsize, None, -1),
          slice(-sys.maxsize - 1, None), slice(3, -3, -1), slice(-3, 3, -1), slice(9, None, -3), slice(0, 10, 4)]:
    print(s, a[s])
for i in [sys.maxsize, -sys.maxsize - 1, 2**64]:
    t(lambda: a[i])
print(a[-10], a[9])
t(lambda: a[-11])
t(lambda: a[10])
t(lambda: ()[0])
print(()[:], ()[::-1], ()[5:], (1,)[::-1], (1,)[1:], (1, 2)[-1:], (1, 2)[:-1])
t(lambda: a[1:2:0])
t(lambda: a[::'x'])
t(lambda: a[{}])
t(lambda: a[[]])
