# print(file=...) and flush
import sys
class W:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
    def flush(self):
        self.calls.append('<flush>')
w = W()
print('a', 'b', file=w)
print('c', file=w, sep='-', end='.', flush=True)
print(w.calls)
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
print('stdout', file=None)
class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print(e)
