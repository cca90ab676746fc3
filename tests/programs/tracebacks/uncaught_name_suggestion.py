# Uncaught NameError for a misspelled local variable: CPython suggests the close name.
def compute():
    counter = 10
    return countr + 1
compute()
