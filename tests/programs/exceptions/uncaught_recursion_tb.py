# An uncaught exception in recursion: repeated traceback lines are collapsed ("[Previous line repeated...]").
def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)
down(30)
