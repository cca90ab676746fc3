# An uncaught TypeError in a binary operation deep in an expression; carets point at the operator.
def total(prices, tax):
    return sum(prices) * (1 + tax)
print(total([1, 2], 0.5))
print(total([1, 2], "0.5"))
