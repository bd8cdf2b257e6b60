f"a{b!r:>{w}} {c=}"
f'{x!s}' f'{x!a}' f'{x:{y}}'
f'{ x = }'
f'{x=:>3}'
f'{x=!s}'
f'{"a"}' f"{'b'}"
f'{x:}'
f'a{{b}}c'
f''
rf'\d{x}'
F'{a["b"]}'
f'''{
x
}'''
f'{a:{b}{c}}'
f'{3>2}' f'{a<=b}' f'{a!=b}'
'a' f'b' 'c'
f'{x}' 'y' f'{z}'
f'{x!r:^10}'
f'{yield}'
f'{x:%H:%M}'
f'{a}{b}{c}'
f'{f"{x}"}'
f"{x:{'>'}10}"
f'{x:{y}.{z}f}'
fr'{x}\n'
