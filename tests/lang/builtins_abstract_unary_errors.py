# bad operand type for unary operators, abs, ~
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class A:
    pass
class N:
    def __neg__(self):
        return 'neg'
    def __invert__(self):
        return 'inv'
run("""
-'a'
+'a'
~'a'
~1.5
-[]
+None
~None
abs('a')
-A()
+A()
~A()
-N()
~N()
+N()
not A()
-True
~True
+True
-(1,)
~b''
""")
