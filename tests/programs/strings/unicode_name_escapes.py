# \N{...} in string literals and the unicode_escape codec, and the namereplace handler,
# name characters as unicodedata does (Unicode 15.0.0): aliases, the algorithmic Hangul and
# CJK names, case rules, and characters that have no name.
import unicodedata

names = [
    'LATIN CAPITAL LETTER GHA',            # an alias (the name is LATIN CAPITAL LETTER OI)
    'latin small letter gha',
    'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS',
    'NULL', 'LINE FEED', 'BOM',            # aliases of control characters
    'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GGWEOSS', 'hangul syllable GA', 'HANGUL SYLLABLE GAX',
    'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-2B734', 'cjk unified ideograph-4E00',
    'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-9FFF0',
    'TANGUT IDEOGRAPH-17000',              # no name in CPython 3.12's database
    'LATIN SMALL LETTER A WITH MACRON AND GRAVE',   # a named sequence: not for \N
    'SHAKING FACE',                        # new in Unicode 15.0
    'DIGIT ZERO', 'digit zero', 'NO SUCH NAME',
]
for n in names:
    src = '"\\N{' + n + '}"'
    try:
        v = eval(src)
        print('literal', n, ascii(v))
    except SyntaxError as e:
        print('literal', n, 'SyntaxError', e.msg)
    try:
        v = ('\\N{' + n + '}').encode('ascii').decode('unicode_escape')
        print('codec  ', n, ascii(v))
    except UnicodeDecodeError as e:
        print('codec  ', n, 'UnicodeDecodeError', e.reason, e.start, e.end)
    try:
        print('lookup ', n, ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print('lookup ', n, 'KeyError', e)

for c in ['\u01a2', '\U0001d0c5', '\uac00', '\ud7a3', '\u4e00', '\U0002b734', '\U00017000', '\x85',
          '\u0378', '\U0001fae8', '\ue000', 'é', '\u2028']:
    print(ascii(c), c.encode('ascii', 'namereplace'), ascii(unicodedata.name(c, None)))
print('\N{EM DASH}'.encode('latin-1', 'namereplace'))
print('a\N{HANGUL SYLLABLE HIH}b'.encode('cp1252', 'namereplace'))
