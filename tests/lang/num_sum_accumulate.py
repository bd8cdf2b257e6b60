# sum() and accumulation of ints: small->big overflow, mixed float, start values, bools
print(sum(range(10**6)), sum([2**62, 2**62, 2**62]), sum([-2**62] * 4), sum([2**63 - 1, 1]), sum([]), sum([], 5))
print(sum([True] * 10), type(sum([True, True])).__name__, sum([1, 2.5]), sum([2**53, 1.0, 1]), sum([1, 2], start=10))
print(sum(x * x for x in range(1000)), sum(2**k for k in range(200)) == 2**200 - 1, sum([10**20, -10**20, 1]))
print(sum([1, 2**70, -2**70, 0.5]), sum([0.1] * 10), sum([2**60] * 20) // 20 == 2**60)
for args in [(["a"],), ([1, "a"],), ([1], "s"), ([[1]], [])]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), f % (10**9 + 7), str(f)[:20], f.bit_length(), sum(int(c) for c in str(f)))
fib = [0, 1]
for _ in range(500):
    fib.append(fib[-1] + fib[-2])
print(fib[500] % 10**15, len(str(fib[500])), fib[300] * fib[302] - fib[301] ** 2)
c = 1
for n in range(1, 200):
    c = c * 2 * (2 * n - 1) // (n + 1)
print(c % 10**12, c.bit_length())
