# help(obj): pydoc's plain-text layout for functions and classes
def f(a, b=1, *args, c, d=2, **kw):
    """Add things.

    More text."""
    return a
help(f)
def g(x, /, y: int = 3, *, z: 'str' = 'q') -> list:
    pass
help(g)
help(lambda x, y=2: 1)
def nodoc():
    pass
help(nodoc)
def kwonly(*, a, b=None):
    "Keyword only."
help(kwonly)
def varargs(*args, **kwargs):
    '''   Leading spaces.
        indented more
    back'''
help(varargs)
def defaults(a=[1, 2], b={'k': 1}, c=(), d='s', e=None, f=1.5):
    pass
help(defaults)
r = help(f)
print(r)
help('no_such_thing_here')
help('also.not.there')
def f():
    "f doc"
for call in ['help(f, 1)', 'help(x=1)', 'help(f, request=f)', 'help(request=f)']:
    try:
        eval(call)
    except TypeError as e:
        print('TypeError', e)
