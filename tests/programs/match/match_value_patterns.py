# Value patterns with dotted names (class attributes, nested objects) vs capture patterns, and constants by equality.
class Status:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        MOVED = 301
class Cfg:
    pass
cfg = Cfg()
cfg.limit = 3
def describe(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Status.Redirect.MOVED:
            return "moved"
        case cfg.limit:
            return "equals the configured limit"
        case 200.0:
            return "unreachable: 200 already matched"
        case other:
            return f"other {other}"
for c in [200, 404, 301, 3, 3.0, 500, 200.0, True]:
    print(c, describe(c))
