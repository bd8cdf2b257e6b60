# iter(callable, sentinel) and the iterator types of builtins
def e(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as ex:
        print(s, '->', type(ex).__name__, ex)
def stopper():
    raise StopIteration
n = [0]
def count():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration('x')
    return n[0]
def boom():
    raise ValueError('boom')
class EqAlways:
    def __eq__(self, o): return True
ci = iter(lambda: 1, 1)
'iter(iter([1])).__class__.__name__', 'iter(range(3)).__class__.__name__', 'iter("ab").__class__.__name__', 'iter({}).__class__.__name__', 'iter(b"").__class__.__name__', 'iter(()).__class__.__name__', 'iter(set()).__class__.__name__', 'iter({}.items()).__class__.__name__', 'iter(reversed([])).__class__.__name__']:
    e(s)
