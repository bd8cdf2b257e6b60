# Random documents mixing every JSON kind (nested dicts and lists, unicode
# with surrogates and control characters, huge ints, awkward floats,
# constants) through json.dumps / json.loads in every mode, with a checksum
# of the texts; then the texts are decoded back and compared.
import json, random, math

rng = random.Random(1234)
ALPHABET = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', '\u00e9', '\u2603',
            '\uffff', '\U0001f600', '\U0010ffff', '\ud800', '\udfff', '\u0661']

def rstr():
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))

def rnum():
    k = rng.randrange(7)
    if k == 0:
        return rng.randrange(-1000, 1000)
    if k == 1:
        return rng.randrange(-10**40, 10**40)
    if k == 2:
        return rng.random() * 10 ** rng.randrange(-300, 300)
    if k == 3:
        return rng.choice([0.0, -0.0, 1e-320, 5e-324, 1.7976931348623157e308, 0.1, 2.0**53 + 1])
    if k == 4:
        return rng.choice([True, False, None])
    if k == 5:
        return 2 ** rng.randrange(60, 70) * rng.choice([1, -1])
    return float(rng.randrange(-10**6, 10**6)) / 7

def value(depth):
    k = rng.randrange(10 if depth < 5 else 4)
    if k < 2:
        return rnum()
    if k < 4:
        return rstr()
    if k < 7:
        return [value(depth + 1) for _ in range(rng.randrange(5))]
    return {rstr(): value(depth + 1) for _ in range(rng.randrange(5))}

def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h

total = 0
for n in range(60):
    doc = value(0)
    texts = [json.dumps(doc), json.dumps(doc, ensure_ascii=False),
             json.dumps(doc, sort_keys=True, separators=(',', ':')),
             json.dumps(doc, indent=1)]
    for t in texts:
        total = (total * 7 + checksum(t)) & 0xFFFFFFFF
        back = json.loads(t)
        if json.dumps(back, sort_keys=True) != json.dumps(doc, sort_keys=True):
            print('mismatch', n, t[:80])
    if n < 3:
        print(texts[0][:200])
print('checksum', total)

# constants and a document with everything at once
doc = {'nan': math.nan, 'inf': [math.inf, -math.inf], 'big': 10**200, 'neg': -2**64,
       'f': [0.1, 1e22, 1e-7, -0.0, 123456789012345.6], 's': '\ud83d\ude00 \ud83d lone \ude00',
       'nested': [[{'a': [{}]}]], 'keys': {1: 2, 2.5: 3, None: 4, True: 5}}
text = json.dumps(doc)
print(text)
back = json.loads(text)
print(json.dumps(back, sort_keys=True))
print(json.loads(json.dumps(doc, ensure_ascii=False)) == json.loads(text) or 'nan differs as expected')
