# A coding declaration may use the aliases of Python's codec registry ("latin").
src = b'# coding=latin\nx = "\xb5"\n(aaaaaaaaaaaaaaaaa\naaaaaaaaaaa\xb5'
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(repr(e.msg), e.args[1])
ns = {}
exec(compile(b'# -*- coding: latin -*-\nx = "\xb5\xe9"\n', "<s>", "exec"), ns)
print(ascii(ns["x"]))
