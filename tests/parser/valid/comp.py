[x for x in y if a if b for z in w]
{x: y for x, y in z}
{x for x in y}
(x for x in y)
f(x for x in y)
f((x for x in y), 1)
[(yield) for x in y]
[x async for x in y]
