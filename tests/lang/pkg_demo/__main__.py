print('running pkg_demo as main')
