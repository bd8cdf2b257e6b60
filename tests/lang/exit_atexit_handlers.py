# atexit handlers run last-registered-first after SystemExit
import atexit
def bye(x, y=0):
    print('bye', x, y)
atexit.register(bye, 1, y=2)
@atexit.register
def second():
    print('second')
def boom():
    raise ValueError('in atexit')
atexit.register(boom)
atexit.register(print, 'unregistered')
atexit.unregister(print)
print('main done')
raise SystemExit(3)
