# Implicit exception chaining: __context__ through nested handlers and finally blocks.
def level3():
    raise KeyError("level3")
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("level2")
def level1():
    try:
        level2()
    except ValueError:
        raise TypeError("level1")
try:
    level1()
except TypeError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(chain)
try:
    try:
        raise OSError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    print("self context avoided:", e.__context__)
try:
    err = KeyError("reuse")
    try:
        raise err
    except KeyError:
        try:
            raise ValueError("v")
        except ValueError as v:
            raise err
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
