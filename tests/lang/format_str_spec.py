# format() of strs: fill, align, width, precision (truncation), Unicode
# fills and text, and the string-specific error messages.
texts = ['', 'a', 'abc', 'héllo', '日本語', '\U0001f600x', 'tab\there', 'a' * 20]
specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.3', '>10.1s', '-^9', '\u00e9<8', '\U0001f600>6',
         '0>6', '06', '08s', '0', '=5', '+5', ' 5', '-5', '#5', 'z5', ',', '_', ',s', '.5s', 'd', 'x', 'r', 'S', '%',
         '<', '>', '^', '1', '01']
for t in texts:
    row = []
    for spec in specs:
        try:
            row.append(repr(format(t, spec)))
        except ValueError as e:
            row.append('!%s' % e)
    print(repr(t), ' '.join(row))
class S(str):
    def __str__(self):
        return 'custom'
print(repr(format(S('abc'), '>5')), type(format(S('x'), '')).__name__)
print('{:>8}|{:<8}|{:^8}|{:.2}'.format('ab', 'cd', 'ef', 'ghij'), f'{"x":*>{5}}', '{0:{1}}'.format('q', '^5'))
for spec in ['\x00<5', '\n>5', '{<5', '}>5']:
    print(repr(format('ab', spec)))
