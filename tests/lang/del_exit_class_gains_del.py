# At exit, a __del__ run for a live object gives another class a __del__
# and drops that class's last instance: its __del__ must run too.  (The
# "has __del__" answer memoised while queueing the live objects at exit
# was reused by the next collection: T's instance was never finalized.)
# T's instances are big, a size class of their own on the newest page, so
# that the last candidate looked at while queueing is a T instance.
class T:
    __slots__ = tuple('s%d' % i for i in range(300))

class Setter:
    def __del__(self):
        T.__del__ = lambda self: print("late T del")
        global t
        t = None

s = Setter()
t = T()
print("end")
