# open() and input(): argument errors
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
open()
open(1.5)
open('/nonexistent/x')
open('/tmp', mode=1)
open('/tmp', 'q')
open('/tmp', 'rw')
open('x', 'rb', encoding='utf-8')
open('x', 'rb', errors='strict')
open('x', 'rb', newline='')
open('x', 'r', x=1)
open('/tmp')
input(1, 2)
input(prompt=1)
""")
