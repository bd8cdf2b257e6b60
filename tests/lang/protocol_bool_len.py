class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class Truth:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Empty()), bool(Full()), bool(Truth()), len(Truth()))
print(bool(object()), not Empty())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self): return 2**70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class IdxLen:
    class I:
        def __index__(self): return 4
    def __len__(self): return IdxLen.I()
print(len(IdxLen()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
if Full():
    print("truthy")
while Empty():
    pass
print("done")
