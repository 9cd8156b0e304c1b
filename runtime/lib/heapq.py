"""heapq: yieldc's own implementation of the heap queue module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib: CPython was read to match its behaviour, not copied.

What it implements: heappush, heappop, heapify, heapreplace, heappushpop,
nlargest, nsmallest (key=), merge (a generator; key=, reverse=), and the
max-heap helpers _heapify_max, _heappop_max, _heapreplace_max that merge
and nsmallest use.

Same results AND the same comparisons as CPython 3.11, in the same order,
so that an exception raised by a comparison (or a __lt__ that prints) comes
from the same pair of items:
- the sift loops are those of CPython's C accelerator (_heapqmodule.c):
  sift-up moves the smaller child up to a leaf comparing only the two
  children (child < right, or right < child for the max-heap), then sifts
  the item back down comparing it with its parents (item < parent);
- heapify on more than 2500 items visits the nodes in the C module's
  cache-friendly order (each sibling pair's parent right after the pair);
  the comparisons are the same set, the order differs;
- nsmallest/nlargest decorate items as (item, order) or (key, order, item)
  tuples and keep a heap of n of them, as CPython's heapq.py does; n == 1 is
  min()/max(), n >= len() is sorted();
- merge keeps a heap of [value, order, iterator] lists (with the key first
  when key= is given), so comparing two entries compares the values with
  == and then <, as list comparison does.

Differences from CPython: a wrong number of arguments gives the message of
a Python function ("heappush() missing 1 required positional argument:
'item'") where CPython's C functions say "heappush expected 2 arguments,
got 1".  The C module's "list changed size during iteration" check (a
comparison that changes the heap) is not made.  The final sort of
nsmallest/nlargest is sorted(), not list.sort(): yieldc's list.sort does
not make CPython's comparisons in CPython's order (runtime/sort.c), its
sorted() does.
"""


def _check(heap, fname, argument):
    """CPython's argument check: `argument` is "argument" for a function of
    one parameter, "argument 1" for one of two."""
    if not isinstance(heap, list):
        if heap is None:
            tname = "None"
        else:
            tname = type(heap).__name__
        raise TypeError("%s() %s must be list, not %s" % (fname, argument, tname))


# Min-heap sifts.  _sift_down moves heap[pos] toward the root (startpos) while
# it is smaller than its parent; _sift_up moves the smaller child up from pos
# to a leaf, puts the item there and sifts it back down.

