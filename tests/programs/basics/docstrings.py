# Docstrings on modules, functions, classes and methods; non-docstring string statements.
"""Module docstring."""
def f():
    """Function docstring."""
    return 1
def g():
    x = 1
    "not a docstring"
    return x
class C:
    """Class docstring.

    With a second paragraph.
    """
    def m(self):
        """Method docstring."""
print(__doc__)
print(f.__doc__, g.__doc__, C.__doc__.splitlines(), C.m.__doc__, C().m.__doc__)
def h():
    f"""f-string is not a docstring"""
print(h.__doc__)
class D:
    pass
print(D.__doc__)
