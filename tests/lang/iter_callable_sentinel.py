# iter(callable, sentinel) where the callable mutates shared state, the
# sentinel's __eq__ mutates or raises, the callable raises StopIteration
# itself, and the callable_iterator is used after exhaustion.  Plus
# map/filter/enumerate/zip/reversed over lists mutated during iteration.
data = list(range(10))
def pop_front():
    data.append(len(data))   # grows while being consumed
    return data.pop(0)
print(list(iter(pop_front, 5)))
print(data)
class Sent:
    calls = 0
    def __eq__(self, other):
        Sent.calls += 1
        if Sent.calls == 2:
            data.append(0)    # the sentinel test mutates what nxt() counts
        return other == 4
def nxt():
    data.append(1)
    return len(data)
data.clear()
print(list(iter(nxt, Sent())), Sent.calls)
class BadSent:
    def __eq__(self, other):
        raise ValueError('sentinel eq')
try:
    list(iter(nxt, BadSent()))
except ValueError as e:
    print(type(e).__name__, e)
def stopper():
    raise StopIteration
print(list(iter(stopper, None)))
it = iter(lambda: 1, 1)
print(list(it), list(it), next(it, 'done'))
counter = [0]
def once():
    counter[0] += 1
    if counter[0] > 3:
        raise KeyError('too many')
    return counter[0]
it = iter(once, 99)
try:
    print(list(it))
except KeyError as e:
    print('KeyError', e)
# map / filter / enumerate / zip / reversed over a list mutated meanwhile
lst = list(range(6))
out = []
for x in map(lambda v: v * 10, lst):
    out.append(x)
    if len(lst) < 10:
        lst.append(len(lst))
print(out)
lst = list(range(6))
print(list(filter(lambda v: (lst.remove(v), True)[1] if v in lst else False, lst)))
print(lst)
lst = list(range(6))
r = reversed(lst)
lst.clear()
print(list(r))
lst = list(range(6))
r = reversed(lst)
next(r)
del lst[2:]
print(list(r))
lst = list(range(6))
r = reversed(lst)
next(r)
lst.extend(range(100))
print(list(r))
lst = list(range(4))
z = zip(lst, lst)
next(z)
lst[:] = ['a']
print(list(z))
lst = list(range(4))
e = enumerate(lst)
lst.insert(0, 'x')
print(list(e))
# a list iterator after the list shrank and grew again
lst = [1, 2, 3]
it = iter(lst)
next(it); next(it); next(it)
print(next(it, 'end'))
lst.append(4)
print(next(it, 'end after append'))
# reversed of a list subclass with a lying __len__
class L(list):
    def __len__(self):
        return 100
try:
    print(list(reversed(L([1, 2]))))
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
