# str.format: positional, keyword, attributes, items, conversions, nested specs.
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r:>5}|{0!s:^7}|{0!a}".format("é"), "{:{}}|".format(1, 5), "{:{}{}}".format(1, ">", 5))
print("{0.real} {0[1]} {1[x]}".format([5, 6], {"x": 7}) if False else "{0[1]} {1[x]}".format([5, 6], {"x": 7}))
print("{a.b}".format(a=type("T", (), {"b": "attr"})), "{0[-1]}".format({"-1": 2}))
print("{{}} {{x}}".format(), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{00}".format(7))
print("{:x} {:08.3f} {:,} {:>6} {:<4}|".format(255, 3.14159, 1234567, "ab", "c"))
print("{0}{1}{0}".format("ab", "cd"), "{a}".format_map({"a": 1}), "{!r:}".format("x"))
for fmt, args, kwargs in (("a}b", (), {}), ("a{b", (), {}), ("{0", (1,), {}), ("{0}{}", (1, 2), {}),
                          ("{}{0}", (1, 2), {}), ("{!x}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}),
                          ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}), ("x{", (), {}), ("{0!rs}", (1,), {})):
    try:
        print(fmt.format(*args, **kwargs))
    except ValueError as e:
        print(type(e).__name__, e)
for fmt, args in (("{}", ()), ("{1}", (1,)), ("{0:{1}}", (5,))):
    try:
        print(fmt.format(*args))
    except IndexError as e:
        print(type(e).__name__, e)
try:
    "{x}".format()
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0.foo}".format(1)
except AttributeError as e:
    print(type(e).__name__, e)
