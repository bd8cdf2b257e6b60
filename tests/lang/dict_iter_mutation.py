d = {1: 2}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
d = {1: 2, 3: 4}
try:
    for k in d:
        del d[3]
        d[5] = 1
except Exception as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(e)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {i: i for i in range(5)}
it = iter(d.items())
print(next(it))
d.clear()
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    next(it)
except Exception as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for v in d.values():
        d[len(d) + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in reversed(d):
        d[9] = 9
except RuntimeError as e:
    print(e)
