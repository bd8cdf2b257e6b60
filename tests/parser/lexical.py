# -*- coding: utf-8 -*-
# comment
x = 1 # trailing
x = (1 +
     2)
x = 1 + \
    2
if x:
    # comment

    pass
if x:
	pass
if y:
        if z:
                pass
        w = [
  1,
        2]
class K:

    def f(self):
        return 1

    def g(self):
        pass
x = 1
é = 2
x = 1;
