# f-strings: conversions, nested format specs, = debugging (3.11 rules).
x, y, w, p = 42, "hi", 8, 3
print(f"a{x!r:>{w}} {y=}")
print(f'{x!s}' f'{y!a}' f'{x:{w}}')
print(f'{ x = }', f'{x=:>5}', f'{y=!s}')
print(f'{"a"}' f"{'b'}", f'{x:}', f'a{{b}}c', f'')
print(rf'\d{x}', F'{ {"k": 1}["k"] }')
print(f'''{
x
}''')
print(f'{3.14159:{w}.{p}f}|', f'{3>2}', f'{x<=y if False else 1}')
print(f'{x,y}', f'{f"{x}"}', 'a' f'b' 'c')
print(f"{x:{'>'}10}|", f'{x!r:^10}|')
