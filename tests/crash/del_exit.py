# Finalizers at interpreter exit: objects still alive get their __del__
# (CPython finalizes them when it clears the modules), garbage too; a
# __del__ at exit that raises, exits, allocates, makes new objects with
# __del__ or uses globals must not break the exit (status 0 here).
import gc, sys

class Loud:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("bye", self.name, helper(self.name))

def helper(s):
    return s.upper()

class Bad:
    def __del__(self):
        raise RuntimeError("at exit")

class Exiter:
    def __del__(self):
        sys.exit(5)          # ignored: SystemExit in __del__ is reported

class Maker:
    def __del__(self):
        Loud("made at exit")
        [bytearray(100) for _ in range(100)]

keep = [Loud("alive-1"), Bad(), Exiter(), Maker()]
Loud("garbage")
holder = Loud("alive-2")
print("main done")
