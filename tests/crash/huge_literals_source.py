# Source with very large literals and argument lists: the compiler must stay
# roughly linear (a linear search over the constants once made a literal of
# n numbers cost O(n^2): 3 s for 100,000) and the results must be right.
import time
t0 = time.process_time()
n = 20000
nums = "[" + ",".join(str(i) for i in range(n)) + "]"
print(len(eval(nums)), eval(nums)[-1])
floats = "(" + ",".join("%d.5" % i for i in range(n)) + ")"
print(len(eval(floats)), eval(floats)[-1])
d = eval("{" + ",".join("%d: %d.0" % (i, i) for i in range(n // 2)) + "}")
print(len(d), d[n // 2 - 1])
s = eval("{" + ",".join("%d" % (i % 1000) for i in range(n)) + "}")
print(len(s))
code = compile("x = (" + ",".join(["None", "1", "1.0", "True", "(1,)", "b'x'"] * 4000) + ")", "<lit>", "exec")
ns = {}
exec(code, ns)
print(len(ns["x"]), ns["x"][:6])
big = "x = 0\n" + "".join("x += %d\n" % i for i in range(10000))
ns = {}
exec(big, ns)
print(ns["x"] == sum(range(10000)))
print(time.process_time() - t0 < 20)
