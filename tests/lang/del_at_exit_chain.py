# Finalizers at exit: a live object's __del__ runs, and the garbage it
# makes is finalized too (a second collection, which SafePy makes only
# when a finalizer ran at exit).


class B:
    def __del__(self):
        print("B.__del__")


class A:
    def __del__(self):
        print("A.__del__")
        B()


a = A()
print("end of script")
