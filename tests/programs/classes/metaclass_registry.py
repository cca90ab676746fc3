# Metaclass-based registries and class-level validation, including __init_subclass__ interplay and attribute checks.
class ValidatingMeta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        if bases and "run" not in ns:
            raise TypeError(f"{name} must define run()")
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry.append(name)
        return cls
class Task(metaclass=ValidatingMeta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.order = len(ValidatingMeta.registry)
class Build(Task):
    def run(self):
        return "building"
class Test(Task):
    def run(self):
        return "testing"
try:
    class Broken(Task):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(ValidatingMeta.registry, Build.order, Test.order, [c().run() for c in (Build, Test)])
print(type(Build) is ValidatingMeta, isinstance(Build(), Task), Task.__subclasses__())
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"<{cls.__name__}.{name} via metaclass __getattr__>"
class Dyn(metaclass=AttrMeta):
    real = 1
print(Dyn.real, Dyn.anything)
try:
    Dyn().anything
except AttributeError as e:
    print(type(e).__name__, e)
