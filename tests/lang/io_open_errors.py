# open() argument and OS errors
for m in ['rr', 'rw', 'q', 'b', 'rbt', '']:
    try:
        open('io_open_errors.py', m)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open('io_open_errors.py', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
try:
    open('no_such_file_here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.strerror)
try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print(e)
f = open('io_open_errors.py')
f.close()
for op in [f.read, f.readline, lambda: f.write('x')]:
    try:
        op()
    except ValueError as e:
        print(e)
f.close()
with open('io_open_errors.py') as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
