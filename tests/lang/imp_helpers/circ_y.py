from imp_helpers.circ_x import X
Y = 'y'
