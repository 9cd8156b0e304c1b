# pipeline.py: three small generators chained into a lazy pipeline,
# read_numbers -> only_even -> doubled, whose results are summed. Each stage
# pulls one item at a time from the stage before it; no list is built.

def read_numbers(lines):
    for line in lines:
        text = line.strip()
        if text:
            yield int(text)

def only_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            yield n

def doubled(numbers):
    for n in numbers:
        yield 2 * n

raw = [" 7", "8", "", "10 ", "13", "  ", "22", "5"]
print("stages:", list(doubled(only_even(read_numbers(raw)))))
print("total:", sum(doubled(only_even(read_numbers(raw)))))
