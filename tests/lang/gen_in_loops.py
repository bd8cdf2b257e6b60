# Generators driven by for loops, zip, break, and nested generators.
def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1
for s in squares(4):
    if s > 4:
        break
    print(s)
print(list(zip(squares(3), "abc")))
def pipeline(src):
    for v in src:
        if v % 2:
            yield v * 10
print(list(pipeline(squares(6))))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_with_finally():
    print(v)
print(dict(enumerate(squares(3))))
