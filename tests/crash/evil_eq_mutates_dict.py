# __eq__ that mutates the dict being searched.
class Evil:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        for i in range(100):
            self.d[i] = i
        return False
d = {}
for i in range(5):
    d[Evil(d)] = i
try:
    print(Evil(d) in d)
    d[Evil(d)] = 99
    print(len(d) >= 1)
except RuntimeError as e:
    print("RuntimeError", e)
