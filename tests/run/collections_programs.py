# Generator programs over collections: a sliding window over a deque(maxlen=3),
# a breadth-first search with a deque, and a word-count pipeline with
# Counter and defaultdict(list) grouping.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple


def sliding(iterable, n=3):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield window.copy()


def moving_average(iterable):
    for w in sliding(iterable):
        yield sum(w) / len(w)


print(list(sliding(range(5))))
print([round(a, 2) for a in moving_average([3, 1, 4, 1, 5, 9, 2, 6])])

GRAPH = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["a"],
}


def bfs(graph, start):
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        node, depth = queue.popleft()
        yield node, depth
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, depth + 1))


def shortest_path(graph, start, goal):
    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = deque()
            while node is not None:
                path.appendleft(node)
                node = parents[node]
            return list(path)
        for nxt in graph[node]:
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


for node, depth in bfs(GRAPH, "a"):
    print("  " * depth + node)
print(shortest_path(GRAPH, "g", "f"), shortest_path(GRAPH, "f", "a"))

TEXT = """the quick brown fox jumps over the lazy dog
The dog barks and the fox runs
a quick brown dog is a happy dog"""


def lines(text):
    for line in text.splitlines():
        yield line


def words(lines):
    for line in lines:
        for w in line.split():
            yield w.lower()


def long_words(ws, n):
    for w in ws:
        if len(w) >= n:
            yield w


counts = Counter(words(lines(TEXT)))
print(counts.most_common(4))
print(counts["dog"], counts["cat"], sum(counts.values()), len(counts))
by_letter = defaultdict(list)
for w in long_words(words(lines(TEXT)), 4):
    by_letter[w[0]].append(w)
for letter in sorted(by_letter):
    print(letter, by_letter[letter])
lengths = defaultdict(int)
for w in words(lines(TEXT)):
    lengths[len(w)] += 1
print(sorted(lengths.items()))
per_line = [Counter(words([line])) for line in lines(TEXT)]
total = Counter()
for c in per_line:
    total += c
print(total == counts, (per_line[0] & per_line[2]), per_line[0] - per_line[1])

Entry = namedtuple("Entry", "word count rank")


def ranked(counter):
    for rank, (word, count) in enumerate(counter.most_common(3), 1):
        yield Entry(word, count, rank)


for e in ranked(counts):
    print(e, e.word, e.rank)
last = OrderedDict()
for w in words(lines(TEXT)):
    last[w] = True
    last.move_to_end(w)
print(list(last)[-5:])
