# sorted with key= and reverse=, stability, and sorting mixed numbers.

nums = [5, -2, 9, 0, -2, 3.5, 1]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: -n))
print(nums)

words = ["pear", "Apple", "fig", "banana", "kiwi", "apple"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

# Stability: equal keys keep their original order, also with reverse=True.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))

# Sorting by several keys: descending count, then ascending name.
print(sorted(records, key=lambda r: (-r[1], r[0])))

print(sorted("hello"))
print(sorted({"b": 1, "a": 2}))
print(sorted(x * x % 7 for x in range(8)))
print(sorted([]), sorted([1]))
print(sorted([[2, 1], [1, 2], [1]]))
print(sorted([True, 0, 2, False, 1.5]))

try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
