# Exception hierarchies, chaining, finally ordering, context managers.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError


def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(key) from e


log = []
with Resource("a", log) as r:
    with Resource("b", log):
        {}["missing"]
    log.append("after b")
print(log)

try:
    load({"x": 1}, "y")
except AppError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| key:", e.key)


def order():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(f"body {i}")
        finally:
            out.append(f"finally {i}")
    return out


print(order())


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(returns_in_finally())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__)
errors = []
for exc in (ValueError, TypeError, IndexError, KeyError, ZeroDivisionError):
    try:
        raise exc("msg")
    except (LookupError, ArithmeticError) as e:
        errors.append(("lookup/arith", type(e).__name__))
    except Exception as e:
        errors.append(("other", type(e).__name__))
print(errors)
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
