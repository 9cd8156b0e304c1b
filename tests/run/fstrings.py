# f-strings: {x}, {x!r}, {x:>5}, {x:.2f} and similar simple specs.

name = "yieldc"
n = 42
pi = 3.14159265
items = [1, "a"]
print(f"plain text")
print(f"{name} has {n} tests")
print(f"{name!r} {items!r} {n!r} {pi!r} {None!r} {'q'!r}")
print(f"[{n:>5}] [{n:<5}] [{n:^5}] [{name:>10}] [{name:<10}] [{name:^10}]")
print(f"[{pi:.2f}] [{pi:.0f}] [{pi:.4f}] [{2.5:.1f}] [{-0.004:.2f}] [{n:.2f}]")
print(f"[{pi:8.3f}] [{pi:<8.2f}] [{-pi:>9.1f}]")
print(f"[{n:5}] [{name:8}] [{True}] [{None}] [{1.5}]")
print(f"{n + 1} {n * 2} {len(name)} {name.upper()} {items[1]} {n > 40}")
print(f"{{literal braces}} {n}{n} {'nested quotes'}")
print(f"{f'inner {n}'} outer")
width_values = [1, 22, 333, 4444, 55555, 666666]
for v in width_values:
    print(f"|{v:>4}|{v:<4}|")
for v in [0.5, 0.125, 1.005, 2.675, 1e10, -1.5, 123.456]:
    print(f"{v} {v:.1f} {v:.2f} {v:.3f}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 12.0, 1)]
for fruit, price, qty in rows:
    print(f"{fruit:<12}{price:>8.2f}{qty:>4} = {price * qty:.2f}")
e = ValueError("bad", 2)
print(f"{e} {e!r} {KeyError('k')} {KeyError('k')!r}")
print(f"{[x * x for x in range(4)]} {(1, 'two')} { {'a': 1} }")
