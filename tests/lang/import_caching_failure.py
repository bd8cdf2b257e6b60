# Modules run once; a failing module is not left in sys.modules
import sys
import imp_helpers.counter
import imp_helpers.counter as c2
from imp_helpers import counter
print(c2 is counter, counter.count)
for i in range(2):
    try:
        import imp_helpers.broken
    except ValueError as e:
        print('failed:', e, 'imp_helpers.broken' in sys.modules)
import imp_helpers.replacer
print(sys.modules['imp_helpers.replacer'])
