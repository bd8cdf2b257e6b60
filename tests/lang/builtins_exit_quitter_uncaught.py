# exit() from the site object ends the program with its status
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

import sys
print('before')
sys.stdout.flush()
try:
    quit(0)
except SystemExit as e:
    print('caught', e.code)
exit(3)
print('not reached')
