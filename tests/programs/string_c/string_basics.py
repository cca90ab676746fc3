# _string: formatter_parser and formatter_field_name_split, with their errors
import _string


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['a{0}b{x.y[1]!r:>{w}}c{{d}}e', '', '}}x', '{}', '{:}', '{!s}', '{0:{1}{2}}', 'plain', '{a[}]}',
          '{0!r:}', 'é{ü}𝄞', '{{}}', '{[}', '{0!rr}', '{', '}', 'x}', '{0!}', '{0', 'a{0[}', '{0!r', '{a{b}', '{0!']:
    show(repr(s), lambda: list(_string.formatter_parser(s)))

for s in ['a.b[0][x].c', '12.b', '', 'a[', 'a[]', 'a.', 'a..b', 'a[0]x', '[0]', '٣', '0[٣]', '9' * 30, 'x[' + '9' * 30 + ']',
          'a[b.c]', 'a[x]y']:
    def split():
        first, rest = _string.formatter_field_name_split(s)
        return first, list(rest)
    show(repr(s), split)
show('parser type', lambda: _string.formatter_parser(1))
show('split type', lambda: _string.formatter_field_name_split(None))
it = _string.formatter_parser('a{b}')
print(iter(it) is it, next(it), next(it, 'end'))
