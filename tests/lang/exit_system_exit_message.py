# raise SystemExit('msg'): message to stderr, status 1
print('start')
raise SystemExit('fatal: stopping')
