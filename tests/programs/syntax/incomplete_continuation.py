# With PyCF_ALLOW_INCOMPLETE_INPUT (codeop, the REPL) a backslash continuation that meets the end
# of the input is "incomplete input" (tokenizer.c's E_EOF), at the place of the error it replaces
import codeop
for s in ['a = 9+ \\', 'a = 9+ \\\n', '\\', 'if 1:\n  x = \\', '(1 +\\', 'x = 1 \\\n   \\', 's = """abc', "s = 'abc"]:
    for flags in [0x4000, 0]:
        for mode in ['single', 'exec']:
            try:
                compile(s, '<input>', mode, flags)
                print(repr(s), hex(flags), mode, 'ok')
            except SyntaxError as e:
                print(repr(s), hex(flags), mode, e.msg, e.lineno, e.end_lineno, e.end_offset)
for s in ['a = 9+ \\', 'if 1:\n  x = \\', 'x = (1,\\', 'print(1)\\']:
    try:
        print(repr(s), codeop.compile_command(s))
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)
