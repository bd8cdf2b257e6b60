# safepy-options: --max-heap 48M --max-time 20
# Attack: hit the heap cap again and again -- a big list, a big str, many
# small objects, a growing dict, a big bytearray -- each time catching
# MemoryError, dropping what was built, and going on.  Must: each attempt
# ends in MemoryError, the program keeps running with correct results
# after each one, and finishes normally.
import gc

def attempt(name, build):
    try:
        build()
        print(name, 'no MemoryError?')
    except MemoryError:
        print(name, 'MemoryError')
    gc.collect()
    # Life goes on: real work, checked.
    total = sum(i * i for i in range(1000))
    d = {str(i): i for i in range(500)}
    print(name, 'after:', total, len(d), d['499'], ''.join(sorted('recovered')))

def big_list():
    x = [None] * (100 * 1024 * 1024)

def big_str():
    s = 'ab' * (64 * 1024 * 1024)

def many_small():
    keep = []
    while True:
        keep.append([len(keep)])

def growing_dict():
    d = {}
    i = 0
    while True:
        d[i] = i
        i += 1

def big_bytearray():
    b = bytearray()
    chunk = b'x' * 65536
    while True:
        b += chunk

def string_doubling():
    s = 'x'
    while True:
        s = s + s

for _ in range(2):
    for name, fn in [('list', big_list), ('str', big_str), ('small', many_small),
                     ('dict', growing_dict), ('bytearray', big_bytearray), ('doubling', string_doubling)]:
        attempt(name, fn)
print('done')
