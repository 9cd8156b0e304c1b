# Word frequencies: a generator pipeline from lines to normalized words to
# counts in a dict, reported sorted by (-count, word).

TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!
A quick brown dog? Yes -- a QUICK brown dog.

"Lazy" is the dog, said the fox, and the fox was right."""

PUNCTUATION = ".,;:!?\"'-()"

def lines(text):
    for line in text.splitlines():
        yield line

def words(lines_in):
    for line in lines_in:
        for raw in line.split():
            word = raw.strip(PUNCTUATION).lower()
            if word:
                yield word

def count(words_in):
    counts = {}
    for w in words_in:
        counts[w] = counts.get(w, 0) + 1
    return counts

counts = count(words(lines(TEXT)))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<8}{n:>3}")
print("distinct words:", len(counts), "total:", sum(counts.values()))
print("hapax legomena:", [w for w, n in ranked if n == 1])

# Frequencies of word lengths, and the longest words.
by_length = {}
for w in counts:
    by_length[len(w)] = by_length.get(len(w), 0) + counts[w]
for length in sorted(by_length):
    print(length, by_length[length])
print(sorted(counts, key=lambda w: (-len(w), w))[:3])

# Top words per line with a generator of per-line counters.
def per_line(text):
    for i, line in enumerate(text.splitlines()):
        c = count(words([line]))
        if c:
            best = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            yield (i, best)

for i, (w, n) in per_line(TEXT):
    print("line", i, "top:", w, n)
