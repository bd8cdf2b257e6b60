# bool arithmetic, results' types, and operators
T, F = True, False
print(T + T, T - T, T * 5, T / 2, T // 2, T % 2, T ** 10, -T, +T, ~T, ~F, abs(T), -F)
for v in (T + T, T * T, -T, +T, ~T, abs(F), T // T, T << 1, T >> 0, T ** T, divmod(T, T)):
    print(type(v).__name__, end=" ")
print()
print(T & T, T | F, T ^ T, F & T, type(T & T).__name__, type(T | F).__name__, type(T ^ T).__name__, type(T & 1).__name__)
print(T == 1, F == 0, T is True, T == 1.0, F == 0j, T < 2, F < T, sorted([T, F, 0, 1, -1]))
print(sum([T, T, F, T]), max(T, F), min(T, 2), T + 0.5, F * 2.5, T + 1j)
print(round(T), round(T, 2), int(T), float(T), complex(T), str(T), repr(F), f"{T}", f"{T:d}", f"{T:5}", f"{F:>6}", "%d %s %r" % (T, T, F), format(T, "x"), format(T, ""))
print(T.real, T.imag, T.numerator, T.denominator, T.conjugate(), type(T.real).__name__, type(T.conjugate()).__name__, T.bit_length(), F.bit_count(), T.as_integer_ratio(), type(T.as_integer_ratio()[0]).__name__)
print(T.to_bytes(1, "big"), bool.from_bytes(b"\x00"), hash(T), hash(F), T.__index__(), type(T.__index__()).__name__)
x = True
x += 1
print(x, type(x).__name__)
x = False
x |= True
print(x, type(x).__name__)
x &= 0
print(x, type(x).__name__)
print(isinstance(T, int), issubclass(bool, int), bool.__mro__, bool.__base__, bool.__name__)
print([1, 2, 3][T], "ab"[F], {T: "a", 1: "b"}, {1: "x", True: "y"}, len({0, F, 0.0}))
print(bool.__and__(T, F), bool.__or__(F, F), bool.__xor__(T, F), bool.__and__(T, 2), int.__and__(T, T))
for f in (lambda: bool.__and__(1, T), lambda: T & 1.5, lambda: T + "x", lambda: -"x"):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(T.__rand__(F), T.__ror__(F), T.__rxor__(T), T.__rand__(5), bool.__ror__(F, 1) if False else "")
