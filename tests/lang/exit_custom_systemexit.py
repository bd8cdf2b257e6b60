# A SystemExit subclass carries its code
class Quit(SystemExit):
    pass
print('quitting')
raise Quit(4)
