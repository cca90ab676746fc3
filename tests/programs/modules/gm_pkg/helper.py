print("helper init:", __name__, __package__)
VALUE = 42
def twice(x):
    return 2 * x
