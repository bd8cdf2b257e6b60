print('broken starts')
raise ValueError('broken module')
