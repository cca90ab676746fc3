# String comparison by code point, case-sensitive sorting, and sorting with casefold/length keys.
words = ["banana", "Apple", "apple", "Éclair", "éclair", "zebra", "Zebra", "10", "9", "", "a b", "a"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (len(w), w)))
print("a" < "b", "B" < "a", "é" > "z", "abc" < "abd", "abc" < "ab", "" < " ")
print(max(words), min(words), "Z" < "a" < "é" < "😀")
print(sorted("Hello World"), "".join(sorted("python", reverse=True)))
print("apple" == "Apple".lower(), "straße".upper() == "STRASSE", "Σ".lower(), "ς".upper())
