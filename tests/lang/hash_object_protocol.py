def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash(([],)))
t(lambda: hash((1, [2])))
t(lambda: hash(frozenset([1])) == hash(frozenset([1])))
t(lambda: hash(()))
t(lambda: hash((1,)))
t(lambda: hash((1, 2)))
t(lambda: hash((1, (2, 3))))
t(lambda: hash(((), ())))
t(lambda: hash((-1,)))
t(lambda: hash((1.5, 2j, 'a', b'b')))
t(lambda: hash(range(3)))
t(lambda: hash(range(0)) == hash(range(5, 5)))
t(lambda: hash(range(1, 10, 3)) == hash(range(1, 11, 3)))
t(lambda: hash(slice(1)))
t(lambda: hash(...) == hash(Ellipsis))
t(lambda: hash(int) == hash(int))
class A:
    pass
a = A()
t(lambda: hash(a) == hash(a))
t(lambda: hash(a) == object.__hash__(a))
class Eq:
    def __eq__(self, o):
        return True
t(lambda: Eq.__hash__)
t(lambda: hash(Eq()))
class EqHash(Eq):
    def __hash__(self):
        return 5
t(lambda: hash(EqHash()))
class Sub(EqHash):
    def __eq__(self, o):
        return False
t(lambda: Sub.__hash__)
t(lambda: hash(Sub()))
class HNone:
    __hash__ = None
t(lambda: hash(HNone()))
t(lambda: {HNone()})
class HBig:
    def __hash__(self):
        return 2 ** 64 + 5
t(lambda: hash(HBig()))
class HNeg:
    def __hash__(self):
        return -2 ** 64 - 5
t(lambda: hash(HNeg()))
class HM1:
    def __hash__(self):
        return -1
t(lambda: hash(HM1()))
class HStr:
    def __hash__(self):
        return '1'
t(lambda: hash(HStr()))
class HNoneRet:
    def __hash__(self):
        return None
t(lambda: hash(HNoneRet()))
class HBool:
    def __hash__(self):
        return False
t(lambda: hash(HBool()))
class Idx:
    def __index__(self):
        return 3
class HIdx:
    def __hash__(self):
        return Idx()
t(lambda: hash(HIdx()))
class HRaise:
    def __hash__(self):
        raise KeyError('inner')
t(lambda: hash(HRaise()))
t(lambda: {HRaise()})
t(lambda: HRaise() in {1: 2})
t(lambda: HRaise() in {1, 2})
t(lambda: HRaise() in [1, 2])
t(lambda: hash())
t(lambda: hash(1, 2))
t(lambda: hash(obj=1))
t(lambda: object.__hash__(5) == hash(5))
t(lambda: type(hash(A)).__name__)
t(lambda: hash(len) == hash(len))
t(lambda: hash(a.__class__) == hash(A))
t(lambda: hash(type(None)) == hash(type(None)))
import sys
t(lambda: hash(sys.hash_info) == hash(tuple(sys.hash_info)))
