import imp_helpers.circ_a
B = 'b'
