"""raytrace: a small recursive ray tracer -- spheres and a checkered plane,
two point lights with shadows, diffuse and specular shading and mirror
reflection; vector objects with operator methods, float arithmetic."""
import sys
from math import sqrt

DEFAULT = 200

EPSILON = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, shininess, reflection):
        self.colour = colour
        self.diffuse, self.specular = diffuse, specular
        self.shininess, self.reflection = shininess, reflection

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, a, b, size):
        Material.__init__(self, a, 0.9, 0.2, 8, 0.25)
        self.other = b
        self.size = size

    def colour_at(self, point):
        i = int((point.x + 1000.0) / self.size) + int((point.z + 1000.0) / self.size)
        return self.colour if i % 2 == 0 else self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre, self.radius, self.material = centre, radius, material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point, self.normal, self.material = point, normal.normalized(), material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


def power(x, n):
    r = 1.0
    while n:
        if n & 1:
            r *= x
        x *= x
        n >>= 1
    return r


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.background = Vec(0.1, 0.12, 0.2)
        self.ambient = 0.1

    def nearest(self, ray):
        best, hit = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best is None or t < best):
                best, hit = t, obj
        return best, hit

    def shadowed(self, point, light):
        to_light = light - point
        dist = to_light.length()
        t, _ = self.nearest(Ray(point, to_light))
        return t is not None and t < dist

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.colour_at(point)
        colour = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            l = (light - point).normalized()
            lambert = normal.dot(l)
            if lambert > 0.0:
                colour = colour + base * (lambert * mat.diffuse)
                spec = l.reflect(normal).dot(ray.direction)
                if spec > 0.0:
                    s = power(spec, mat.shininess) * mat.specular
                    colour = colour + Vec(s, s, s)
        if depth > 0 and mat.reflection > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            colour = colour + self.trace(bounce, depth - 1) * mat.reflection
        return colour


def build_scene():
    s = Scene()
    s.objects.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                           Checker(Vec(0.9, 0.9, 0.9), Vec(0.15, 0.15, 0.15), 1.0)))
    s.objects.append(Sphere(Vec(0.0, 0.0, 5.0), 1.0, Material(Vec(0.8, 0.2, 0.2), 0.7, 0.5, 32, 0.3)))
    s.objects.append(Sphere(Vec(-2.2, 0.3, 6.5), 1.3, Material(Vec(0.2, 0.7, 0.3), 0.8, 0.3, 16, 0.2)))
    s.objects.append(Sphere(Vec(2.0, -0.4, 4.2), 0.6, Material(Vec(0.3, 0.3, 0.9), 0.6, 0.8, 64, 0.5)))
    s.lights.append(Vec(-5.0, 6.0, -2.0))
    s.lights.append(Vec(4.0, 3.0, 1.0))
    return s


def render(scene, width, height):
    eye = Vec(0.0, 0.5, -1.0)
    h = 0
    total = 0
    for j in range(height):
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * 1.2
            y = (1.0 - 2.0 * (j + 0.5) / height) * 0.9
            c = scene.trace(Ray(eye, Vec(x, y, 1.5) - Vec(0.0, 0.5, 0.0)), 3)
            rgb = [min(255, int(255.0 * v)) for v in (c.x, c.y, c.z)]
            for v in rgb:
                total += v
                h = (h * 16777619 + v) & 0xFFFFFFFF
    return total, h


def main(size):
    total, h = render(build_scene(), size, size * 3 // 4)
    return "raytrace %d: %d %08x" % (size, total, h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
