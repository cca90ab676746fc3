# finally: return in finally overrides, exceptions in finally replace, break/continue in finally, order of execution.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replace()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def side_effects():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(side_effects())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError(i)
        finally:
            if i == 2:
                break
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            out.append(i)
            continue
        finally:
            out.append("f")
    return out
print(loop_continue())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
