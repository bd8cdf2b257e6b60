"""str loops: string-heavy code -- building with join and +=, formatting
(%, format, f-strings), split/strip/replace, find and in, slicing and
reversal, case changes, startswith, character classification."""
import sys

DEFAULT = 600000


def main(n):
    parts = []
    acc = 0
    s = ""
    for i in range(n):
        word = "item%05d" % (i * 37 % 100000)
        line = f"{word}:{i % 7}:{i * 3.5:.1f}|"
        parts.append(line)
        s += word[-2:]
        if len(s) > 500:
            acc += s.count("7") + len(s.replace("0", ""))
            s = s[::-1][:50]
    text = "".join(parts)
    fields = text.split("|")
    for f in fields[:-1]:
        name, k, v = f.split(":")
        acc += int(k) + len(v.strip()) + (1 if name.startswith("item0") else 0)
        acc += name.find("9") + ("42" in name)
    upper = text.upper()
    acc += upper.count("ITEM") + sum(1 for ch in text[:20000] if ch.isdigit())
    words = " ".join("{0}-{1}".format(w[:4], w[-3:].title()) for w in fields[:2000])
    title = words.title().swapcase()
    acc += len(words) + title.count("i") + len(text.rstrip("|").lstrip("i"))
    h = 0
    for ch in title[:5000]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return "str-loops %d: %d %08x %s" % (n, acc, h, title[:24])


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
