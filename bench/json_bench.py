"""json: json.dumps and json.loads of generated nested documents (dicts,
lists, strings with escapes and non-ASCII text, ints, floats, booleans and
None), compact and indented with sorted keys; checks the round trip."""
import sys
import json

DEFAULT = 800


def make_doc(seed, size):
    state = seed

    def nxt(n):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) % n

    words = ["alpha", "beta", "gamma", "del\"ta", "eps\\ilon", "z\u00e9ta", "\u03b7ta",
             "th\neta", "io\tta", "kappa \u2603", "lambda", "mu"]

    def value(depth):
        k = nxt(10 if depth < 4 else 6)
        if k == 0:
            return nxt(1000000) - 500000
        if k == 1:
            return nxt(100000) / 64.0
        if k == 2:
            return words[nxt(len(words))] * (1 + nxt(3))
        if k == 3:
            return [True, False, None][nxt(3)]
        if k == 4:
            return nxt(10 ** 9) * 1000003
        if k == 5:
            return "%s-%d" % (words[nxt(len(words))], nxt(1000))
        if k < 8:
            return [value(depth + 1) for _ in range(nxt(6))]
        return {"%s_%d" % (words[nxt(len(words))], i): value(depth + 1) for i in range(nxt(6))}

    return {"id": seed, "items": [value(0) for _ in range(size)],
            "meta": {"name": "doc %d" % seed, "tags": words[:seed % 7]}}


def main(n):
    h = 0
    length = 0
    for seed in range(n):
        doc = make_doc(seed, 40)
        compact = json.dumps(doc, separators=(",", ":"))
        pretty = json.dumps(doc, indent=2, sort_keys=True)
        ascii_only = json.dumps(doc, ensure_ascii=False)
        for text in (compact, pretty, ascii_only):
            if json.loads(text) != doc:
                raise RuntimeError("json round trip failed")
            length += len(text)
        for ch in compact.encode("utf-8"):
            h = (h * 31 + ch) & 0xFFFFFFFF
    return "json %d: %d chars, hash %08x" % (n, length, h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
