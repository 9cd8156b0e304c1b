# An uncaught failing assert: exit status 1.

def mean(values):
    assert len(values) > 0, "mean of an empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
print(mean([]))
print("not reached")
