# if/elif/else, while/else, for/else, break, continue, pass.
for n in range(-1, 3):
    if n < 0:
        print("neg")
    elif n == 0:
        print("zero")
    else:
        print("pos", n)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("never")
for x in []:
    pass
else:
    print("for-else runs")
for x in range(3):
    for y in range(3):
        if y == 1:
            break
    else:
        print("inner else")
    print("outer", x)
n = 10
while n:
    n //= 2
else:
    print("while-else", n)
print("t" if 0 else "f", 1 and 2, 0 or "x", None or 0, not 5)
