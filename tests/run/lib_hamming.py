# Hamming numbers (2^i * 3^j * 5^k) as a lazy stream that feeds on itself:
# three multiplied copies of the output (itertools.tee) merged in order by
# heapq.merge, duplicates dropped with groupby.
# yieldc-cycles: the stream feeds on itself (a cycle through tee's buffer)
from heapq import merge
from itertools import chain, groupby, islice, tee


def hamming():
    def deferred_output():
        yield from output

    result, p2, p3, p5 = tee(deferred_output(), 4)
    m2 = (2 * x for x in p2)
    m3 = (3 * x for x in p3)
    m5 = (5 * x for x in p5)
    merged = merge(m2, m3, m5)
    unique = (k for k, _group in groupby(merged))
    output = chain([1], unique)
    return result


print(list(islice(hamming(), 20)))
stream = hamming()
for i, h in enumerate(stream):
    if i == 1690:
        print("1691st:", h)
        break
print("again:", next(islice(hamming(), 1690, None)))


# The same with a heap of candidates and heappush/heappop.
def hamming_heap(limit):
    import heapq
    seen = {1}
    heap = [1]
    while True:
        h = heapq.heappop(heap)
        if h > limit:
            return
        yield h
        for f in (2, 3, 5):
            n = h * f
            if n not in seen:
                seen.add(n)
                heapq.heappush(heap, n)


lazy = list(islice(hamming(), 62))
print(lazy == list(hamming_heap(lazy[-1])), lazy[-1])

# Generalised: the numbers whose prime factors are all in `primes`.
def scaled(factor, numbers):
    for n in numbers:
        yield factor * n


def smooth(primes):
    def deferred():
        yield from out
    copies = tee(deferred(), len(primes) + 1)
    streams = [scaled(p, c) for p, c in zip(primes, copies[1:])]
    out = chain([1], (k for k, _ in groupby(merge(*streams))))
    return copies[0]


print(list(islice(smooth([2, 7]), 15)))
print(list(islice(smooth([3, 5, 7]), 15)))
print(list(merge([10, 8, 3], [9, 3, 1], [7], reverse=True)))
print(list(merge(["fig", "kiwi"], ["plum", "date", "banana"], key=len)))
