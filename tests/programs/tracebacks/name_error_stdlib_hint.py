# The NameError hint for a standard module never imported (suggestions.c:
# offer_suggestions_for_name_error): alone, or after a "Did you mean" suggestion.
import sys, io, contextlib
def show(code):
    try:
        eval(compile(code, '', 'eval'))
    except Exception:
        typ, val, tb = sys.exc_info()
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            sys.__excepthook__(typ, val, tb)
        print(err.getvalue().split("\n")[-2])
for c in ('abc', 'os', 'sys', 'collections', 'abx', 'zzzz', 'tkinter', 'int.reel'):
    show(c)
def g():
    abc = 1
    try:
        abd
    except NameError:
        typ, val, tb = sys.exc_info()
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            sys.__excepthook__(typ, val, tb)
        print(err.getvalue().split("\n")[-2])
g()


def h():
    return json.dumps(1)


h()
