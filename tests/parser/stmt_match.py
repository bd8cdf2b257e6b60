match x:
    case 1 | 2:
        pass
    case [a, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=0):
        pass
    case C(1, 2, a=b):
        pass
    case str() as s:
        pass
    case -1 | 1+2j | -3-4j:
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case (a, b):
        pass
    case (a):
        pass
    case ():
        pass
    case []:
        pass
    case _:
        pass
    case x if x > 0:
        pass
    case "a" "b":
        pass
    case *_, 1:
        pass
    case {1: _, a.b: [c]}:
        pass
    case [1, 2] as pair:
        pass
    case (1 | 2) as n:
        pass
match = 1
match(x)
match.x = 1
match x, y:
    case a, b: pass
match *x, y:
    case a: pass
case = 3
_ = 1
print(match, case)
match (x):
    case 1: pass
match [a]:
    case [1]: pass
match -x:
    case _: pass
