# Dict/str workload: build a text, split it, count words in a dict, and
# join/lower/strip strings (hashing, dict probing, str methods).
words = ["alpha", "beta", "gamma", "delta", "Epsilon", "zeta", "eta",
         "theta", "Iota", "kappa", "lambda", "mu", "nu", "xi", "omicron"]
lines = []
seed = 12345
for i in range(6000):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    n = 3 + seed % 7
    lines.append(" ".join(words[(seed >> k) % len(words)] + str(k % 4) for k in range(n)))
text = "\n".join(lines)
counts = {}
for line in text.splitlines():
    for w in line.split():
        w = w.strip().lower()
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
