# A new exception raised while handling another, uncaught: "During handling of the above exception" traceback.
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            out.append(float(v))
    return out
print(convert(["1", "2.5"]))
print(convert(["3", "abc"]))
