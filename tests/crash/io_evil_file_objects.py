# print/input with hostile file objects and closed files
import sys
class Evil:
    def write(self, s):
        sys.stdout = self
        raise ValueError('no')
try:
    print('x', file=Evil())
except ValueError as e:
    sys.stdout = sys.__stdout__
    print('caught', e)
f = open('/tmp/safepy_crash_io.tmp', 'w')
f.close()
for op in ['write', 'read', 'readline', 'flush', 'tell', 'seek', 'fileno', '__next__', '__enter__']:
    try:
        getattr(f, op)(*(['x'] if op == 'write' else [0] if op == 'seek' else []))
    except (ValueError, OSError) as e:
        print(op, type(e).__name__, e)
f.close()
class S:
    def __str__(self):
        return self
try:
    print(S())
except (TypeError, RecursionError) as e:
    print(type(e).__name__)
class Deep:
    def __str__(self):
        return str(Deep())
try:
    print(Deep())
except RecursionError:
    print('RecursionError')
g = open('/tmp/safepy_crash_io.tmp', 'rb')
print(g.read(10**12))
print(g.read(-5), g.readline(-1), g.readlines(-3))
try:
    g.seek(-100)
except OSError as e:
    print(type(e).__name__)
sys.stdout = None
print('dropped')
sys.stdout = sys.__stdout__
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
