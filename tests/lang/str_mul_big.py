# Large repetition and joins stay exact.
s = "ab" * 100000
print(len(s), s[-1], s.count("ab"), s[99999:100003])
j = ",".join(str(i) for i in range(1000))
print(len(j), j[:20], j[-10:])
u = "é日" * 5000
print(len(u), u[9999], u[5000], u.find("日", 9000), len(u.encode()))
parts = u.split("日")
print(len(parts), parts[0], parts[-1] == "")
