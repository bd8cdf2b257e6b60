# Class/attribute-heavy workload: a small n-body simulation with one
# object per body (instance attribute loads/stores, method calls, floats).
class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass

    def move(self, dt):
        self.x += dt * self.vx
        self.y += dt * self.vy
        self.z += dt * self.vz

class System:
    def __init__(self, bodies):
        self.bodies = bodies

    def advance(self, dt):
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            b1 = bodies[i]
            for j in range(i + 1, n):
                b2 = bodies[j]
                dx = b1.x - b2.x
                dy = b1.y - b2.y
                dz = b1.z - b2.z
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                m1 = b1.mass * mag
                m2 = b2.mass * mag
                b1.vx -= dx * m2
                b1.vy -= dy * m2
                b1.vz -= dz * m2
                b2.vx += dx * m1
                b2.vy += dy * m1
                b2.vz += dz * m1
        for b in bodies:
            b.move(dt)

    def energy(self):
        e = 0.0
        bodies = self.bodies
        for i, b in enumerate(bodies):
            e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
            for b2 in bodies[i + 1:]:
                dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
                e -= b.mass * b2.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
        return e

s = System([Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47),
            Body(4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037),
            Body(8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011),
            Body(12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017),
            Body(15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002)])
e0 = s.energy()
for _ in range(2500):
    s.advance(0.01)
print("%.9f %.9f" % (e0, s.energy()))
