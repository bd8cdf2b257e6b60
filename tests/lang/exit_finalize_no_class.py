# A program that defines no class: a generator suspended in a try block
# is still closed at exit (SafePy skips the exit's collections only when
# no class, generator or weak reference was ever made).
def g():
    try:
        yield 1
    finally:
        print("generator closed at exit")


it = g()
print(next(it))
print("end of script")
