# unicodedata.ucd_3_2_0 (Unicode 3.2.0, for stringprep and the idna codec): properties, names, normalization; idna over it
import unicodedata, stringprep, encodings.idna
old = unicodedata.ucd_3_2_0
print(old.unidata_version, type(old).__name__)
for c in ['A', '\u00aa', '\u00b2', '\u0221', '\u0294', '\u20ac', '\u20b9', '\u1e9e', '\u4e00', '\u9fa6', '\uac00', '\U00020000',
          '\U0002a700', '\U0001f600', '\u2f00', '\u0e3f', '\u00ad', '\u2028', '\u1d7ce' if False else '\U0001d7ce', '\U0002f868']:
    print('%06x' % ord(c), old.category(c), repr(old.bidirectional(c)), old.combining(c), old.east_asian_width(c),
          old.mirrored(c), repr(old.decomposition(c)), old.name(c, '-'), old.decimal(c, None), old.digit(c, None),
          old.numeric(c, None), ascii(old.normalize('NFKC', c)), old.is_normalized('NFC', c))
for name in ['LATIN SMALL LETTER A', 'EURO SIGN', 'HANGUL SYLLABLE GAG', 'INDIAN RUPEE SIGN', 'BYTE ORDER MARK',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'GRINNING FACE']:
    try:
        print(name, ascii(old.lookup(name)))
    except KeyError as e:
        print('KeyError', e)
print(old.normalize('NFC', '') == '', ascii(old.normalize('NFD', '\u00c5\U0002f868')), ascii(unicodedata.normalize('NFD', '\U0002f868')))
print(stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00c5'), stringprep.in_table_c12('\u00a0'),
      stringprep.in_table_d1('\u05d0'), stringprep.in_table_a1('\u0221'))
for name in ['bücher.example', 'Straße.de', 'ÄÖÜ.com', 'пример.испытание', 'example.com']:
    enc = name.encode('idna')
    print(name, enc, enc.decode('idna'))
try:
    'a\u0221b.com'.encode('idna')
except UnicodeError as e:
    print('UnicodeError', e)
