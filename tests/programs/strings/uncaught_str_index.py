# An uncaught IndexError from string indexing inside nested calls.
def char_at(s, i):
    return s[i]
def last_plus_one(s):
    return char_at(s, len(s))
print(char_at("hello", 1))
print(last_plus_one("hello"))
