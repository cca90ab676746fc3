# An uncaught custom exception with several args and a multi-line str.
class Boom(Exception):
    def __str__(self):
        return "line one\nline two"
def a():
    b()
def b():
    raise Boom(1, 2)
a()
