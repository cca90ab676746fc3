with (a, b):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with a as (b, c), d as [e]:
    pass
with (a):
  pass
with (a) as b, (c):
  pass
with (a, b), c:
  pass
