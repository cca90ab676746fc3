# inf and nan: construction, arithmetic, comparisons, repr and conversions.
inf = float("inf"); nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-nan))
print(float("INF"), float("-Infinity"), float(" nan "), float("+inf"))
print(inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan is nan)
print(nan != nan, nan < 1, nan >= 1, max(1, nan), max(nan, 1))
print(inf // 1, 5 % inf, -5 % inf)
try:
    inf % 2
    print("inf%2", inf % 2)
except ValueError as e:
    print(e)
print(hash(inf), hash(-inf), hash(nan) == hash(nan) or "nan hash by id")
print([nan] == [nan], nan in [nan])
for s in ["abc", "", "1.2.3", "1e", "in f", "0x10"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float("1_000.5"), float("  -12.5e-1  "), float(b"2.5"))
try:
    float("1__0")
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
