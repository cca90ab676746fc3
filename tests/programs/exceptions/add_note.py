# BaseException.add_note and __notes__, with_traceback, and notes shown in tracebacks (caught here).
try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__, str(err))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
e2 = KeyError("k")
print(hasattr(e2, "__notes__"))
e2.__notes__ = ["manually set"]
e2.add_note("added")
print(e2.__notes__)
e3 = RuntimeError("tb")
print(e3.__traceback__, e3.with_traceback(None) is e3)
try:
    raise e3
except RuntimeError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
