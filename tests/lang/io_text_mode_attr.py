# A text file's mode is an assignable, deletable attribute (tokenize.open
# sets it); a binary file's is read-only.
import os

path = "/tmp/safepy_io_text_mode_attr_%d.txt" % os.getpid()
with open(path, "w") as t:
    t.write("x = 1\n")
f = open(path, "rb")
try:
    f.mode = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(f.mode)
f.close()
t = open(path)
print(t.mode)
t.mode = "zz"
print(t.mode, repr(t).replace(repr(path), "PATH"))
del t.mode
try:
    t.mode
except AttributeError as e:
    print("AttributeError:", e)
print(repr(t).replace(repr(path), "PATH"))
try:
    del t.mode
except AttributeError as e:
    print("AttributeError:", e)
t.close()
import tokenize
with tokenize.open(path) as g:
    print(g.mode, g.read())
import linecache
print(linecache.getline(path, 1), end="")
os.remove(path)
