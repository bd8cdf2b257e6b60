# format() and str.format with numbers, and the default spec.
print(format(3), format(3.0), format(1j), format(-0.0), format(2 ** 70))
print("{} {:d} {:5.1f} {:>6} {:x} {:e}".format(42, 42, 3.14159, 2.5, 255, 12345.6789))
print("{0:{1}}".format(3.14159, ".3"), "{:{}{}}".format(42, ">", 6), "%d %s %r %.2f %x %o %e" % (42, 1.5, 2.5, 3.14159, 255, 8, 1234.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), "%.3g|%g|%G" % (1234567.0, 1e-5, 1e20))
