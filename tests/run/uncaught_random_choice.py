# choice of an empty sequence: IndexError, uncaught.
import random

random.seed(3)
print(random.choice([1, 2, 3]))
try:
    random.randrange(5, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(random.choice([]))
