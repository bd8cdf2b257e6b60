# exit/quit/copyright/credits/license: argument errors of their __call__
for call in ['exit(1, 2)', 'quit(x=1)', 'exit(1, code=2)', 'copyright(1)', 'credits(x=1)', 'license(1, 2)']:
    try:
        eval(call)
    except TypeError as e:
        print('TypeError', e)
    except SystemExit as e:
        print('SystemExit', e.code)
try:
    exit(code=5)
except SystemExit as e:
    print('SystemExit', e.code)
