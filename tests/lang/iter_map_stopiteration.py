# StopIteration raised by the function of map/filter/iter(f, s) ends the iteration (no PEP 479 for C iterators)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def stop_at_3(x):
    if x == 3: raise StopIteration
    return x * 10
print(list(map(stop_at_3, range(6))))
m = map(stop_at_3, range(6))
print(list(m), list(m))
def pred(x):
    if x > 4: raise StopIteration
    return x % 2
print(list(filter(pred, range(10))))
def gen():
    yield 1
    yield 2
g = gen()
print(list(map(lambda x: next(g), range(5))))
def bad():
    raise StopIteration('inner')
def user_gen():
    yield 1
    bad()
t(lambda: list(user_gen()))
print(list(zip(range(3), map(stop_at_3, range(2, 9)))))
print(list(enumerate(map(stop_at_3, range(5)))))
print(sorted(map(stop_at_3, [2, 1, 3, 0])), tuple(map(stop_at_3, [0, 3])), set(map(stop_at_3, [1, 3])))
print(sum(map(stop_at_3, range(10))), max(map(stop_at_3, range(10))), any(map(stop_at_3, [0, 3, 1])))
print([x for x in map(stop_at_3, range(5))])
print(dict(zip('abc', map(stop_at_3, range(5)))))
x = [1, 2]
x.extend(map(stop_at_3, [5, 3, 6])); print(x)
