# A tokenizer + recursive-descent evaluator for arithmetic expressions.
def tokenize(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            out.append(("num", float(num) if "." in num else int(num)))
            i = j
            continue
        if not ch.isspace():
            out.append(("op", ch))
        i += 1
    out.append(("end", None))
    return out


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")


for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "7 % 3 - -2", "2 * (3 + 4) * 5",
            "1.5 * 4", "((2))", "3 +", "4 / 0", "(1 + 2"]:
    try:
        print(f"{src!r:>20} = {Parser(tokenize(src)).expr()}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src!r:>20} : {type(e).__name__}: {e}")
