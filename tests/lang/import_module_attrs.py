# Module attributes set by import
import imp_helpers.counter as m
print(m.__name__, m.__package__, m.__spec__.name, m.__spec__.parent)
print(m.__file__.endswith('imp_helpers/counter.py'), m.__loader__ is None or True)
print(type(m).__name__, type(m.__dict__).__name__)
print(sorted(k for k in m.__dict__ if not k.startswith('__')))
import imp_helpers
print(imp_helpers.__spec__.submodule_search_locations == imp_helpers.__path__)
