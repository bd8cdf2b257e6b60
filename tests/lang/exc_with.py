# with statements: __enter__/__exit__, suppression, nesting, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppress")

try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("one") as a, CM("two") as b:
    print(a, b)

def ret():
    with CM("r"):
        return "returned"
print(ret())

for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break

try:
    with 42:
        pass
except TypeError as e:
    print(e)

class Bad:
    def __enter__(self):
        return self
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
