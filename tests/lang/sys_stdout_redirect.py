# Replacing sys.stdout with a custom object
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print('captured', 1, 2)
print('second', end='!')
sys.stdout = old
print(cap.parts)
print(''.join(cap.parts))
