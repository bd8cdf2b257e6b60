# help(): methods, class and static methods, properties, inherited sections
class K:
    "K doc."
    def meth(self, x=1):
        "meth doc."
    @classmethod
    def cm(cls, y):
        "cm doc."
    @staticmethod
    def sm(z):
        "sm doc."
    @property
    def ro(self):
        "ro doc."
    @property
    def rw(self):
        "rw doc."
    @rw.setter
    def rw(self, v):
        pass
    data = {'a': 1}
help(K.meth)
help(K().meth)
help(K.cm)
help(K.sm)
help(K)
class S(K):
    "S doc."
    def extra(self):
        pass
help(S)
