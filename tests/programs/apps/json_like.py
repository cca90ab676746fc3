# A hand-written serializer and parser for a JSON-like format (no json module), round-tripping nested data.
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + ",\n".join(f'{pad}  {dump(k)}: {dump(x, indent + 1)}' for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                k = value()
                ws(); pos += 1
                out[k] = value()
                ws()
                c = s[pos]; pos += 1
                if c == "}":
                    return out
        if c == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                c = s[pos]; pos += 1
                if c == "]":
                    return out
        if c == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    buf.append({"n": "\n"}.get(s[pos], s[pos]))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "-+.0123456789eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
data = {"name": "pyvm", "version": [3, 12], "ok": True, "none": None, "pi": 3.14159,
        "nested": {"list": [1, "two", [3.5, {}]], "quote": 'say "hi"\n'}, "empty": []}
text = dump(data)
print(text)
back = parse(text)
print(back == data, back["nested"]["quote"] == data["nested"]["quote"])
try:
    dump({"c": 1j})
except TypeError as e:
    print(type(e).__name__, e)
