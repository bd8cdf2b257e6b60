def gen():
    yield g.send(None)
g = gen()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
def gen2():
    try:
        yield 1
    finally:
        g2.close()
g2 = gen2()
next(g2)
try:
    g2.close()
    print("closed")
except ValueError as e:
    print("ValueError", e)
def gen3():
    yield from gen3_inst
gen3_inst = gen3()
try:
    next(gen3_inst)
except ValueError as e:
    print("ValueError", e)
