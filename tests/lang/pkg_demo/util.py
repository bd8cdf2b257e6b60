print('init pkg_demo.util', __name__, __package__)
def helper(x):
    return x * 2
