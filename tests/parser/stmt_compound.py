if a:
    b
elif c:
    d
else:
    e
while x:
    pass
else:
    y
for i, j in enumerate(x):
    break
else:
    continue
for x, in y: pass
for (x, y) in z: pass
for [x, y] in z: pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
with a, b: pass
with a as b.c, d as e[0]: pass
with (a as b, c): pass
with (a, b) as c: pass
with (a): pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
if x: a; b
if a:
    if b:
        pass
    else:
        pass
