# Built-in functions called from Python code: results, keyword arguments
# and the errors their argument checks raise (the message names the
# function being called).
import math
def attempt(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def direct():
    out = []
    out.append(len([1, 2, 3]))
    out.append(isinstance(3, int))
    out.append(abs(-4.5))
    out.append(max(1, 5, key=lambda v: -v))
    out.append(sorted([3, 1, 2], reverse=True))
    out.append(math.floor(2.7))
    out.append(divmod(17, 5))
    out.append(round(2.675, 2))
    out.append(pow(3, 4, 5))
    return out

print(direct())
def errors():
    out = []
    for thunk in (lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: len(5),
                  lambda: isinstance(1), lambda: abs('a'), lambda: math.floor('x'),
                  lambda: divmod(1, 0), lambda: max(), lambda: min(1, key=3),
                  lambda: sorted(1, 2), lambda: getattr(1, 'nope')):
        out.append(attempt(thunk))
    return out
for line in errors():
    print(line)
