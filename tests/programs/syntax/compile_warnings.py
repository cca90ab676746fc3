# Compile-time SyntaxWarnings (invalid escapes, 'is' with a literal, calling or
# subscripting a literal, assert on a tuple, a number followed by a keyword), and the
# SyntaxError each becomes under an 'error' warnings filter.
import warnings
srcs = ["x is 1", "x is not 'a'", "1 is x", "x is ()", "x is (1,2)", "x is -1", "x is None", "x is ...", "x is True", "(1)(2)", "[1](2)", "'a'(2)", "f'{x}'(1)", "(x for x in y)()",
        "assert (x, 1)", "assert ()", "s = '\\d'", "s = b'\\d'", "s = '\\400'", "s = 'ok\\n\\q\\w'", "s = f'\\d{x}'", "[1][2]", "(1,2)['a']", "'abc'['x']", "{1}[0]", "x = 1if y else 2"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<x>', 'exec')
    print(repr(src), [(str(x.message), x.category.__name__, x.lineno, x.filename) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<x>', 'exec')
        except SyntaxError as e:
            print('   ', e.args)
compile('print(1 is 1)', 'shown.py', 'exec')  # printed to stderr by the default filter
