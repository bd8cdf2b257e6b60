print('counter module executed')
count = 0
