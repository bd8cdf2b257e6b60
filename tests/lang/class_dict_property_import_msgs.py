# A class body's own __dict__ is kept (not replaced by the instance-dict
# descriptor); __import__'s argument errors.
class D:
    @property
    def __dict__(self): return {"fake": 1}
d = D()
print(D().__dict__, vars(D()))
d.x = 5
print(d.x, "__dict__" in D.__dict__, type(D.__dict__["__dict__"]).__name__)
class E(D): pass
print(E().__dict__, E.__dict__.get("__dict__"))
class W:
    __weakref__ = "mine"
print(W.__weakref__, W().__weakref__)
for t in ["__import__(1)", "__import__('')", "__import__('x', level=-1)", "__import__('sys', level=1)",
          "__import__('', level=1)", "__import__('sys', None, None, None, 0).__name__"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
