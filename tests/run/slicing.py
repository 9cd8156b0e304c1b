# Indexing and slicing of str, list and tuple.

s = "abcdefgh"
l = [0, 1, 2, 3, 4, 5, 6, 7]
t = (10, 20, 30, 40, 50)
print(s[0], s[7], s[-1], s[-8], l[3], l[-2], t[1], t[-5])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-5:-2])
print(l[1:4], l[:0], l[6:], l[::2], l[1::3], l[::-1], l[::-2], l[5:1:-1], l[-1:-4:-1])
print(t[1:3], t[::-1], t[:1], t[4:], t[::2])
print(s[100:], s[-100:2], s[3:1], l[10:20], l[-20:2], t[2:2])
print(s[1:7:2], s[7:0:-3], l[0:8:3], l[8:0:-3])
print(len(s[2:6]), type(l[1:2]).__name__, type(t[1:2]).__name__, type(s[1:2]).__name__)

# A slice is a copy.
copy = l[:]
copy.append(99)
print(len(l), len(copy), copy[-1])

# Slices with computed bounds.
n = 3
print(s[n:n * 2], l[n - 1:], l[:len(l) // 2])

# Slicing inside a generator.
def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]

print(list(windows("abcde", 3)))
print(list(windows([1, 2, 3, 4], 2)))
print(list(windows((1, 2), 5)))

def chunks(seq, size):
    i = 0
    while i < len(seq):
        yield seq[i:i + size]
        i += size

print(list(chunks(list(range(7)), 3)))

# Nested indexing.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1][2], grid[-1][0], grid[0][::-1], [row[1] for row in grid], grid[1:][0][1:])

for bad in ["list", "tuple", "str", "neg"]:
    try:
        if bad == "list":
            print(l[8])
        elif bad == "tuple":
            print(t[5])
        elif bad == "str":
            print(s[8])
        else:
            print(l[-9])
    except IndexError as e:
        print(bad, "IndexError:", e)
try:
    print(l["1"])
except TypeError as e:
    print("TypeError:", e)
