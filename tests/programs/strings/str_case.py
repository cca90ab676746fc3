# str case methods: upper, lower, casefold, capitalize, title, swapcase, and case predicates.
for s in ["hello World", "ÉCOLE straße", "ǅemal", "ﬁne", "123abc", "", "MiXeD cAsE 42x", "they're bill's"]:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase())
    print(" ", s.isupper(), s.islower(), s.istitle())
print("ß".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "σας".upper())
print("aBc".casefold() == "AbC".casefold(), "straße".casefold() == "STRASSE".casefold())
