# format(): argument errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class F:
    def __format__(self, spec):
        return 'F:' + spec
class Bad:
    def __format__(self, spec):
        return 5
run("""
format()
format(1, 2, 3)
format(1, 2)
format(1, 'q')
format(value=1)
format(F())
format(F(), 'xyz')
format(Bad())
format(object(), 'x')
format(object(), '').startswith('<object object at')
format('abc', '>5')
format(3.14159, '.2f')
format(10, 'b')
format(None)
format(None, 'x')
format([1], '')
format(1, format_spec='x')
""")
