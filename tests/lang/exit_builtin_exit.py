# The exit() builtin (from site.py in CPython) raises SystemExit
try:
    exit(7)
except SystemExit as e:
    print('caught', e.code)
try:
    quit()
except SystemExit as e:
    print('caught', e.code)
print('leaving')
exit(5)
