# built-in iterators stay exhausted; length hints while consuming and after mutation
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
it = iter(a)
print(list(it)); a.append(3); print(list(it), it.__length_hint__())
a = [1, 2]
it = iter(a)
next(it); a.append(3); print(it.__length_hint__(), list(it))
t = (1, 2, 3)
ti = iter(t)
print(ti.__length_hint__(), next(ti), ti.__length_hint__(), list(ti), ti.__length_hint__())
r = iter(range(5))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__(), list(r))
s = iter('héllo')
print(next(s), list(s), list(s))
e = enumerate([1])
print(list(e), list(e))
z = zip([1], [2, 3])
print(list(z), list(z))
class Resume:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2 or self.n > 4: raise StopIteration
        return self.n
res = Resume()
z = zip(res, 'abcdef')
print(list(z), list(z))
res = Resume()
m = map(str, res)
print(list(m), list(m))
res = Resume()
f = filter(None, res)
print(list(f), list(f))
res = Resume()
en = enumerate(res)
print(list(en), list(en))
rv = reversed([1, 2])
print(list(rv), list(rv), rv.__length_hint__())
lr = reversed([1, 2, 3])
next(lr)
print(lr.__length_hint__())
lst = [1, 2, 3]
lr = reversed(lst)
lst.append(4)
print(list(lr))
d = iter({1: 2, 3: 4})
print(d.__length_hint__(), next(d), d.__length_hint__())
print(iter([]).__length_hint__(), iter(()).__length_hint__(), iter(range(0)).__length_hint__(), reversed([]).__length_hint__())
print(type(iter([])).__name__, type(iter(())).__name__, type(reversed([])).__name__, type(iter(set())).__name__)
