# Uncaught error inside a generator expression consumed by sum(): the <genexpr> frame appears in the traceback.
def total_length(items):
    return sum(len(x) for x in items)
print(total_length(["ab", "c"]))
print(total_length(["ab", 5]))
