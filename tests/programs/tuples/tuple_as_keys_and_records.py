# Tuples as composite dict keys and sort keys: grid coordinates, memo keys, grouping by tuple, min/max of tuples.
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], sorted(k for k, v in grid.items() if v % 4 == 0))
neighbors = lambda r, c: [(r + dr, c + dc) for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)) if (r + dr, c + dc) in grid]
print(neighbors(0, 0), neighbors(1, 1))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    res = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = res
    return res
print(paths(10, 10), len(memo))
sales = [("north", "q1", 10), ("south", "q1", 7), ("north", "q2", 3), ("north", "q1", 5)]
by = {}
for region, quarter, amount in sales:
    by[region, quarter] = by.get((region, quarter), 0) + amount
print(by, max(by, key=by.get), min(sales), max(sales, key=lambda t: (t[2], t[0])))
