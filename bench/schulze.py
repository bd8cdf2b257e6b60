"""schulze: elect a ranking with the Schulze voting method -- pairwise
preference counts from generated ranked ballots, then the strongest paths
(a widest-path Floyd-Warshall); nested lists, dicts, sorting with keys."""
import sys

DEFAULT = 7000


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        # 48-bit linear congruential generator; the high bits are used
        self.state = (self.state * 25214903917 + 11) & ((1 << 48) - 1)
        return (self.state >> 17) % n


def make_ballots(candidates, voters, rng):
    # voters lean towards a "true" order, with noise; a ballot may rank
    # only a prefix of the candidates (the rest are tied last)
    ballots = []
    for _ in range(voters):
        scores = {}
        for i, name in enumerate(candidates):
            scores[name] = i * 3 + rng.below(len(candidates) * 4)
        order = sorted(candidates, key=lambda c: (scores[c], c))
        cut = len(candidates) - rng.below(len(candidates) // 2 + 1)
        ballots.append(order[:cut])
    return ballots


def pairwise(candidates, ballots):
    index = {c: i for i, c in enumerate(candidates)}
    n = len(candidates)
    d = [[0] * n for _ in range(n)]
    for ballot in ballots:
        rank = {c: r for r, c in enumerate(ballot)}
        last = len(ballot)
        for i in range(n):
            ri = rank.get(candidates[i], last)
            row = d[i]
            for j in range(n):
                if ri < rank.get(candidates[j], last):
                    row[j] += 1
    return d, index


def strongest_paths(d):
    n = len(d)
    p = [[d[i][j] if d[i][j] > d[j][i] else 0 for j in range(n)] for i in range(n)]
    for k in range(n):
        pk = p[k]
        for i in range(n):
            if i == k:
                continue
            pi = p[i]
            pik = pi[k]
            if pik == 0:
                continue
            for j in range(n):
                if j != i and j != k:
                    w = pik if pik < pk[j] else pk[j]
                    if w > pi[j]:
                        pi[j] = w
    return p


def ranking(candidates, p):
    n = len(candidates)
    wins = {candidates[i]: sum(1 for j in range(n) if p[i][j] > p[j][i]) for i in range(n)}
    return sorted(candidates, key=lambda c: (-wins[c], c))


def main(voters):
    candidates = ["cand%02d" % i for i in range(24)]
    rng = Rng(1234567)
    total = 0
    order = []
    for _ in range(2):
        ballots = make_ballots(candidates, voters, rng)
        d, _ = pairwise(candidates, ballots)
        p = strongest_paths(d)
        order = ranking(candidates, p)
        total += sum(map(sum, p))
    return "schulze %d: %s %d" % (voters, ",".join(c[4:] for c in order[:8]), total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
