# unicodedata (Unicode 15.0.0): properties, names and aliases, numeric values, normalization, errors; idna over it
import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)
chars = ['A', 'z', '3', '\u00bd', '\u2155', '\u0e53', '\u00c5', '\u212b', '\ufb01', '\u0301', '\u05d0', '\u0627', '\u4e00',
         '\u4e07', '\uac00', '\ud7a3', '\u3042', '\uff21', '\u2028', '\x00', '\x85', '\ue000', '\U0001f600', '\U0001d7ce',
         '\U00020000', '\U0003fffd', '\u0378', '\U000e0001', '(', '\u00e9', '\u0f73', '\U0001fae8', '\U00011f00']
for c in chars:
    print('%06x' % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.name(c, '-'), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))

for name in ['LATIN SMALL LETTER A', 'latin small letter sharp s', 'EURO SIGN', 'BYTE ORDER MARK', 'LINE FEED', 'NBSP',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE PWILH', 'CJK UNIFIED IDEOGRAPH-4E01', 'CJK UNIFIED IDEOGRAPH-2B739',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN', 'SNOWMAN', 'GRINNING FACE']:
    print(name, ascii(u.lookup(name)))
for bad in ['xyz', 'x' * 300, 'CJK UNIFIED IDEOGRAPH-FFFF', 'cjk unified ideograph-4e01', 'HANGUL SYLLABLE QQ',
            'hangul syllable ga', 'LATIN SMALL LETTER A ']:
    try:
        u.lookup(bad)
    except KeyError as e:
        print('KeyError', e)
print(u.lookup(b'DIGIT ONE'))

tests = ['', 'abc', '\u00c5ngstr\u00f6m', 'A\u030a', '\u212b', '\u1e9b\u0323', '\ufb01', '\u2460', '\u3300', '\uac00\u11a8',
         '\u1100\u1161\u11a8', 'e\u0301\u0327', 'e\u0327\u0301', 'a\u0328\u0301\u0323', '\u0344', '\u0f73', '\U0001d15e',
         '\u00bd', '\uff76\uff9e', 'x\u0300\u0315\u0301', '\u0958', '\U0001109a', 'caf\u00e9']
for s in tests:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'already normal'
print(u.normalize('NFC', s) is s, u.normalize('NFKD', s) is s)

for f in (u.numeric, u.digit, u.decimal, u.name):
    try:
        f('a')
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: u.name('ab'), lambda: u.category(''), lambda: u.category(1), lambda: u.numeric('ab', 1),
            lambda: u.normalize('X', 'a'), lambda: u.normalize(1, 'a'), lambda: u.normalize('NFC', 1), lambda: u.lookup(1),
            lambda: u.UCD(), lambda: u.is_normalized('nfc', 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print('example.com'.encode('idna'), 'www.Python.org'.encode('idna'), b'example.com'.decode('idna'))
print(sorted({u.category(chr(c)) for c in range(0x3400)}))
print(sum(1 for c in range(0x3400) if u.category(chr(c)) != 'Cn'), sum(1 for c in range(0x3400) if u.name(chr(c), '')))
