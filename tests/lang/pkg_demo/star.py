__all__ = ['a', 'b']
a = 1
b = 2
c = 3
_private = 4
