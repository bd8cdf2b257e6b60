# obj.meth(...) where meth is a C method found on obj's type (LOAD_METHOD
# then CALL of a method_descriptor): the loop hands the stack's arguments
# to the C function; self must still be checked, keywords must still work,
# and argument errors keep CPython's messages.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def main():
    l = []
    for j in range(5):
        l.append(j)
    print(l)
    d = {'a': 1}
    print(d.get('a', 0), d.get('b', 0), d.get('b'), d.setdefault('c', 3), d)
    s = 'hello world'
    print(s.startswith('he'), s.startswith(('x', 'wo'), 6), s.split(), s.split(maxsplit=1), s.split(sep='o'))
    l.sort(key=lambda x: -x, reverse=False)
    print(l)
    l.sort(reverse=True)
    print(l)
    # argument errors
    show(lambda: l.append())
    show(lambda: l.append(1, 2))
    show(lambda: l.append(x=1))
    show(lambda: d.get())
    show(lambda: d.get(1, 2, 3))
    show(lambda: d.get(key='a'))
    show(lambda: s.startswith())
    show(lambda: s.split(foo=1))
    show(lambda: l.sort(1))
    # a method descriptor stored on an unrelated class: self of the wrong type
    class A:
        f = list.append
        g = str.upper
        h = dict.get
    show(lambda: A().f(1))
    show(lambda: A().g())
    show(lambda: A().h('a'))
    # called through the class: self is the first argument
    show(lambda: list.append(l, 99))
    show(lambda: list.append(5, 1))
    show(lambda: list.append())
    show(lambda: str.upper('abc'))
    show(lambda: str.upper(b'abc'))
    show(lambda: dict.get({'k': 2}, 'k'))
    # subclass instances: isinstance, not the exact type
    class L(list):
        pass
    m = L()
    m.append(7)
    m.extend([8, 9])
    print(m, type(m).__name__)
    class S(str):
        pass
    print(S('ab').upper(), S('x,y').split(','))
    class D(dict):
        def get(self, k, default=None):
            return ('D.get', k, default)
    print(D(a=1).get('a', 0), dict.get(D(a=1), 'a', 0))
    # small ints, bools and floats as self
    print((5).bit_length(), True.bit_length(), (2.5).is_integer(), (255).to_bytes(2, 'big'))
    print((255).to_bytes(length=2, byteorder='little'))
    # slot wrappers called as methods (argument counts checked)
    print((1).__add__(2), 'a'.__add__('b'), [1].__len__())
    show(lambda: (1).__add__())
    show(lambda: (1).__add__(1, 2))
    show(lambda: [].__len__(1))
    show(lambda: int.__add__('a', 1))
    # bound method objects made from descriptors, called later
    app = l.append
    app(100)
    print(l[-1], app.__self__ is l)
    # the descriptor called with keywords after positionals
    print('a-b-c'.replace('-', '+', 1), 'x'.center(5, '*'), ' y '.strip())
    show(lambda: 'a'.replace('a'))
    # a C method raising inside the loop: the handler sees it
    for key in ('a', 'zz'):
        try:
            print([1, 2].index(key == 'a' and 1 or 3))
        except ValueError as e:
            print('ValueError:', e)
    # calls with many arguments (beyond any small buffer)
    print('{}{}{}{}{}{}{}{}{}{}'.format(*range(10)), '{0}{9}'.format(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
    print(max([3, 1, 2], key=lambda x: -x), sorted('cab', reverse=True))

main()
