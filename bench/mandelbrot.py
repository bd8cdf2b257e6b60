"""mandelbrot: escape-time iteration over a grid of the complex plane with
plain floats; tight arithmetic loops."""
import sys

DEFAULT = 560


def main(size):
    limit = 50
    total = 0
    h = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            i = 0
            while i < limit:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            total += i
            bits = ((bits << 1) | (i == limit)) & 0xFFFFFFFF
        h = (h * 1000003 + bits) % 4294967291
    return "mandelbrot %d: %d %d" % (size, total, h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
