"""SafePy demo: a small bookkeeping program, a puzzle solver and some text
processing -- ordinary Python 3.11, run unchanged."""

import sys


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:.2f})"


class SavingsAccount(Account):
    interest_rate = 0.05

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("  refused:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  transfer {amount:>8.2f} {src.owner} -> {dst.owner}")


def bookkeeping():
    print("== bookkeeping ==")
    alice = Account("alice", 100.0)
    bob = SavingsAccount("bob", 50.0)
    transfer(alice, bob, 30.0)
    transfer(bob, alice, 500.0)
    print("  interest for bob:", bob.add_interest())
    for acct in sorted([alice, bob], key=lambda a: a.balance, reverse=True):
        kinds = {}
        for kind, amount in acct.history:
            kinds[kind] = kinds.get(kind, 0) + amount
        print(f"  {acct!r:<28} {kinds}")
    try:
        alice.deposit(-5)
    except ValueError as e:
        print("  error:", e)


def queens(n):
    """Yield every solution of the n-queens puzzle."""
    cols = []

    def safe(col):
        row = len(cols)
        return all(c != col and abs(c - col) != row - r for r, c in enumerate(cols))

    def place():
        if len(cols) == n:
            yield tuple(cols)
            return
        for col in range(n):
            if safe(col):
                cols.append(col)
                yield from place()
                cols.pop()

    yield from place()


def puzzles():
    print("== n-queens ==")
    counts = {n: sum(1 for _ in queens(n)) for n in range(4, 9)}
    print("  solutions:", counts)
    first = next(queens(8))
    for col in first:
        print("  " + " ".join("Q" if c == col else "." for c in range(8)))


TEXT = """It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""


def words():
    print("== text ==")
    freq = {}
    for word in TEXT.lower().replace(",", " ").replace(".", " ").split():
        freq[word] = freq.get(word, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for word, n in top:
        print(f"  {word:<8}{'#' * n} {n}")
    longest = max(freq, key=len)
    print(f"  longest word: {longest!r} ({len(longest)} letters)")
    print("  big number:", 2 ** 100, "digits:", len(str(3 ** 1000)))


def main(argv):
    bookkeeping()
    puzzles()
    words()
    print("== done ==", "args:", argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
