X = 'namespace module'
