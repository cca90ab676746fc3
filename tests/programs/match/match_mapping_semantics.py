# Mapping patterns use .get-like lookups on Mapping subjects; defaultdict-style __missing__ is not triggered; keys must be literals or values.
class Loud(dict):
    def __getitem__(self, k):
        print("__getitem__", k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
class Missing(dict):
    def __missing__(self, k):
        return "from __missing__"
KEY = "b"
class K:
    key = "a"
for subject in [Loud(a=1, b=2), Missing(a=1), {"a": 1, "b": 2, "c": 3}]:
    match subject:
        case {K.key: 1, "b": v, **rest}:
            print("matched with b", v, rest)
        case {"a": 1}:
            print("matched a only", type(subject).__name__)
match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {"x": None}:
    case {"y": _}:
        print("no")
    case {}:
        print("empty mapping pattern matches any mapping")
