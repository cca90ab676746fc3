# Benchmark: float arithmetic in a small n-body simulation (lists of floats, no classes).
PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24
def bodies():
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS,
         9.54791938424326609e-04 * SOLAR_MASS],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS,
         2.85885980666130812e-04 * SOLAR_MASS],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS, -2.96589568540237556e-05 * DAYS,
         4.36624404335156298e-05 * SOLAR_MASS],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS, -9.51592254519715870e-05 * DAYS,
         5.15138902046611451e-05 * SOLAR_MASS],
    ]
def offset_momentum(bs):
    px = py = pz = 0.0
    for b in bs:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    bs[0][3] = -px / SOLAR_MASS
    bs[0][4] = -py / SOLAR_MASS
    bs[0][5] = -pz / SOLAR_MASS
def energy(bs):
    e = 0.0
    n = len(bs)
    for i in range(n):
        b = bs[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bs[j]
            dx, dy, dz = b[0] - c[0], b[1] - c[1], b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e
def advance(bs, dt, steps):
    pairs = [(bs[i], bs[j]) for i in range(len(bs)) for j in range(i + 1, len(bs))]
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bs:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]
bs = bodies()
offset_momentum(bs)
print("energy before %.9f" % energy(bs))
advance(bs, 0.01, 300000)
print("energy after %.9f" % energy(bs))
