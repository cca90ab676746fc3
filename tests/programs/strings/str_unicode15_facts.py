# str's character methods answer with Unicode 15.0.0's facts, as CPython 3.12 does, also
# where the JDK's newer Unicode differs: characters it assigns that 15.0 leaves unassigned
# (Cyrillic Tje U+1C89, Latin U+A7CB-A7DC, Garay U+10D40-10D8F, Kirat Rai U+16D40-16D7F),
# the Unihan numerals of isnumeric, digits without a decimal value, and identifiers.
import hashlib
import re

METHODS = ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'islower', 'isnumeric',
           'isspace', 'istitle', 'isupper', 'isprintable', 'isidentifier',
           'lower', 'upper', 'title', 'casefold', 'capitalize', 'swapcase']

BLOCKS = [(0x0, 0x250), (0x250, 0x400), (0xc70, 0xc80), (0x1c80, 0x1c90), (0x17f0, 0x1800),
          (0x1f80, 0x2000), (0x2e20, 0x2e40), (0x3090, 0x30a0), (0x4e00, 0x4e20),
          (0xa720, 0xa800), (0xab70, 0xabc0), (0xfb00, 0xfb10), (0xfe70, 0xfe80),
          (0x10d40, 0x10d90), (0x16d40, 0x16d80), (0x1e900, 0x1e960), (0x1fbf0, 0x1fc00)]

for lo, hi in BLOCKS:
    digest = hashlib.sha1()
    for cp in range(lo, hi):
        c = chr(cp)
        digest.update(repr([getattr(c, m)() for m in METHODS]).encode())
        digest.update(repr([getattr(c + 'a', m)() for m in METHODS]).encode())
    print('%05x-%05x %s' % (lo, hi, digest.hexdigest()))

for c in ['\u1c89', '\u1c8a', '\ua7cb', '\u0264', '\u019b', '\U00010d50', '\U00010d70',
          '\u0c78', '\u4e00', '\u4e07', '\u037a', '\u2e2f', '\u309b', '\U00010d40', '\u00df', '\u0130']:
    print('U+%04X' % ord(c), [getattr(c, m)() for m in METHODS])

# Final sigma skips case-ignorable characters both ways.
for s in ['ΑΣ', 'ΑΣ.', 'Α\u00adΣ', 'ΑΣ\u0301', 'Α\u1c89Σ', 'Σ', 'ΑΣΑ', 'Α\u02b0Σ', 'Α:Σ b']:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()))

# Digits: int() and float() take Unicode decimal digits (15.0's), format fields too.
print(int('\u0663\u0664'), float('\u0661.\u0665'), '{\u0661}'.format('a', 'b'))
for text in ['\U00010d40', '\U00016d70', '\u0c78', '\u00b2']:
    try:
        print(ascii(text), int(text))
    except ValueError as e:
        print(ascii(text), 'ValueError', e)

# re's \w, \d, \s and IGNORECASE use the same facts.
print(re.findall(r'\w', 'a\u1c89\ua7cb\u0264\U00010d50'), re.findall(r'\d', '1\u0663\U00010d40\u0c78'))
print(re.match('(?i)\u0264', '\ua7cb'), re.match('(?i)\u1c89', '\u1c8a'), re.match('(?i)ss', '\u00df'))
print([c.isidentifier() for c in ['_\u037a', 'a\u037a', '\u037a', 'x\u2e2f', 'x\u309b', 'x\u00b7']])
