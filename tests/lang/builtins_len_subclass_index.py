# len()/bool() of list and tuple subclasses overriding __len__; index-sized overflow names the original type
class L(list):
    def __len__(self): return 42
class T(tuple):
    def __len__(self): return 7
class X:
    def __index__(self): return 2**70
def e(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as ex:
        print(s, '->', type(ex).__name__, ex)
for s in ['len(L([1, 2, 3]))', 'len(T((1,)))', 'bool(L())', 'bool(T())', 'len(list(L([1])))', '[0] * X()', "'a' * X()", '(1,) * X()', 'bytes(X())', 'range(3)[X()]', "'abc'[X():]", 'list(range(5))[X():]', 'b"ab" * X()']:
    e(s)
