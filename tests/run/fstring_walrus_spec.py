# CPython reads f"{x:=5}" as x with the format spec "=5" (not an assignment).
x = 1
print(f"{x:=5}")
print(f"{x:=+4}|{x:=05}")
print(f"{(x:=7)}", x)
print([(y := q * 2) for q in range(3)], y)
