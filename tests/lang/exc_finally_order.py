# try/except/else/finally ordering with exceptions from C code
def f(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError as e:
        print('except', e)
        return 'handled'
    else:
        print('else', r)
        return r
    finally:
        print('finally', x)

print(f(2))
print(f(0))
try:
    try:
        [][1]
    finally:
        print('cleanup')
except IndexError as e:
    print('outer', e)
