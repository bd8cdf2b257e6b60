# except* with exception groups.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print("V", repr(e))
except* TypeError as e:
    print("T", repr(e))
except* KeyError:
    print("K")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V", repr(e))
except ExceptionGroup as e:
    print("outer", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e))

try:
    try:
        raise TypeError("t")
    except* ValueError:
        print("no")
except TypeError as e:
    print("unmatched", repr(e))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
