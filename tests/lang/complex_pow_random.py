# complex ** with pseudo-random bases and small int / float / complex
# exponents; CPython's c_powi vs c_pow split at |n| <= 100.
state = 4242
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state
def rfloat():
    return (rnd() / 2 ** 31 - 0.5) * 4
for _ in range(40):
    z = complex(rfloat(), rfloat())
    row = []
    for e in [2, 3, -1, -3, 7, 100, 101, -100, 2.0, 0.5, -0.5, 1j, 1 + 1j, complex(rfloat(), rfloat())]:
        try:
            row.append(repr(z ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(' '.join(row))
for z in [1e200 + 1e200j, 1e-200 + 1e-200j, 10 + 0j, -10 + 0j, 1e10j]:
    for e in [2, 30, 50, 101, -101, 0.5, 2.5, -40]:
        try:
            print(repr(z), e, repr(z ** e))
        except Exception as ex:
            print(repr(z), e, type(ex).__name__, ex)
print(pow(1j, 2), pow(2, 1j), pow(1 + 1j, 2.0), (1j).__pow__(2), (1j).__rpow__(2), pow(-1, 0.5))
