# f-strings: expressions, conversions, specs, nested quotes, = debugging, and multi-line forms.
name, n, pi = "world", 42, 3.14159
print(f"hello {name}!", f"{n + 1}", f"{n * 2:>6}", f"{pi:.2f}", f"{name!r}", f"{name!a}", f"{'é'!a}")
print(f"{n=}", f"{pi = :.1f}", f"{name=!s}", f"{1 + 1 = }")
print(f"{{literal}}", f"{'nested'}", f'{"double"}', f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print(f"{'a' if n else 'b'}", f"{(lambda x: x * 2)(3)}", f"{n:#x}", f"{n:{'>'}{8}}")
width = 10
print(f"{'pad':{width}}|", f"{pi:{width}.{3}}|", f"{n:0{width}d}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)} items", f"{items!r:>15}")
print(f"""multi
line {n}""", f"{n:,}" f"{n}")
print(f"{f'{n}'}", f"{f'{f"{n}"}'}")
x = 5
print(f"{x:}", f"{x!s:}", f"{-x:+}", f"{x:=^7}")
class T:
    def __format__(self, spec):
        return "T(" + spec + ")"
    def __repr__(self):
        return "T!"
print(f"{T()}", f"{T():xyz}", f"{T()!r}", f"{T()=}")
print(f"{'\n'.join(['p', 'q'])}")
print(f"{3.0!s:>5}|{'ab'!r:^8}|")
