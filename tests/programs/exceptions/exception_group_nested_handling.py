# except* with nested groups and exception subclasses; handler order and leftovers re-raised as groups.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError):
    pass
def raise_all():
    raise ExceptionGroup("batch", [
        DbError("db down"),
        ExceptionGroup("network", [NetError("timeout"), NetError("refused")]),
        ValueError("bad value"),
        KeyError("k"),
    ])
try:
    try:
        raise_all()
    except* DbError as g:
        print("db:", [str(e) for e in g.exceptions])
    except* AppError as g:
        print("app:", repr(g))
    except* ValueError as g:
        print("value:", g.exceptions)
except* KeyError as rest:
    print("outer got leftovers:", repr(rest))
def count_leaves(eg):
    return sum(count_leaves(e) if isinstance(e, BaseExceptionGroup) else 1 for e in eg.exceptions)
try:
    raise_all()
except ExceptionGroup as eg:
    print(count_leaves(eg), str(eg), [type(e).__name__ for e in eg.exceptions])
