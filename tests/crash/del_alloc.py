# __del__ that allocates a lot, triggers collections, calls gc.collect()
# itself, and creates new objects with __del__ (a chain that must be
# finalized step by step, and a runaway one that must not stop the
# program).  Objects it reaches must stay intact meanwhile.
import gc

class Big:
    def __init__(self, n):
        self.n = n
        self.kids = [[i] * 5 for i in range(20)]
    def __del__(self):
        junk = [bytearray(512) for _ in range(40)]
        total = sum(len(k) for k in self.kids)
        assert total == 100, total
        Big.seen += 1
Big.seen = 0
for i in range(10):
    Big(i)
gc.collect()
print("Big", Big.seen)

class Collector:
    def __del__(self):
        gc.collect()
        Collector.done += 1
Collector.done = 0
for i in range(5):
    Collector()
gc.collect(); gc.collect()
print("Collector", Collector.done)

class Spawner:
    made = 0
    def __init__(self, left):
        self.left = left
        Spawner.made += 1
    def __del__(self):
        if self.left > 0:
            Spawner(self.left - 1)
Spawner(10)
for i in range(15):
    gc.collect()
print("Spawner made", Spawner.made)

class Runaway:
    made = 0
    def __del__(self):
        Runaway.made += 1
        if Runaway.made < 100000:
            Runaway()
Runaway()
for i in range(5):
    gc.collect()
x = 0
for i in range(20000):
    x += i              # safe points keep finalizing in the background
print("program went on", x, Runaway.made > 5)
Runaway.made = 10 ** 9  # stop it
