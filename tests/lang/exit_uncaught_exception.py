# An uncaught exception: traceback to stderr, status 1, stdout flushed
print('line one')
print('line two', end='')
def g():
    raise ValueError('boom')
g()
