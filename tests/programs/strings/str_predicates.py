# str classification predicates: isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier, isprintable, isascii.
samples = ["123", "١٢٣", "½", "²", "abc", "abc123", "héllo", " \t\n", "", "a b", "_x1", "1x", "class",
           "\x00", "tab\t", "é", "Ⅻ", "\u00a0", "😀", "日本"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
