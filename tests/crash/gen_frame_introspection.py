# gi_frame / gi_running / gi_code / gi_yieldfrom / f_locals / f_back of
# generators in every state, from inside and outside the generator, and
# after the generator finished or failed.  No stale frame may be seen.
import sys
def g(n):
    me = yield 'start'
    f = me.gi_frame
    print('inside running:', me.gi_running, f is sys._getframe() if hasattr(sys, '_getframe') else True)
    yield f.f_lineno > 0
    yield sorted(k for k in f.f_locals if not k.startswith('_'))
    raise ValueError('fail')
x = g(3)
print(x.gi_frame is not None, x.gi_running, x.gi_code.co_name, x.gi_yieldfrom)
print(next(x))
print(x.send(x))
print(next(x))
try:
    next(x)
except ValueError as e:
    print('ValueError', e)
print(x.gi_frame, x.gi_running, x.gi_yieldfrom)
print(list(x))
# frame of a generator held after it was garbage-collected-ish
def h():
    yield 1
    yield 2
frames = []
for i in range(100):
    y = h()
    next(y)
    frames.append(y.gi_frame)
    del y
print(all(f.f_lineno >= 1 for f in frames))
print(frames[0].f_code.co_name)
# f_back of a suspended generator's frame is None on CPython; SafePy keeps
# the last caller (findings/gcsem.md item 6): just touch it
z = h()
next(z)
print(z.gi_frame.f_back is None or z.gi_frame.f_back.f_code.co_name)
z.close()
print(z.gi_frame)
