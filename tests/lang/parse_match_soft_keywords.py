# match/case/_ stay usable as names.
match = [1, 2]
case = 3
_ = 4
print(match, case, _)
def match_(match):
    match match:
        case [1, *rest]:
            return ("list", rest)
        case {"k": v, **kw}:
            return ("map", v, kw)
        case int(n) if n > 0:
            return ("pos", n)
        case -1 | 1+2j:
            return "lit"
        case None:
            return "none"
        case (a, b):
            return ("pair", a, b)
        case _:
            return "other"
print(match_([1, 2, 3]), match_({"k": 1, "z": 2}), match_(5), match_(-1), match_(1+2j))
print(match_(None), match_((7, 8)), match_("s"))
