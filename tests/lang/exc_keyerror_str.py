# KeyError shows the key's repr
d = {}
for k in ['a', 1, (1, 2), '', None]:
    try:
        d[k]
    except KeyError as e:
        print(str(e), repr(e), e.args)
print(str(KeyError('a', 'b')))
print(KeyError.__str__(KeyError('z')))
