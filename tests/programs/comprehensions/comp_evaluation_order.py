# Evaluation order in comprehensions: key before value in dict comps, outer iterable evaluated once.
def t(label, v):
    print("eval", label)
    return v
print({t("k1", "a"): t("v1", 1), t("k2", "b"): t("v2", 2)})
print({t("key", i): t("val", i) for i in range(2)})
def src():
    print("src evaluated")
    return range(3)
print([x for x in src() for y in t("inner", range(1))])
print([t("elem", x) for x in range(2) if t("cond", x)])
