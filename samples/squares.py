# squares.py: a generator expression beside the equivalent list
# comprehension. The list is built at once and can be reused; the generator
# computes each square on demand and is used up after one pass.

as_list = [k * k for k in range(8)]
as_gen = (k * k for k in range(8))

print("list:     ", as_list)
print("generator:", type(as_gen).__name__)
print("first two from the generator:", next(as_gen), next(as_gen))
print("the rest:", list(as_gen))
print("and again:", list(as_gen))
print("the list twice:", sum(as_list), sum(as_list))
print("sum of odd squares below 100:", sum(k * k for k in range(100) if k % 2 == 1))
