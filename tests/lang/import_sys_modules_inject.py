# Anything put in sys.modules can be imported
import sys
class Fake:
    answer = 42
sys.modules['fake_module_xyz'] = Fake()
import fake_module_xyz
print(fake_module_xyz.answer)
from fake_module_xyz import answer
print(answer)
try:
    from fake_module_xyz import question
except ImportError as e:
    print(type(e).__name__, e)
