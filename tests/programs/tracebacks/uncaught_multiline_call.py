# Uncaught error in a call spread over several lines: the traceback shows the full multi-line expression.
def combine(a, b, c):
    return a + b + c
result = combine(
    1,
    2,
    "three",
)
