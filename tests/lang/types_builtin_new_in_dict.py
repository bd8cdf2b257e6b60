# Which built-in classes have a __new__ of their own (CPython gives one to
# every static type that inherits a C __new__, except some exceptions).
import builtins
names = []
for n in sorted(dir(builtins)):
    t = getattr(builtins, n)
    if isinstance(t, type) and n != '__loader__':
        names.append((n, '__new__' in t.__dict__))
print(names)
for x in [iter([]), {}.keys(), iter({}), None, NotImplemented, ..., len]:
    print(type(x).__name__, '__new__' in type(x).__dict__)
# The messages name the class the __new__ was taken from.
for t in ["ValueError.__new__(KeyError)", "KeyError.__new__(int)", "OSError.__new__(list)",
          "FileNotFoundError.__new__(int)", "bool.__new__(int)", "LookupError.__new__(KeyError).__class__"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
