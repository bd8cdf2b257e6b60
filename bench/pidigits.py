"""pidigits: digits of pi with the unbounded spigot algorithm -- a linear
fractional transformation [[q, r], [0, t]] kept in three big integers and
composed with the terms of pi = sum (k! / (2k+1)!!) * 2."""
import sys

DEFAULT = 5000


def digits(n):
    q, r, t, k = 1, 0, 1, 0
    out = []
    while len(out) < n:
        k += 1
        # compose with the k-th term's transformation [[k, 4k + 2], [0, 2k + 1]]
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        # the next digit is known once x = 3 and x = 4 give the same floor
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        out.append(d)
        q, r = 10 * q, 10 * (r - d * t)
    return out


def main(n):
    ds = digits(n)
    text = "".join(map(str, ds))
    return "pidigits %d: %s...%s sum %d" % (n, text[:10], text[-10:], sum(ds))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
