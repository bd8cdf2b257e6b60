# Uncaught KeyError after partial output
d = {'a': 1}
for k in ['a', 'b']:
    print(k, d[k])
