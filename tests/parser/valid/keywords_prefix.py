x = 1if y else 2
z = [1for x in y]
w = 0x1for x in y
v = 1or 2
