"""fib: naive doubly recursive Fibonacci -- the cost of a Python call."""
import sys

DEFAULT = 34


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    return "fib(%d) = %d" % (n, fib(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
