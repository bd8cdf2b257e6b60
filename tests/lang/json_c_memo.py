# The scanner's key memo: within one document every occurrence of a key
# is the same str object (CPython's memo dict), however many distinct
# keys there are (SafePy's two-level memo must never give two objects);
# separate documents share nothing beyond what str itself caches.
import json

def distinct_objects(docs):
    seen = {}
    for d in docs:
        for k in d:
            seen.setdefault(k, set()).add(id(k))
    return sum(len(v) for v in seen.values()), len(seen)

for nkeys in (1, 10, 300, 5000):
    keys = ['key%d' % i for i in range(nkeys)] + ['\u00e9\u2603%d' % i for i in range(nkeys // 3)]
    text = json.dumps([{k: i for k in keys[i % 7::3]} for i in range(12)])
    docs = json.loads(text)
    print(nkeys, distinct_objects(docs))
    nested = json.loads(json.dumps({'outer': [{k: {k: 1}} for k in keys[:200]] * 3}))
    inner = [d for x in nested['outer'] for d in (x, *x.values())]
    print(distinct_objects(inner))

a = json.loads('{"shared_key": 1}')
b = json.loads('{"shared_key": 2}')
print(list(a)[0] is list(b)[0], list(a)[0] == list(b)[0])
pairs = json.loads('[{"k": 1, "k": 2}, {"k": 3}]', object_pairs_hook=lambda p: p)
print([k for p in pairs for k, v in p], len({id(k) for p in pairs for k, v in p}))
# a key written with escapes is the same key as its plain spelling
docs = json.loads('[{"ab": 1}, {"a\\u0062": 2}, {"\\u0061b": 3, "\\ud800x": 4}, {"\\ud800x": 5}]')
print([list(d) for d in docs], distinct_objects(docs))
docs = json.loads('[{"k\\n": 1}, {"k\\n": 2}, {"caf\u00e9": 1}, {"caf\\u00e9": 2}]')
print(distinct_objects(docs))
