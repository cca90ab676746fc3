# A backtracking solver for a 4x4 Sudoku and an N-Queens enumerator, printing the solutions.
grid = [
    [1, 0, 0, 0],
    [0, 0, 3, 0],
    [0, 4, 0, 0],
    [0, 0, 0, 2],
]
def ok(g, r, c, v):
    if v in g[r] or any(g[i][c] == v for i in range(4)):
        return False
    br, bc = r - r % 2, c - c % 2
    return all(g[br + i][bc + j] != v for i in range(2) for j in range(2))
steps = 0
def solve(g):
    global steps
    for r in range(4):
        for c in range(4):
            if g[r][c] == 0:
                for v in range(1, 5):
                    steps += 1
                    if ok(g, r, c, v):
                        g[r][c] = v
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid), steps)
for row in grid:
    print(" ".join(map(str, row)))
def queens(n):
    sols = []
    def place(row, cols):
        if row == n:
            sols.append(cols)
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                place(row + 1, cols + (c,))
    place(0, ())
    return sols
s6 = queens(6)
print(len(s6), s6)
for c in s6[0]:
    print("".join("Q" if i == c else "." for i in range(6)))
