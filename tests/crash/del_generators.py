# Generators that become garbage while suspended: inside try/finally or a
# with block they are closed at collection time, once; a finally that
# allocates, yields again, raises, or resurrects the generator; many
# abandoned generators at once; generators holding objects with __del__;
# a generator referring to itself.
import gc

log = []
def fin(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append(tag)

def alloc_in_finally():
    try:
        yield 1
    finally:
        junk = [[i] * 10 for i in range(200)]
        log.append(("alloc", len(junk)))

def yields_again():
    try:
        yield 1
    finally:
        yield 2          # RuntimeError: generator ignored GeneratorExit

def raises():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

keep = []
def resurrect():
    try:
        yield 1
    finally:
        keep.append(sys_gen[0])

for g in (fin("one"), alloc_in_finally(), yields_again(), raises()):
    next(g)
del g
gc.collect(); gc.collect()
print(sorted(map(str, log)))

sys_gen = [None]
g = resurrect(); next(g); sys_gen[0] = g; del g
sys_gen[0] = None   # the list no longer holds it... the finally puts it back
gc.collect(); gc.collect()
print("resurrected", len(keep))

log.clear()
gens = [fin(i) for i in range(300)]
for g in gens:
    next(g)
del gens, g
gc.collect(); gc.collect()
print("closed", len(log), len(set(log)))

class D:
    def __del__(self):
        log.append("D")
def holds():
    d = D()
    try:
        yield d
    finally:
        log.append("holds finally")
log.clear()
g = holds(); next(g); del g
gc.collect(); gc.collect()
print(sorted(log))

def selfref():
    me = yield
    try:
        yield 1
    finally:
        log.append("selfref")
log.clear()
g = selfref(); next(g); g.send(g); del g
gc.collect(); gc.collect()
print(log)

def plain():
    yield 1
    yield 2
gs = [plain() for i in range(200)]
for g in gs:
    next(g)
del gs, g
gc.collect()
print("end")
