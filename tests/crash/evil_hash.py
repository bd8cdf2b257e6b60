class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return self is o
for h in [2**100, -1, -2**100, 0]:
    d = {H(h): 1}
    print(len(d), hash(H(h)) == hash(h) or h == -1)
class BadHash:
    def __hash__(self):
        return "x"
try:
    {BadHash(): 1}
except TypeError as e:
    print("TypeError", e)
