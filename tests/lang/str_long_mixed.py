# long mixed strings: indexing, slicing, find/rfind/count positions across the index steps
import sys
parts = ["a", "é", "€", "𐐨", "bc", "\ud800", "日本"]
s = "".join(parts[(i * 7 + i // 3) % len(parts)] for i in range(300))
print(len(s), hash(s))
print([s.find(c) for c in ["é", "€", "𐐨", "bc", "日本", "\ud800", "zz"]])
print([s.rfind(c) for c in ["é", "€", "𐐨", "bc", "日本", "\ud800", "zz"]])
print([s.count(c) for c in ["é", "€", "𐐨", "bc", "日本", "\ud800", ""]])
print([s.find("𐐨", k) for k in range(0, 400, 37)])
print([s.rfind("é", 0, k) for k in range(0, 400, 41)])
print([s.index("a", k) for k in range(0, 200, 53)])
print(s[17:95:3] == "".join(s[i] for i in range(17, 95, 3)))
print(s[::-7] == "".join(s[i] for i in range(len(s) - 1, -1, -7)))
print([s[i] for i in range(0, len(s), 29)], [s[-i] for i in range(1, len(s), 31)])
print(ascii(s.split("𐐨")[:5]), len(s.split("𐐨")), len(s.rsplit("é", 3)))
print(ascii(s.partition("日本")[0][-5:]), ascii(s.rpartition("日本")[2][:5]))
print(ascii(s.replace("é", "E", 5)[:40]))
print(ascii(s.upper()[:30]), len(s.upper()), len(s.casefold()))
print(ascii(s.center(320, "·")[:12]), ascii(s.zfill(305)[:8]), ascii(s.expandtabs()[:5]))
print(s.startswith(s[:100]), s.endswith(s[-100:]), s.startswith("x", 50), s.endswith(s[200:250], 0, 250))
print(s.encode("utf-8", "surrogatepass")[:20], len(s.encode("utf-16", "surrogatepass")))
print(list(reversed(s))[:6], sorted(set(s)))
t = s * 3
print(len(t), t[899], t[-1], t.count("bc"), t.find("bc", 600), t.rfind("bc", 0, 300))
