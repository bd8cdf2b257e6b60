# help(): docs inherited from base classes and object, class signatures from __init__/__new__
import sys
class Base:
    def run(self):
        "Run it."
    def __init__(self, a):
        pass
    def __repr__(self):
        return 'B'
    def __eq__(self, o):
        return True
class Child(Base):
    def run(self):
        pass
    def __init__(self):
        pass
help(Base)
help(Child)
help(Child.run)
help(Child().run)
class WithNew:
    "Has __new__."
    def __new__(cls, x, y=2):
        return super().__new__(cls)
help(WithNew)
class Sub(WithNew):
    pass
help(Sub)
class Inst:
    "Inst doc."
    def m(self):
        "m doc."
    z = 1
help(Inst())
