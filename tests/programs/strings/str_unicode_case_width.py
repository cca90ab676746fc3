# Unicode-aware operations: length of combining sequences, upper/lower of special letters, isalpha on scripts.
s = "e\u0301"
print(len(s), s, s.upper(), [hex(ord(c)) for c in s], s.isalpha(), "\u0301".isalpha())
for word in ["Ωmega", "ǉubljana", "ﬀ", "İstanbul", "ΐ", "Åström"]:
    print(word, word.upper(), word.lower(), word.title(), len(word.upper()), len(word.lower()))
print("ǈ".istitle(), "ǈ".isupper(), "ǈ".islower(), "ǈ".upper(), "ǈ".lower())
print("日本語テキスト".isalpha(), "中文".isidentifier(), "x²".isidentifier(), "٣".isdigit(), "Ⅷ".isnumeric())
print("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u3000".isspace())
print("ß".casefold(), "ﬁ".casefold(), "Ω".casefold() == "ω".casefold())
