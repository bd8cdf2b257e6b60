a = list(range(10))
class I:
    def __index__(self):
        a.clear()
        return 8
print(a[2:I()])
a = list(range(10))
del a[2:I():2]
print(a)
a = list(range(10))
a[1:I():3] = []
print(a)
