from . import sibling
from .sibling import helper as h
def f():
    return "mod.f " + h()
