# An uncaught exception: output so far, exit status 1, traceback on stderr.
def level2():
    raise RuntimeError("uncaught!")
def level1():
    level2()
print("before")
level1()
print("never")
