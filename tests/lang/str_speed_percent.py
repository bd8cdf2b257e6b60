# str % of the simple kind (%d, %0Nd, %Nd, %s with small ints and strs):
# the sizing pass counts digits without writing them.
vals = [0, 1, 9, 10, 99, 100, 12345, 99999, 100000, -1, -9, -10, -99999, 10**9, 10**17, 10**18 - 1, 10**18,
        2**62 - 1, -(2**62), 2**62, 2**63, -(2**63), 10**25]
for v in vals:
    print("item%05d" % v, "[%d]" % v, "[%3d|%03d|%12d|%012d]" % (v, v, v, v), "%s" % v, "%s:%d" % ("é", v),
          len("item%05d" % v))
for i in range(0, 3000, 37):
    s = "item%05d" % (i * 37 % 100000)
    assert s == "item" + str(i * 37 % 100000).zfill(5), s
print("ok", "%d%%" % 50, "%5s|%-5s|" % ("ab", "é"), "%d" % True, "%s" % (None,))
for bad in [("%d", "x"), ("%d", ()), ("%d %d", (1,)), ("%05d", 1.5), ("%d", [1])]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError", e)
