# String building and formatting: a hand-written JSON-style encoder and
# tokenizer over nested records (str concatenation, join, escapes, char
# loops), plus f-strings, %-format and str.format with format specs.
def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(encode(x) for x in v) + "]"
    return "{" + ", ".join(encode(k) + ": " + encode(x) for k, x in v.items()) + "}"

def tokens(s):
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in " ,:":
            i += 1
        elif c in "[]{}":
            out.append(c)
            i += 1
        elif c == '"':
            j = i + 1
            while s[j] != '"':
                j += 2 if s[j] == "\\" else 1
            out.append(s[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < n and s[j] not in " ,:]}":
                j += 1
            out.append(s[i:j])
            i = j
    return out

records = [{"id": i, "name": f"user{i:05d}", "score": i * 1.25,
            "tags": ["t%d" % (i % 7), "x{}".format(i % 3)],
            "ok": i % 2 == 0, "note": None if i % 5 else 'say "hi"'}
           for i in range(1000)]
text = encode(records)
toks = tokens(text)
lines = ["{:>6} {:<10} {:8.2f} {!r:>12}".format(r["id"], r["name"], r["score"], r["tags"][0])
         for r in records]
print(len(text), len(toks), toks[5], lines[7], sum(len(l) for l in lines))
