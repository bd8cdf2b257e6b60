# help(): the title line pydoc writes for many kinds of object, the
# declaration's name, and the first line of the documentation
import sys

class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def capture(obj):
    cap = Cap()
    old = sys.stdout
    sys.stdout = cap
    try:
        r = help(obj)
    finally:
        sys.stdout = old
    return r, ''.join(cap.parts).split('\n')

class K:
    "K doc."
    def meth(self):
        "meth doc."
def func(a, b):
    "func doc."

for obj in (len, abs, isinstance, func, K, K.meth, K().meth, int, dict, sys, 'len', 'sys', None):
    r, lines = capture(obj)
    print(r, lines[0])
    print('   ', lines[2].split('(')[0])
r, lines = capture('not_a_name_at_all')
print(lines)
print(repr(help))
