import imp_helpers.circ_b as b
A = 'a'
def use():
    return b.B
