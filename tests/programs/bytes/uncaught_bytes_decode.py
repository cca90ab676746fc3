# An uncaught UnicodeDecodeError while decoding invalid UTF-8.
good = b"caf\xc3\xa9".decode()
print(good)
bad = b"caf\xe9".decode("utf-8")
print(bad)
