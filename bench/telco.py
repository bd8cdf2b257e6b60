"""telco: price generated telephone call records with the decimal module --
per-second rates, banker's rounding of each price to cents, taxes rounded
down, running totals (the shape of the IBM telco benchmark)."""
import sys
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, getcontext

DEFAULT = 450000

LOCAL_RATE = Decimal("0.0013")
DISTANCE_RATE = Decimal("0.00894")
BASIC_TAX = Decimal("0.0675")
DISTANCE_TAX = Decimal("0.0341")
CENT = Decimal("0.01")


def records(n):
    """(duration in seconds, is_distance) from a linear congruential generator."""
    state = 987654321
    for _ in range(n):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        duration = 1 + (state >> 8) % 3600
        yield duration, (state >> 4) & 1 == 1


def main(n):
    getcontext().prec = 28
    total_price = Decimal(0)
    total_basic = Decimal(0)
    total_distance = Decimal(0)
    h = 0
    for duration, distance in records(n):
        rate = DISTANCE_RATE if distance else LOCAL_RATE
        price = (rate * duration).quantize(CENT, rounding=ROUND_HALF_EVEN)
        basic = (price * BASIC_TAX).quantize(CENT, rounding=ROUND_DOWN)
        total_basic += basic
        line = price + basic
        if distance:
            extra = (price * DISTANCE_TAX).quantize(CENT, rounding=ROUND_DOWN)
            total_distance += extra
            line += extra
        total_price += line
        for ch in str(line):
            h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return "telco %d: %s %s %s %08x" % (n, total_price, total_basic, total_distance, h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
