# Edge cases of str.format and f-strings: nested fields, attribute and index chains, conversion+spec combos, literal braces.
data = {"users": [{"name": "ann", "tags": ["x", "y"]}], "n": 3.14159}
print("{0[users][0][name]} has {0[users][0][tags][1]}".format(data))
print("{d[n]:.{p}f}|{d[n]!r:>12}|{d[n]!s:<10}|".format(d=data, p=2))
print(f"{data['users'][0]['name']!r:^9}|{len(data):{'0'}{3}}|{'{'}{'}'}")
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{0:{1}}|{0!r:{1}}|".format("ab", 6))
print("{:%}".format(0.25), "{:.0%}".format(0.255), "{:e}".format(0), "{:g}".format(1e-10))
print(f"{'nested {braces}'}", "{{{0}}}".format("in braces"), f"{{{1 + 1}}}")
print("{:,d}".format(-1234567), "{:_x}".format(2 ** 40), "{:#_b}".format(10), "{:+,.2f}".format(9876.543))
print(format(12345.678, ",.1f"), format(-0.0001, ".2e"), format(1e21, ",.0f"))
class Obj:
    attr = {"key": [10, 20]}
print("{o.attr[key][1]}".format(o=Obj()), f"{Obj.attr['key'][0]:05d}")
