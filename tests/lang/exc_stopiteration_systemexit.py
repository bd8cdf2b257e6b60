# StopIteration.value and SystemExit.code
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit('m').code, SystemExit(1, 2).code)
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print('caught', e.code)
import sys
try:
    sys.exit('bye')
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
