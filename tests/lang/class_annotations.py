class A: pass
print(A.__annotations__, '__annotations__' in A.__dict__)
try: int.__annotations__
except AttributeError as e: print(e)
class B:
    x: int
print(B.__annotations__)
B.__annotations__ = {'y': 1}; print(B.__annotations__)
del B.__annotations__
print(B.__annotations__)
try: del B.__annotations__; del B.__annotations__
except AttributeError as e: print(e)
