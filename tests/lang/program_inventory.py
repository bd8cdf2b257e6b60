# Classes, properties, dunder methods, sorting, dict/set comprehensions.
class Item:
    __slots__ = ("name", "price", "qty", "tags")

    def __init__(self, name, price, qty=0, tags=()):
        self.name, self.price, self.qty = name, price, qty
        self.tags = frozenset(tags)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"

    def __lt__(self, other):
        return (self.value, self.name) < (other.value, other.name)

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self

    def __iter__(self):
        return iter(sorted(self.items.values()))

    def __len__(self):
        return len(self.items)

    def by_tag(self):
        out = {}
        for item in self:
            for tag in sorted(item.tags):
                out.setdefault(tag, []).append(item.name)
        return out


inv = Inventory()
inv.add(Item("apple", 0.5, 40, ["fruit", "fresh"])).add(Item("pear", 0.75, 10, ["fruit"]))
inv.add(Item("nails", 0.02, 1000, ["hardware"])).add(Item("apple", 0.5, 10))
inv.add(Item("hammer", 12.0, 2, ["hardware", "tool"]))
print(len(inv), "items")
for item in inv:
    print(f"  {item.name:<8} {item.qty:>5} x {item.price:>6.2f} = {item.value:>7.2f}")
print("total", sum(i.value for i in inv))
print("tags", inv.by_tag())
print("expensive", {i.name for i in inv if i.price > 0.6})
print("max", max(inv), "min", min(inv, key=lambda i: i.qty))
print(Item("x", 1) == Item("x", 2), len({Item("x", 1), Item("x", 2)}))
try:
    Item("y", 1).colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
