# count_up_to.py: the smallest generator. Calling count_up_to() runs none of
# its body; each next() (here driven by a for loop) resumes it until the
# following yield, and the local `current` survives between the steps.

def count_up_to(limit):
    current = 1
    while current <= limit:
        yield current
        current += 1

numbers = count_up_to(5)
print("made a", type(numbers).__name__, "object; nothing has run yet")
for n in numbers:
    print("counted", n)
print("a second pass over the same generator:", list(numbers))
print("a fresh one:", list(count_up_to(3)))
