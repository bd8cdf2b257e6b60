# __bases__ assignment under allocation failure (run it with
# SAFEPY_FAIL_ALLOC=N for N over the assignment's allocations, about
# 300..820 at the time of writing): whatever fails, every class in
# T.__bases__ must list T in __subclasses__() (else its changes would not
# reach T's lookup cache).  The __subclasses__ update used to allocate
# after the bases were committed: a MemoryError there left B or C without
# T (5 of 520 failure points).  Without failures it prints the normal
# result.
class A: pass
class B: pass
class C: pass
class T(A, C): pass
err = None
try:
    T.__bases__ = (B, C)
except MemoryError:
    err = 'MemoryError'
missing = [b.__name__ for b in T.__bases__ if T not in b.__subclasses__()]
print(err, 'missing', missing)
print(T.__bases__, T.__mro__, A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
