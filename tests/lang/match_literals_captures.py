# match: literal, singleton, capture, wildcard, or, as, guards.
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "never: 1 matched first"
        case None:
            return "none"
        case "hi" | "hello" as greeting:
            return "greeting " + greeting
        case -1.5:
            return "neg float"
        case int(n) if n > 100:
            return "big " + str(n)
        case x if isinstance(x, int):
            return "int " + str(x)
        case _:
            return "other"
for v in [0, 2, True, None, "hello", -1.5, 1000, 50, 3.0, "zz", False]:
    print(repr(v), classify(v))
