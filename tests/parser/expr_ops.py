1 + 2 * 3
a and b or not c and d
a < b <= c != d is not e in f not in g is h == i > j >= k
-x ** -y
~a + +b - -c
a | b ^ c & d << e >> f
a @ b // c % d / e * f
a ** b ** c
-a ** b
not not x
a = not b == c
a if b else c
x = a if b else c if d else e
(x := 5)
if (n := len(a)) > 10: pass
(a)(b)
(a).b
a.b.c.d
f()()[0].x
print(*a, sep='')
f(a, b=c, *d, **e)
f(a=1, *b)
f(**a, b=1)
f(x for x in y)
f(a)(b)(c)
lambda: 0
lambda x, /, y=1, *a, z, **k: x
lambda *, k=1: k
lambda a, b=1: 0
lambda *a, **k: (a, k)
x = lambda: (yield)
await_ = 1
