# assert statements: passing, failing with and without messages, message evaluated lazily, AssertionError args.
assert True
assert 1 == 1, "never shown"
def msg():
    print("message evaluated")
    return "computed message"
assert 2 > 1, msg()
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], msg()
except AssertionError as e:
    print(repr(e))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args, str(e))
x = 5
try:
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)
