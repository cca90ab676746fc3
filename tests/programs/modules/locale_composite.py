# setlocale(LC_ALL) gives glibc's composite name when categories differ; the name is taken
# back (every category must be in it), as test.support.run_with_locale restores it.
import locale

o = locale.setlocale(locale.LC_ALL)
print(locale.setlocale(locale.LC_ALL, o) == o)
names = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME",
         "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"]
composite = ";".join(n + "=" + ("C.UTF-8" if n == "LC_CTYPE" else "C") for n in names)
print(locale.setlocale(locale.LC_ALL, composite) == composite)
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
for bad in ("LC_CTYPE=xx", "LC_FOO=C", "LC_ALL=C", "LC_CTYPE=C;junk", "LC_CTYPE=C;LC_NUMERIC=C"):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(bad, e)
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL, o) == o)
