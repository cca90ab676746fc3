# Benchmark: float arithmetic in the Mandelbrot set escape-time loop.
def mandel(w, h, max_iter):
    total = 0
    rows = []
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        row = 0
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            row += i
        total += row
        rows.append(row)
    return total, rows[h // 2]
print("mandelbrot", mandel(800, 500, 100))
