# match: sequence patterns with stars; strings are not sequences here.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [0, *rest]:
            return f"zero then {rest}"
        case [*init, "end"]:
            return f"ends {init}"
        case (a, [b, c], *_):
            return f"nested {a} {b} {c}"
        case _:
            return "no"
for v in [[], [1], (1, 2), [0, 1, 2], ["a", "b", "end"], (9, [8, 7], 6, 5), "ab", [1, 2, 3], range(2)]:
    print(v, seq(v))
