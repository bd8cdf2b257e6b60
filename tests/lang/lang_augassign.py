# Augmented assignment on names, attributes, subscripts; in-place semantics.
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
s = "a"
s += "b"
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(alias_t, t)
class O:
    pass
o = O()
o.n = 1
o.n += 10
print(o.n)
d = {"k": [1]}
d["k"] += [2]
d["c"] = 0
d["c"] += 5
print(d)
calls = []
def key():
    calls.append("key")
    return 0
arr = [10]
arr[key()] += 1
print(arr, calls)
b = 6
b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1
print(b)
f = 7.0
f /= 2
print(f)
