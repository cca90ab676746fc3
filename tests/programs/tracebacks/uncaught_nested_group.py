# Uncaught nested ExceptionGroup whose leaves carry notes: the full tree with notes on stderr.
def make(n):
    e = ValueError(f"leaf {n}")
    e.add_note(f"note for leaf {n}")
    return e
inner = ExceptionGroup("inner", [make(1), make(2)])
outer = ExceptionGroup("outer", [inner, TypeError("plain leaf")])
print("raising")
raise outer
