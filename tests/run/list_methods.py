# list.append/pop/extend/insert/index, item assignment, del, errors.

xs = []
xs.append(1)
xs.append("two")
xs.append([3])
print(xs, len(xs))
print(xs.pop(), xs)
xs.extend([4, 5])
xs.extend((6,))
xs.extend("ab")
xs.extend(x * 10 for x in range(2))
xs.extend(range(2))
print(xs)
xs.insert(0, "first")
xs.insert(3, "middle")
xs.insert(100, "end")
xs.insert(-1, "before end")
xs.insert(-100, "very first")
print(xs)
print(xs.index("middle"), xs.index(4), xs.index(0))
print(xs.pop(0), xs.pop(-1), xs.pop(2), xs)
xs[0] = "replaced"
xs[-1] = "last replaced"
print(xs)
del xs[1]
del xs[-2]
print(xs)
print(xs.append(9), xs.insert(0, 8), xs.extend([]))

a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3], a is [1, 2, 3])
c = a + [4]
print(a, c, [0] + [] + [1])
a += [5]
print(a, b)

nested = [[1, 2], [3, 4]]
nested[1].append(5)
nested[0][0] = 100
print(nested, nested[1][2])

# append while iterating with a generator over the list
def walk(lst):
    i = 0
    while i < len(lst):
        yield lst[i]
        i += 1

work = [1, 2]
for v in walk(work):
    if v < 4:
        work.append(v + 2)
print(work)

for bad in ["pop-empty", "pop-range", "index-missing", "index-range", "assign-range", "del-range"]:
    try:
        if bad == "pop-empty":
            [].pop()
        elif bad == "pop-range":
            [1].pop(5)
        elif bad == "index-missing":
            [1, 2].index(3)
        elif bad == "index-range":
            print([1, 2][2])
        elif bad == "assign-range":
            ys = [1]
            ys[1] = 0
        elif bad == "del-range":
            zs = [1]
            del zs[3]
    except IndexError as e:
        print(bad, "IndexError:", e)
    except ValueError as e:
        print(bad, "ValueError:", e)
