# float subclasses keep their value; float() on them returns a plain float.
class F(float):
    def half(self):
        return self / 2
f = F(3.0)
print(f, f.half(), f + 1, type(f + 1).__name__, type(f).__name__, repr(F("1.5")), float(f), type(float(f)).__name__)
print(F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__, f == 3, hash(f) == hash(3), f"{f:.2f}")