def _sift_down(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not (item < parent):
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    limit = endpos >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < endpos and not (heap[child] < heap[child + 1]):
            child += 1
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _sift_down(heap, startpos, pos)


# Max-heap sifts: the same walks with the operands of < swapped.

def _sift_down_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not (parent < item):
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _sift_up_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    limit = endpos >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < endpos and not (heap[child + 1] < heap[child]):
            child += 1
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _sift_down_max(heap, startpos, pos)


def _heapify_with(heap, sift):
    n = len(heap)
    if n <= 2500:
        i = (n >> 1) - 1
        while i >= 0:
            sift(heap, i)
            i -= 1
        return
    # Cache-friendly order, as CPython's C module does it for big heaps:
    # after sifting a left child (an odd index, the second of a sibling
    # pair to be visited), sift its parent at once, and so on up.  The
    # parents are visited in two runs: those in the row above the deepest
    # full row (from its end down to the parent of the first childless
    # node m), then those of the deepest row (from m - 1 down to its start,
    # `leftmost`).  The set of comparisons is that of the simple order.
    m = n >> 1
    top = 1
    while top * 2 <= m + 1:
        top *= 2
    leftmost = top - 1
    for lo, hi in ((m >> 1, leftmost - 1), (leftmost, m - 1)):
        i = hi
        while i >= lo:
            j = i
            while True:
                sift(heap, j)
                if not (j & 1):
                    break
                j >>= 1
            i -= 1


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush", "argument 1")
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def _pop_with(heap, sift, fname):
    _check(heap, fname, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    result = heap[0]
    heap[0] = last
    sift(heap, 0)
    return result


def _replace_with(heap, item, sift, fname):
    _check(heap, fname, "argument 1")
    if not heap:
        raise IndexError("index out of range")
    result = heap[0]
    heap[0] = item
    sift(heap, 0)
    return result


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop_with(heap, _sift_up, "heappop")


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    return _replace_with(heap, item, _sift_up, "heapreplace")


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check(heap, "heappushpop", "argument 1")
    if not heap or not (heap[0] < item):
        return item
    result = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return result


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, "heapify", "argument")
    _heapify_with(heap, _sift_up)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check(heap, "_heapify_max", "argument")
    _heapify_with(heap, _sift_up_max)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    return _pop_with(heap, _sift_up_max, "_heappop_max")


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    return _replace_with(heap, item, _sift_up_max, "_heapreplace_max")


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (a generator)."""
    if reverse:
        make_heap = _heapify_max
        drop_top = _heappop_max
        fix_top = _heapreplace_max
        sign = -1
    else:
        make_heap = heapify
        drop_top = heappop
        fix_top = heapreplace
        sign = 1
    # Each entry is [value, order, iterator] or [key, order, value, iterator];
    # order breaks ties in favour of the earlier input (the later one when
    # reversed), so the iterators themselves are never compared.  The try
    # blocks span what CPython's do: a StopIteration from key() or from a
    # comparison also counts as the end of that input.
    entries = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        try:
            value = next(it)
            if key is None:
                entries.append([value, order * sign, it])
            else:
                entries.append([key(value), order * sign, value, it])
        except StopIteration:
            pass
        order += 1
    make_heap(entries)
    if key is None:
        while len(entries) > 1:
            try:
                while True:
                    top = entries[0]
                    yield top[0]
                    top[0] = next(top[2])
                    fix_top(entries, top)
            except StopIteration:
                drop_top(entries)
        if entries:
            yield entries[0][0]
            yield from entries[0][2]
        return
    while len(entries) > 1:
        try:
            while True:
                top = entries[0]
                yield top[2]
                value = next(top[3])
                top[0] = key(value)
                top[2] = value
                fix_top(entries, top)
        except StopIteration:
            drop_top(entries)
    if entries:
        yield entries[0][2]
        yield from entries[0][3]


def _sized(iterable):
    """len(iterable), or -1 when it has none."""
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return -1


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset: sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        if best is missing:
            return []
        return [best]
    size = _sized(iterable)
    if size >= 0 and n >= size:
        return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # A max-heap of the n smallest so far, decorated so that equal items
    # keep their input order; heap[0] is the largest of them.
    heap = []
    count = 0
    while count < n:
        try:
            elem = next(it)
        except StopIteration:
            break
        if key is None:
            heap.append((elem, count))
        else:
            heap.append((key(elem), count, elem))
        count += 1
    if not heap:
        return heap
    _heapify_max(heap)
    worst = heap[0][0]
    order = n
    for elem in it:
        if key is None:
            if elem < worst:
                _heapreplace_max(heap, (elem, order))
                worst = heap[0][0]
                order += 1
        else:
            k = key(elem)
            if k < worst:
                _heapreplace_max(heap, (k, order, elem))
                worst = heap[0][0]
                order += 1
    heap = sorted(heap)
    return [entry[-1] if key is not None else entry[0] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        if best is missing:
            return []
        return [best]
    size = _sized(iterable)
    if size >= 0 and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # A min-heap of the n largest so far; the orders count down from 0 so
    # that, sorted in reverse, equal items keep their input order.
    heap = []
    count = 0
    while count < n:
        try:
            elem = next(it)
        except StopIteration:
            break
        if key is None:
            heap.append((elem, -count))
        else:
            heap.append((key(elem), -count, elem))
        count += 1
    if not heap:
        return heap
    heapify(heap)
    worst = heap[0][0]
    order = -n
    for elem in it:
        if key is None:
            if worst < elem:
                heapreplace(heap, (elem, order))
                worst = heap[0][0]
                order -= 1
        else:
            k = key(elem)
            if worst < k:
                heapreplace(heap, (k, order, elem))
                worst = heap[0][0]
                order -= 1
    heap = sorted(heap, reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in heap]


if __name__ == "__main__":
    # Self-test: `build/yieldc run runtime/lib/heapq.py` must print what
    # `python3 runtime/lib/heapq.py` prints.
    class Noisy:
        """An item that logs every comparison made on it."""
        log = []

        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            Noisy.log.append((self.v, other.v))
            return self.v < other.v

        def __eq__(self, other):
            Noisy.log.append(("eq", self.v, other.v))
            return self.v == other.v

        def __repr__(self):
            return "N(%r)" % (self.v,)

    seed = 12345

    def rand(n):
        global seed
        seed = (seed * 1103515245 + 12345) % 2147483648
        return seed % n

    data = [rand(50) for i in range(40)]
    h = []
    for x in data:
        heappush(h, x)
    print("pushed", h)
    print("popped", [heappop(h) for i in range(len(h))])
    h = data[:]
    heapify(h)
    print("heapify", h)
    print("replace", heapreplace(h, 25), h[:5])
    print("pushpop", heappushpop(h, -1), heappushpop(h, 30), h[:5])
    print("pushpop empty", heappushpop([], 3))
    for bad in (heappop, heapify):
        try:
            bad(None)
        except TypeError as e:
            print(type(e).__name__, e)
    for bad in (heappop, _heappop_max):
        try:
            bad([])
        except IndexError as e:
            print(type(e).__name__, e)
    try:
        heapreplace([], 1)
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        heappush((1,), 1)
    except TypeError as e:
        print(type(e).__name__, e)

    Noisy.log = []
    h = [Noisy(rand(20)) for i in range(12)]
    heapify(h)
    heappush(h, Noisy(3))
    heappop(h)
    heapreplace(h, Noisy(7))
    heappushpop(h, Noisy(9))
    print("comparisons", Noisy.log)

    # The cache-friendly heapify of a big list.
    big = [rand(100000) for i in range(6000)]
    h = big[:]
    heapify(h)
    print("big heapify", h[:8], h[-4:], sum(h[i] for i in range(0, 6000, 7)))
    ok = all(h[(i - 1) >> 1] <= h[i] for i in range(1, len(h)))
    print("big heap ok", ok, [heappop(h) for i in range(5)])
    h = big[:]
    _heapify_max(h)
    print("big max", h[:8], [_heappop_max(h) for i in range(5)])
    Noisy.log = []
    h = [Noisy(rand(1000)) for i in range(2600)]
    heapify(h)
    print("big comparisons", len(Noisy.log), Noisy.log[:6], Noisy.log[-3:])

    print("nsmallest", nsmallest(5, data), nsmallest(5, iter(data)))
    print("nlargest", nlargest(5, data), nlargest(5, iter(data)))
    print("key", nsmallest(4, iter(data), key=lambda v: -v),
          nlargest(4, iter(data), key=lambda v: v % 7))
    print("small n", nsmallest(1, data), nlargest(1, []), nsmallest(0, data),
          nlargest(50, data)[:3], nsmallest(3, iter([])))
    words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime"]
    print("stable", nsmallest(3, iter(words), key=len), nlargest(3, iter(words), key=len))
    Noisy.log = []
    nsmallest(3, iter([Noisy(v) for v in [5, 1, 4, 1, 5, 9, 2, 6]]))
    print("nsmallest comparisons", Noisy.log)

    print("merge", list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
    print("merge key", list(merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
    print("merge reverse", list(merge([9, 5, 1], [8, 5, 2], [7], reverse=True)))
    print("merge rkey", list(merge(["ccc", "a"], ["bb", "b", ""], key=len, reverse=True)))
    print("merge none", list(merge()), list(merge([], [])), list(merge(iter([3, 4]))))
    g = merge(range(0, 10, 3), range(1, 10, 4))
    print("merge gen", type(g).__name__, next(g), next(g), list(g))
    Noisy.log = []
    list(merge([Noisy(1), Noisy(4)], [Noisy(1), Noisy(2)], [Noisy(3)]))
    print("merge comparisons", Noisy.log)

    class Bad:
        def __lt__(self, other):
            raise ValueError("no order")

    try:
        list(merge([1, 2], [Bad()]))
    except TypeError as e:
        print(type(e).__name__, e)
    def stop_key(v):
        if v == 3:
            raise StopIteration
        return v

    print("merge stop key", list(merge([1, 3, 5], [2, 4], [0, 6], key=stop_key)))
    try:
        heappush([Bad()], Bad())
    except ValueError as e:
        print(type(e).__name__, e)
