# Calls with keyword arguments (KW_NAMES hands its names straight to the
# CALL after it), including after an exception was handled mid-call.
def f(a, b=2, *, c=3, **kw):
    return (a, b, c, sorted(kw.items()))

class K:
    def m(self, x, y=0, **kw):
        return x - y, kw

def boom(**kw):
    raise ValueError(kw)

print(f(1, c=5), f(1, b=7, z=9), f(a=0), K().m(5, y=2, q=1))
for i in range(3):
    try:
        boom(i=i)
    except ValueError as e:
        print('caught', e)
    print(f(i, c=i * 2))
print(max([3, 1, 2], key=lambda v: -v), sorted('bca', reverse=True))
print(dict(a=1, **{'b': 2}), f(*(1, 2), c=0, **{'d': 4}))
try:
    f(1, nope=2, c=3, b=1, a=1)
except TypeError as e:
    print('TypeError', e)
