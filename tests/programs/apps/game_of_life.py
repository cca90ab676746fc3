# Conway's Game of Life on a small toroidal grid, printed for a few generations.
W, H = 10, 8
grid = [[0] * W for _ in range(H)]
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (6, 5), (7, 5), (8, 5)]:
    grid[y][x] = 1
def step(g):
    new = [[0] * W for _ in range(H)]
    for y in range(H):
        for x in range(W):
            n = sum(g[(y + dy) % H][(x + dx) % W] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
            new[y][x] = 1 if n == 3 or (g[y][x] and n == 2) else 0
    return new
for gen in range(4):
    print(f"generation {gen}:")
    for row in grid:
        print("".join("#" if c else "." for c in row))
    grid = step(grid)
print("alive after 4:", sum(map(sum, grid)))
for _ in range(36):
    grid = step(grid)
print("alive after 40:", sum(map(sum, grid)))
