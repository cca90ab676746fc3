# str follows CPython 3.12's Unicode 15.0, not the JDK's newer Unicode: characters
# assigned later are not printable, and case mappings added later do not apply.
for ch in ('\U00014000', '\u0897', '\u1c89', '\u00e9', '\u4e00'):
    print(repr(ch), ascii(ch), ch.isprintable())
print('\u019b'.upper() == '\u019b', '\u0264'.title() == '\u0264', '\u019bx'.capitalize() == '\u019bx')
print(ascii('\u019b\u1d00\u1d86\u0221\u1fb7'.capitalize()))
print('\u1e9e'.casefold(), 'Stra\u1e9eE'.casefold(), '\u0130'.casefold() == 'i\u0307')
# Argument-count errors of the find family are worded as PyArg_ParseTuple words them.
for call in ("'hello'.find('x', None, None, None)", "'hello'.count()", "'h'.startswith()",
             "'h'.rindex('x', 1, 2, 3)", "b'hello'.find(b'x', None, None, None)"):
    try:
        eval(call)
    except TypeError as e:
        print(e)
