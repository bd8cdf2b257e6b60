# __import__(): arguments and results
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

run("""
__import__()
__import__('')
__import__('nonexistent_mod_x')
__import__('os', level=-1)
__import__('x', level=1)
__import__('sys').__name__
__import__('importlib.util').__name__
__import__('importlib.util', fromlist=['find_spec']).__name__
__import__('sys', {}, {}, [], 0).__name__
__import__('sys', None, None, None, 0).__name__
__import__('sys', level=0).__name__
__import__(name='sys').__name__
__import__('sys', 1, 2, 3, 4, 5)
__import__('nonexistent.sub')
__import__('sys.nothere')
__import__('.x')
""")
