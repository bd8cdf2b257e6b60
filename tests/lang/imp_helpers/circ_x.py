from imp_helpers.circ_y import Y
X = 'x'
