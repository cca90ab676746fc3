# Absolute imports of names made of dots find nothing: the part after the last dot is
# empty, and a parent named '.' does not exist either.
import importlib

for name in ('.', '..', '..foo', '.foo', 'os..path'):
    try:
        __import__(name)
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    importlib.import_module('.')
except TypeError as e:
    print(e)
