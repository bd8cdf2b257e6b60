"""spectral-norm: the largest singular value of the infinite matrix
A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by power iteration;
float arithmetic in nested loops and generator expressions."""
import sys

DEFAULT = 380


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "spectral-norm %d: %.9f" % (n, (vbv / vv) ** 0.5)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
