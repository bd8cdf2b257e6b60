# Concatenation, repetition, length, membership, comparison.
s = "hello"
print(s + " world", len(s), len(""))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("ell" in s, "xyz" in s, "" in s, "" in "")
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc", "abc" != "abd")
print("a" <= "a", "b" >= "a", "b" > "ab")
print("é" > "z", "\U0001F600" > "\uffff")
t = "hel"
t += "lo"
print(t == s, t is not None)
print(str(), str("x"), str(42), str(3.5), str(None), str([1, "a"]))
print(bool(""), bool("a"))
