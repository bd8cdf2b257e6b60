# Many lines and a long line (buffering)
for i in range(2000):
    print(i, i * i)
print('x' * 20000)
print('done')
