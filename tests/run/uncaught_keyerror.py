# An uncaught KeyError: exit 1, last stderr line "KeyError: 'banana'".

prices = {"apple": 3, "pear": 4}

def total(order):
    for item in order:
        yield prices[item]

print(sum(total(["apple", "pear"])))
print(sum(total(["apple", "banana", "pear"])))
