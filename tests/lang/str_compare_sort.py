# Ordering is by code point.
words = ["banana", "Apple", "cherry", "apple", "éclair", "Zebra", "日本", "\U0001F600", "a", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(max(words), min(words), sorted("Hello World"))
print("a" < "b" < "c", "abc" < "abcd", "\uffff" < "\U00010000", "z" < "é")
