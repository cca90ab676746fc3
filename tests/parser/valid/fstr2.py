x = f"{a}{b}" f"{c}" "d"
y = f"a" "b" f"c"
z = f"{x!a}" rf"\{x}" fr"{x}\n"
w = f"{"nested"}" f'{f'{f"{1}"}'}'
v = f"{x:{y}.{z}f}"
u = f"""{x
!r}"""
t = f"{ x }" f"{x,y}" f"{*x,}" f"{yield}"
s = f"{x!r:{y}}"
r = f"{x:{y}{z}}" f"{x:}"
