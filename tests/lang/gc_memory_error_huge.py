for name, f in [('list', lambda: [0] * 2**62), ('bytes', lambda: b'x' * 2**62),
                ('str', lambda: 'x' * 2**62), ('bytearray', lambda: bytearray(2**62)),
                ('tuple', lambda: (1, 2) * 2**61)]:
    try:
        f()
        print(name, 'no error')
    except MemoryError as e:
        print(name, 'MemoryError', repr(e))
    except OverflowError as e:
        print(name, 'OverflowError', e)
