# try/except/else/finally ordering, multiple except clauses, tuples of types, bare except.
def run(action):
    try:
        print("try")
        action()
    except ZeroDivisionError:
        print("except ZeroDivisionError")
    except (KeyError, IndexError) as e:
        print("except lookup", type(e).__name__)
    except Exception as e:
        print("except Exception", type(e).__name__)
    else:
        print("else")
    finally:
        print("finally")
run(lambda: None)
run(lambda: 1 / 0)
run(lambda: {}["k"])
run(lambda: [][0])
run(lambda: int("x"))
try:
    raise RuntimeError("bare")
except:
    print("bare except caught")
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
e = "before"
try:
    raise TypeError("t")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("except target deleted:", ne)
try:
    pass
finally:
    print("finally without except")
