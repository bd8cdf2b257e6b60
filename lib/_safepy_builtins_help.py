"""help(obj) for SafePy: a small text renderer in the layout of CPython's
pydoc (plain text, as pydoc writes it when stdout is not a terminal).

pydoc itself needs inspect, re and more that SafePy cannot import yet, so
this covers the common cases: Python functions, classes, modules, builtin
functions and types, and names given as strings.  Builtin functions carry
no __text_signature__ in SafePy, so their signature shows as "(...)".
Imported by builtins.help on first use."""

import sys

_RULE = '-' * 70


def _cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    for line in lines[1:]:
        out.append(line[margin:] if margin is not None else line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


def _owndoc(obj):
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        tdoc = type(obj).__doc__
        if isinstance(tdoc, str) and tdoc == doc:
            return None
    return doc


# The docs of object's slot methods, which a method without a docstring
# inherits in pydoc's output (SafePy's slot wrappers carry none).
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__new__': 'Create and return a new object.  See help(type) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__hash__': 'Return hash(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__getattribute__': 'Return getattr(self, name).',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
}


def _findclass(func):
    mod = sys.modules.get(getattr(func, '__module__', None))
    if mod is None:
        return None
    path = func.__qualname__.split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    cls = mod
    for name in path:
        cls = getattr(cls, name, None)
    return cls if isinstance(cls, type) else None


def _finddoc(obj):
    # A function defined in a class inherits the doc of the same-named
    # attribute of a base class (pydoc's inspect-based lookup).
    if not _is_function(obj):
        return None
    name = obj.__name__
    cls = _findclass(obj)
    if cls is None or getattr(cls, name, None) is not obj:
        return None
    for base in cls.__mro__:
        if base is object:
            return _OBJECT_DOCS.get(name)
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        doc = _owndoc(attr)
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _owndoc(obj)
    if doc is None:
        doc = _finddoc(obj)
    if not isinstance(doc, str):
        return ''
    doc = _cleandoc(doc).rstrip()
    while doc.startswith('\n') or doc[:1] == ' ' and doc.lstrip(' ')[:1] == '\n':
        doc = doc[doc.index('\n') + 1:]
    return doc


def _indent(text, prefix='    '):
    if not text:
        return ''
    return '\n'.join(prefix + line for line in text.split('\n'))


def _modname(cls):
    mod = cls.__dict__.get('__module__', None) if isinstance(cls, type) else None
    if not isinstance(mod, str):
        mod = getattr(cls, '__module__', None)
    return mod if isinstance(mod, str) else 'builtins'


def _classname(cls, modname):
    name = cls.__name__
    if _modname(cls) != modname:
        name = _modname(cls) + '.' + name
    return name


def _annotation(ann):
    if isinstance(ann, type):
        if ann.__module__ == 'builtins':
            return ann.__qualname__
        return ann.__module__ + '.' + ann.__qualname__
    return repr(ann)


def _signature(func, bound=False):
    code = getattr(func, '__code__', None)
    if code is None:
        return '(...)'
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkwonly = code.co_kwonlyargcount
    flags = code.co_flags
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    anns = getattr(func, '__annotations__', None) or {}

    def param(name, default=None, has_default=False):
        text = name
        if name in anns:
            text += ': ' + _annotation(anns[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i >= first_default:
            parts.append(param(names[i], defaults[i - first_default], True))
        else:
            parts.append(param(names[i]))
        if nposonly and i == nposonly - 1:
            parts.append('/')
    i = npos
    star = None
    if flags & 0x04:
        star = names[npos + nkwonly]
        parts.append('*' + param(star))
    elif nkwonly:
        parts.append('*')
    for k in range(npos, npos + nkwonly):
        name = names[k]
        if name in kwdefaults:
            parts.append(param(name, kwdefaults[name], True))
        else:
            parts.append(param(name))
    if flags & 0x08:
        idx = npos + nkwonly + (1 if flags & 0x04 else 0)
        parts.append('**' + param(names[idx]))
    if bound and parts:
        parts.pop(0)
        if parts and parts[0] == '/':
            parts.pop(0)
    text = '(' + ', '.join(parts) + ')'
    if 'return' in anns:
        text += ' -> ' + _annotation(anns['return'])
    return text


def _is_function(obj):
    return type(obj).__name__ == 'function'


def _is_method(obj):
    return type(obj).__name__ == 'method' and _is_function(getattr(obj, '__func__', None))


def _is_builtin(obj):
    return type(obj).__name__ in ('builtin_function_or_method', 'method_descriptor',
                                  'classmethod_descriptor', 'wrapper_descriptor',
                                  'method-wrapper')


def _docroutine(obj, name=None, cl=None):
    # cl: the class being documented, when obj is one of its attributes.
    if _is_method(obj):
        func = obj.__func__
        imclass = type(obj.__self__)
        text = _docroutine_func(func, name, True)
        decl, _, rest = text.partition('\n')
        if cl is not None:
            if imclass is not cl:
                decl += ' from ' + _classname(imclass, _modname(cl))
        else:
            decl += ' method of %s instance' % _classname(imclass, None)
        return decl + '\n' + rest
    return _docroutine_func(obj, name, False)


def _docroutine_func(obj, name, bound):
    realname = obj.__name__
    name = name or realname
    if _is_function(obj) and realname == '<lambda>':
        argspec = _signature(obj)[1:-1]
        decl = name + ' lambda ' + argspec
    else:
        sig = _signature(obj, bound) if _is_function(obj) else '(...)'
        if name == realname:
            decl = realname + sig
        else:
            decl = name + ' = ' + realname + sig
    bound = _bound_to(obj)
    if bound is not None:
        cls = type(bound)
        decl += ' method of %s.%s instance' % (_modname(cls), cls.__qualname__)
    doc = _getdoc(obj)
    return decl + '\n' + (doc and _indent(doc).rstrip() + '\n')


def _docdata(name, doc):
    text = name + '\n'
    if doc:
        text += _indent(doc) + '\n'
    return text


def _cram(text, maxlen):
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


def _dataline(name, value):
    # pydoc's TextRepr (strings and other values cut to 100 characters),
    # then the whole line cut to 70.
    if isinstance(value, str):
        text = repr(_cram(value, 100))
    else:
        text = _cram(repr(value), 100)
    line = name + ' = ' + text
    chop = 70 - len(line)
    if chop < 0:
        line = line[:chop] + '...'
    return line


_HEAP_DESCR_DOC = {
    '__dict__': 'dictionary for instance variables (if defined)',
    '__weakref__': 'list of weak references to the object (if defined)',
}


def _kind(cls, name, value):
    if isinstance(value, staticmethod):
        return 'static method'
    if isinstance(value, classmethod):
        return 'class method'
    if isinstance(value, property):
        return 'property'
    if _is_function(value) or _is_builtin(value):
        return 'method'
    if hasattr(type(value), '__get__') and (hasattr(type(value), '__set__')
                                            or hasattr(type(value), '__delete__')):
        return 'data descriptor'
    return 'data'


def _visible(name):
    if name in ('__author__', '__builtins__', '__cached__', '__credits__',
                '__date__', '__doc__', '__file__', '__spec__', '__loader__',
                '__module__', '__name__', '__package__', '__path__',
                '__qualname__', '__slots__', '__version__'):
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


def _user_method(cls, name):
    meth = getattr(cls, name, None)
    return meth if _is_function(meth) else None


def _class_signature(cls):
    # inspect.signature(cls) for Python classes: their own __new__ or
    # __init__, else an inherited one, without its first parameter.
    if _user_method(type(cls), '__call__') is not None:
        return None
    new = _user_method(cls, '__new__')
    init = _user_method(cls, '__init__')
    if '__new__' in cls.__dict__:
        factory = new
    elif '__init__' in cls.__dict__:
        factory = init
    else:
        factory = new or init
    if factory is None:
        return None
    return _signature(factory, True)


def _docclass(cls, name=None, mod=None):
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    if name == realname:
        title = 'class ' + realname
    else:
        title = name + ' = class ' + realname
    if bases:
        title += '(%s)' % ', '.join(_classname(b, _modname(cls)) for b in bases)

    contents = []
    push = contents.append
    argspec = _class_signature(cls)
    if argspec and argspec != '()':
        push(name + argspec + '\n')
    doc = _getdoc(cls)
    if doc:
        push(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push('Method resolution order:')
        for base in mro:
            push('    ' + _classname(base, _modname(cls)))
        push('')

    attrs = []
    for klass in mro:
        for aname, value in klass.__dict__.items():
            if not _visible(aname):
                continue
            if any(aname == a[0] for a in attrs):
                continue
            attrs.append((aname, _kind(klass, aname, value), klass, value))

    rule = [False]

    def maybe_rule():
        if rule[0]:
            push(_RULE)
        rule[0] = True

    def split(items, kind):
        yes = [a for a in items if a[1] == kind]
        no = [a for a in items if a[1] != kind]
        return yes, no

    while attrs:
        this = mro.pop(0) if mro else None
        mine = [a for a in attrs if a[2] is this]
        attrs = [a for a in attrs if a[2] is not this]
        if this is object:
            continue
        tag = 'defined here' if this is cls else 'inherited from %s' % _classname(this, _modname(cls))
        mine.sort(key=lambda a: a[0])

        ok, mine = split(mine, 'method')
        if ok:
            maybe_rule()
            push('Methods %s:\n' % tag)
            for aname, kind, home, value in ok:
                push(_docroutine(getattr(cls, aname), aname, cls))
        for kind, label in (('class method', 'Class methods'), ('static method', 'Static methods')):
            ok, mine = split(mine, kind)
            if ok:
                maybe_rule()
                push('%s %s:\n' % (label, tag))
                for aname, k, home, value in ok:
                    push(_docroutine(getattr(cls, aname), aname, cls))
        ok, mine = split(mine, 'property')
        ro = [a for a in ok if a[3].fset is None and a[3].fdel is None]
        rw = [a for a in ok if a not in ro]
        if ro:
            maybe_rule()
            push('Readonly properties %s:\n' % tag)
            for aname, k, home, value in ro:
                push(_docdata(aname, _getdoc(value)))
        ok, mine = split(mine, 'data descriptor')
        ok = sorted(rw + ok, key=lambda a: a[0])
        if ok:
            maybe_rule()
            push('Data descriptors %s:\n' % tag)
            for aname, k, home, value in ok:
                doc = _HEAP_DESCR_DOC.get(aname) if type(value).__name__ == 'getset_descriptor' else None
                push(_docdata(aname, doc or _getdoc(value)))
        if mine:
            maybe_rule()
            push('Data and other attributes %s:\n' % tag)
            for aname, k, home, value in mine:
                push(_dataline(aname, getattr(cls, aname)) + '\n')

    text = '\n'.join(contents)
    if not text:
        return title + '\n'
    return title + '\n' + _indent(text.rstrip(), ' |  ') + '\n'


def _describe(obj):
    if isinstance(obj, type(sys)):
        if obj.__name__ in getattr(sys, 'builtin_module_names', ()):
            return 'built-in module ' + obj.__name__
        if hasattr(obj, '__path__'):
            return 'package ' + obj.__name__
        return 'module ' + obj.__name__
    if isinstance(obj, type):
        return 'class ' + obj.__name__
    if _is_method(obj):
        return 'method ' + obj.__name__
    if _is_function(obj):
        return 'function ' + obj.__name__
    if type(obj).__name__ == 'builtin_function_or_method':
        return 'built-in function ' + obj.__name__
    return type(obj).__name__


def _bound_to(obj):
    # The instance a built-in method is bound to (not a module), or None.
    if type(obj).__name__ != 'builtin_function_or_method':
        return None
    self = getattr(obj, '__self__', None)
    if self is None or isinstance(self, type(sys)):
        return None
    return self


def _docmodule(mod):
    name = mod.__name__
    synopsis, _, rest = _getdoc(mod).partition('\n')
    out = 'NAME\n    ' + name + (synopsis and ' - ' + synopsis) + '\n\n'
    rest = rest.strip('\n')
    if rest:
        out += 'DESCRIPTION\n' + _indent(rest) + '\n\n'
    return out


def _render(obj):
    data_object = not (isinstance(obj, (type, type(sys))) or _is_function(obj)
                       or _is_builtin(obj) or _is_method(obj))
    target = type(obj) if data_object else obj
    desc = _describe(obj)
    # pydoc names the module the object itself says it is from (instances
    # of built-in types say nothing; their classes say builtins).
    if isinstance(obj, type):
        modname = _modname(obj)
    else:
        try:
            modname = obj.__module__
        except AttributeError:
            modname = None
    if not isinstance(modname, str):
        modname = None
    if _is_builtin(obj) and not isinstance(getattr(obj, '__self__', None), type(sys)):
        modname = None
    if modname and not isinstance(obj, type(sys)):
        desc += ' in module ' + modname
    title = 'Help on %s:' % (desc + ' object' if data_object else desc)
    if isinstance(target, type):
        body = _docclass(target)
    elif isinstance(target, type(sys)):
        body = _docmodule(target)
    else:
        body = _docroutine(target)
    return title + '\n\n' + body


def _resolve(name):
    import builtins
    parts = name.split('.')
    obj = None
    for i in range(len(parts), 0, -1):
        try:
            obj = __import__('.'.join(parts[:i]))
            for p in parts[1:i]:
                obj = getattr(obj, p)
            break
        except ImportError:
            obj = None
    else:
        if hasattr(builtins, parts[0]):
            obj = getattr(builtins, parts[0])
            i = 1
        else:
            return None
    for p in parts[i:]:
        if not hasattr(obj, p):
            return None
        obj = getattr(obj, p)
    return obj


def _interact():
    # A small version of pydoc's help utility: each line names something
    # to document; "q", "quit", an empty line or end of input leave.
    sys.stdout.write('\nSafePy help: enter the name of a module, class or function '
                     '(for example "len" or "sys"); "quit" leaves.\n\n')
    while True:
        try:
            request = input('help> ')
        except (KeyboardInterrupt, EOFError):
            break
        request = request.strip()
        if not request or request.lower() in ('q', 'quit'):
            break
        help(request)
    sys.stdout.write('\nLeaving help.  help(object) documents an object directly.\n\n')


def help(*args, **kwds):
    # The signature of pydoc's Helper.__call__(self, request=...).
    if 'request' in kwds:
        if args:
            raise TypeError("Helper.__call__() got multiple values for argument 'request'")
        args = (kwds.pop('request'),)
    if kwds:
        raise TypeError("Helper.__call__() got an unexpected keyword argument '%s'" % next(iter(kwds)))
    if len(args) > 1:
        raise TypeError('Helper.__call__() takes from 1 to 2 positional arguments but %d were given'
                        % (len(args) + 1))
    out = sys.stdout
    if not args:
        _interact()
        return None
    request = args[0]
    if isinstance(request, str):
        obj = _resolve(request.strip()) if request.strip() else None
        if obj is None:
            out.write("No Python documentation found for %r.\n"
                      "Use help() to get the interactive help utility.\n"
                      "Use help(str) for help on the str class.\n" % request)
            return None
        request = obj
    out.write(_render(request))
    out.write('\n')
    return None
