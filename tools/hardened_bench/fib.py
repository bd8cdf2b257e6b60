# Function-call-heavy recursion: naive Fibonacci and Ackermann-like calls
# (frame push/pop, argument passing, returns).
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z

print(fib(25), tak(18, 12, 6))
