class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return 5
class A: pass
def f(*a, **k): pass
tests = ["str(R())", "repr(R())", "str(S())", "format(R())", "'%s' % R()", "f'{R()}'", "super(1,2,3)", "super(x=1)",
         "type('a\\0b', (), {})", "setattr(A, '__name__', 'x\\0')", "A.__name__", "object().__sizeof__(1)",
         "[*5]", "{*5}", "(*5,)", "print(*5)", "f(**5)", "{**5}", "f(*None)", "[*None]", "[1, *2.5]", "(1, *None, 2)"]
for t in tests:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
