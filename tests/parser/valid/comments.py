# one
x = 1  # two

    # indented comment
def f():
    # c
    pass
        # deeper
# back
