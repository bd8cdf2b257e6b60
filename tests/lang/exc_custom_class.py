# User-defined exception classes
class MyError(Exception):
    pass

class CodeError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return '[%d] %s' % (self.code, self.args[0])

try:
    raise MyError('boom', 1)
except Exception as e:
    print(type(e).__name__, e, e.args, repr(e))

try:
    raise CodeError(42, 'nope')
except ValueError as e:
    print(e, e.code, e.args, repr(e))

class NoArgs(Exception):
    def __init__(self):
        pass

e = NoArgs()
print(repr(e), e.args, str(e) == '')
print(isinstance(MyError(), Exception), issubclass(CodeError, ValueError))
e = MyError('x')
e.extra = 5
print(e.extra, e.__dict__)
