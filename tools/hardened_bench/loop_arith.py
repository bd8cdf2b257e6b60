# A tight loop/arithmetic kernel: small-int and float operations, while
# and for loops, local variables (the interpreter's dispatch and fast paths).
def kernel(n):
    acc = 0
    f = 0.0
    i = 0
    while i < n:
        acc = (acc + i * 7) % 1000003
        if i & 1:
            f += i / 3.0
        else:
            f -= 0.5
        i += 1
    return acc, f

def collatz_total(limit):
    total = 0
    for s in range(1, limit):
        x = s
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            total += 1
    return total

a, f = kernel(300000)
print(a, round(f, 3), collatz_total(3000))
