# json.dumps edge cases of the C encoder: ints past the str-conversion
# digit limit, dict subclasses whose items() misbehave, bad hooks and
# separators.
import json, _json, sys
def show(f, *a, **k):
    try: print(repr(f(*a, **k))[:200])
    except Exception as e: print(type(e).__name__, str(e)[:200])
show(json.dumps, 10**5000)
show(json.dumps, {10**5000: 1})
show(json.dumps, [-(10**4299)])
class D(dict):
    def items(self): return 5
show(json.dumps, D(a=1))
class D2(dict):
    def items(self): return [(1, 2, 3)]
show(json.dumps, D2(a=1))
class D3(dict):
    def items(self): return iter([('a', 1), ['b', 2]])
show(json.dumps, D3(a=1))
show(json.dumps, D3())
class D4(dict):
    items = None
show(json.dumps, D4(a=1))
show(json.loads, '[1]', parse_int=None)
sys.set_int_max_str_digits(0)
show(lambda: len(json.dumps(10**5000)))
show(lambda: len(str(json.loads('9' * 6000))))
show(json.dumps, {'a': 1, 'b': [1, 2, {'c': None}]}, separators=('', ''))
show(json.dumps, [1, 2], separators=(1, 2))

# an indent given to make_encoder directly is ignored, as CPython's C encoder does
import _json
e = _json.make_encoder(None, str, _json.encode_basestring, 4, ':', ',', False, False, True)
print(e([1, [2, {'a': 3}]], 0), e([1], 5))
try: e([1], 'x')
except Exception as ex: print(type(ex).__name__, ex)
try: e([1], 10**30)
except Exception as ex: print(type(ex).__name__, ex)

# Scanner and Encoder can't be subclassed (only the type is compared: the
# message names the type as SafePy's type system does)
for base in (_json.make_scanner, _json.make_encoder):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError', base.__name__)
