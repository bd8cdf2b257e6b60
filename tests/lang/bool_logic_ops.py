# not/and/or with bools and ints; bool() of comparison chains; bools as dict keys and list indices
vals = [True, False, 0, 1, -1, 2**70, 0.0, ""]
for a in vals:
    print(repr(a)[:6], [repr(a and b)[:6] for b in vals], [repr(a or b)[:6] for b in vals], not a)
print(True == 1 == 1.0, True is not 1, (True, False) == (1, 0), [True] * 3, True in [1], 1 in [True], 0 in {False: 1})
print(True + False * 3 - (not False), sum(x > 2 for x in range(6)), [x for x in range(5) if x % 2 == True])
d = {}
d[True] = "t"
d[1] = "one"
d[1.0] = "float"
d[False] = "f"
d[0j] = "c"
print(d, len(d))
s = {True, 1, 1.0, False, 0, 0.0}
print(s, len(s))
print(["no", "yes"][3 > 2], ["no", "yes"][False], "abc"[True:], (1, 2, 3)[-True])
print(True.__and__(False), True.__or__(0), True.__xor__(1), (True).__and__(2.0), False.__ror__(True))
print(bool(1) is True, bool([]) is False, (1 == 1) is True, (not 0) is True, isinstance(not 1, bool), type(1 < 2).__name__)
print(True.__eq__(1), True.__eq__(1.0), True.__ne__(2), True.__lt__(2), False.__ge__(0), True.__hash__() == hash(1))
print(int.__add__(True, True), bool.__add__(True, True), type(bool.__add__(True, True)).__name__, True.__neg__(), True.__invert__())
