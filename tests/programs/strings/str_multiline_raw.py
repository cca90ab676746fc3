# Triple-quoted strings, raw strings, line continuations inside strings, and mixed prefixes.
a = """line one
  line two
line three"""
print(a.splitlines(), len(a))
b = '''it's "quoted"'''
print(b)
c = """\
no leading newline \
joined"""
print(repr(c))
print(r"\d+\.\w*", len(r"\n"), r"C:\path\to", rb"\x00" == b"\\x00")
print(R"upper raw", Rb"x", bR"y", BR"z", f"{1}" rf"\{2}", fr"\t{3}")
print("a\
b")
d = ("implicit "
     "concatenation "
     'of literals')
print(d)
print("""""" == "", '''''' == "", len(""" """))
e = """tab\there\nnewline escapes still work in triple quotes"""
print(e)
