# Walrus corners found by fuzz_gen's programs (SafePy rejected valid code):
# a parenthesized walrus as a slice bound, and a walrus in a comprehension
# whose function declares the target `global`.
L = [0, 1, 2, 3]
print(L[(v := 1):3], v)
print(L[(a := 0):(b := 2):(c := 1)], a, b, c)
L[(v := 1):2] = ()
print(L, v)
try:
    compile("L[v := 1:2]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)

def f():
    global g1
    return [(g1 := i) for i in range(3)]
print(f(), g1)

def h():
    global g2
    return [[(g2 := i * j) for j in range(2)] for i in range(3)]
print(h(), g2)

def k():
    return [(w := i) for i in range(3)], w
print(k())
