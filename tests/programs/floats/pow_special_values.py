# float ** float at IEEE 754 special values (C99 Annex F.9.4.4), in float_pow's order:
# inf exponents before zero bases, inf bases before negative-base complex results.
import operator, math
vals = [float('-inf'), -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, float('inf'), float('nan'), -3.0, 3.0, -1.5]
for op in (pow, operator.pow):
    for x in vals:
        for y in vals:
            try:
                r = op(x, y)
                r = repr(r) if not isinstance(r, float) else (repr(r) + ('' if math.isnan(r) else str(math.copysign(1, r))))
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(x, y, r)
