# Replacing or deleting __dict__ of builtin objects that have one: PyObject_GenericSetDict's
# checks (staticmethod, classmethod, partial, lru_cache wrappers, ast.AST), a module's
# read-only member, _io._IOBase's read-only getset.
import functools, ast, io, types
def f(): pass
objs = {'staticmethod': staticmethod(f), 'classmethod': classmethod(f), 'partial': functools.partial(f), 'lru': functools.lru_cache(f), 'ast': ast.AST(), 'iobase': io.BytesIO(), 'module': types.ModuleType('m')}
for n, o in objs.items():
    for stmt in ['del o.__dict__', 'o.__dict__ = 5', 'o.__dict__ = {"a": 1}']:
        try: exec(stmt); print(n, stmt, 'ok', o.__dict__)
        except Exception as e: print(n, stmt, type(e).__name__, e)
    print(n, type(type(o).__dict__.get('__dict__') or [c for c in type(o).__mro__ if '__dict__' in c.__dict__][0].__dict__['__dict__']).__name__)
