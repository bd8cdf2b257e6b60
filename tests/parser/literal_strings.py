'a' 'b' "c"
b'a' b"\x00\xff"
r'\n' R"\d"
rb'\x' BR'\\' Rb"x" bR'y'
'\n\t\\\'\"\a\b\f\v\0\101\x41\u0041\U0001F600'
'''triple
quoted'''
"""a\
b"""
x = 'é€😀'
u'a' 'b'
'a' u'b'
x = """
"""
'\
'
'\d\q'
b'\d'
"it's"
'say "hi"'
'\777'
'\x7f\x80'
