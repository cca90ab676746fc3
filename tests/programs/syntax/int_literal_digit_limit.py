# Decimal integer literals longer than sys.get_int_max_str_digits() are a SyntaxError at
# parse time (with advice to use hexadecimal); hexadecimal ones are not limited.
import ast, sys

sys.set_int_max_str_digits(1000)
for src in ['3' * 1000, '3' * 1001, 'x = ' + '1_' * 700 + '1', '0x' + 'f' * 2000, '1' * 1200 + '.5',
            'match x:\n case ' + '7' * 1001 + ': pass\n']:
    try:
        tree = ast.parse(src)
        print(len(src), "parsed", type(tree.body[0]).__name__)
    except SyntaxError as e:
        print(len(src), "SyntaxError", e.msg, e.lineno, e.offset, e.end_offset)
print(ast.literal_eval('3' * 1000) % 7)
try:
    ast.literal_eval('3' * 1001)
except SyntaxError as e:
    print("literal_eval:", e.msg[:60])
sys.set_int_max_str_digits(0)
print(len(str(ast.literal_eval('3' * 5000))))
