# Hostile input for the _json accelerator: nesting far past any limit with
# the recursion limit raised (the C stack guard must answer, not a
# signal; CPython 3.11 crashes there), callbacks that mutate the containers being encoded, hooks that
# raise or return odd objects, and huge flat documents.
import sys, json, _json

sys.setrecursionlimit(10**7)
for n in (10**5, 2 * 10**5):
    for text in ('[' * n + ']' * n, '{"a":' * n + '1' + '}' * n, '[' * n):
        try:
            json.loads(text)
        except (RecursionError, ValueError) as e:
            print(type(e).__name__)
    x = []
    for i in range(n):
        x = [x, {'k': x}] if i % 1000 == 0 else [x]
    try:
        json.dumps(x)
    except RecursionError as e:
        print(type(e).__name__)
sys.setrecursionlimit(1000)

# default() mutating the dict and the list being encoded
d = {'a': 1, 'b': object(), 'c': 3}
def mutate(o):
    d.clear()
    d.update({i: i for i in range(100)})
    lst.clear()
    return 'x'
lst = [1, object(), 3, 4]
print(json.dumps(d, default=mutate))
lst = [1, object(), 3, 4]
d = {'a': 1}
print(json.dumps(lst, default=mutate))
d = {'a': object(), 'b': 2}
print(json.dumps(d, default=mutate, sort_keys=True))

# markers changed under the encoder
markers = {}
def clear_markers(o):
    markers.clear()
    return [1]
enc = _json.make_encoder(markers, clear_markers, _json.encode_basestring, None, ':', ',', False, False, True)
try:
    print(enc([object(), [object()]], 0))
except KeyError:
    print('KeyError')

# hooks that raise or return strange things
for kw in ({'object_hook': lambda d: 1 / 0}, {'object_pairs_hook': lambda p: p.clear()},
           {'parse_float': lambda s: None}, {'parse_int': lambda s: [s]}, {'parse_constant': lambda s: {}}):
    try:
        print(json.loads('[{"a": 1.5, "b": [2, NaN]}, 3]', **kw))
    except ZeroDivisionError as e:
        print('ZeroDivisionError')

# huge flat documents
big = json.dumps(list(range(200000)))
print(len(big), sum(json.loads(big)))
s = json.dumps('\u00e9\U0001f600"\\\n' * 50000)
print(len(s), len(json.loads(s)))
print(len(json.dumps({str(i): [i, str(i)] for i in range(50000)}, sort_keys=True)))
