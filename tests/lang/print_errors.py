# print's argument errors
for kw in [{'sep': 3}, {'end': 3}, {'foo': 3}, {'sep': b'x'}]:
    try:
        print(1, **kw)
    except TypeError as e:
        print(e)
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print(e)
class Good:
    def __str__(self):
        return 'good'
    def __repr__(self):
        return 'GOOD'
print(Good(), [Good()])
