"""fasta: generate DNA sequences -- a repeated sequence, then two random ones
drawn from weighted alphabets with the classic linear congruential
generator; string building, bisect-free cumulative lookup, line wrapping."""
import sys

DEFAULT = 250000

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
       "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
       "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
       "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")

IUB = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27),
       ("B", 0.02), ("D", 0.02), ("H", 0.02), ("K", 0.02),
       ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
       ("V", 0.02), ("W", 0.02), ("Y", 0.02)]

HOMO_SAPIENS = [("a", 0.3029549426680), ("c", 0.1979883004921),
                ("g", 0.1975473066391), ("t", 0.3015094502008)]

WIDTH = 60


class Lcg:
    IM, IA, IC = 139968, 3877, 29573

    def __init__(self):
        self.last = 42

    def next(self, top):
        self.last = (self.last * self.IA + self.IC) % self.IM
        return top * self.last / self.IM


class Output:
    """Collects the lines and folds them into a running hash."""

    def __init__(self):
        self.hash = 0
        self.lines = 0

    def write(self, line):
        h = self.hash
        for ch in line.encode("ascii"):
            h = (h * 31 + ch) & 0xFFFFFFFF
        self.hash = h
        self.lines += 1


def repeat_fasta(out, header, seq, n):
    out.write(header)
    doubled = seq * ((WIDTH // len(seq)) + 2)
    pos = 0
    while n > 0:
        k = min(WIDTH, n)
        out.write(doubled[pos:pos + k])
        pos = (pos + k) % len(seq)
        n -= k


def random_fasta(out, header, table, n, rng):
    out.write(header)
    chars = [c for c, _ in table]
    cumulative = []
    acc = 0.0
    for _, p in table:
        acc += p
        cumulative.append(acc)
    last = len(chars) - 1
    while n > 0:
        k = min(WIDTH, n)
        line = []
        for _ in range(k):
            r = rng.next(1.0)
            i = 0
            while i < last and cumulative[i] < r:
                i += 1
            line.append(chars[i])
        out.write("".join(line))
        n -= k


def main(n):
    out = Output()
    rng = Lcg()
    repeat_fasta(out, ">ONE Homo sapiens alu", ALU, n * 2)
    random_fasta(out, ">TWO IUB ambiguity codes", IUB, n * 3, rng)
    random_fasta(out, ">THREE Homo sapiens frequency", HOMO_SAPIENS, n * 5, rng)
    return "fasta %d: %d lines, hash %08x" % (n, out.lines, out.hash)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
