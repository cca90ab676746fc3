# repr and ascii of strings: quote choice, escapes for control, non-printable and non-ASCII characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "back\\slash",
          "\x00\x07\x1b\x7f", "é", "\x80\x9f\xa0\xad", "\u200b", "\u2028", "😀", "\U000e0001", "\ud800", "\ufeff"]:
    print(repr(s), ascii(s), len(repr(s)))
print(str("x"), repr(repr("x")), ascii(["é", 1]))
print(repr("a" * 3), "%r" % "q'q")
