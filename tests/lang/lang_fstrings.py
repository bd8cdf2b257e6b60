# f-strings: conversions, format specs, nesting.
name = "world"
x = 3.14159
n = 42
print(f"hello {name}!")
print(f"{x:.2f} {n:5d} {n:<5}| {n:^7}| {n:x} {n:#b}")
print(f"{name!r} {name!s} {'é'!a}")
width = 8
print(f"{name:>{width}}|")
print(f"{n + 1} {[1, 2][1]} {'nested ' + f'{n}'}")
print(f"{{literal}} {n}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
print(f"{P():abc} {P()!r}")
print(f"{x=}" if False else "skip")
print(f"{3*'ab'}")
