# random after seed(n): CPython's exact sequences for every module-level
# function, for int seeds (0, 42, 2**100, -7), float, str and bytes seeds.
import random


def show(seed):
    random.seed(seed)
    print("seed", repr(seed))
    print(" random", [random.random() for _ in range(5)])
    print(" randint", [random.randint(1, 100) for _ in range(10)])
    print(" randrange", [random.randrange(10) for _ in range(5)],
          [random.randrange(5, 50, 5) for _ in range(5)],
          [random.randrange(10, -10, -3) for _ in range(5)])
    print(" choice", [random.choice("abcdefg") for _ in range(8)],
          random.choice([1.5, None, (1, 2)]))
    xs = list(range(12))
    random.shuffle(xs)
    print(" shuffle", xs)
    print(" sample", random.sample(range(100), 8), random.sample("xyz", 3),
          random.sample(range(100000), 4))
    print(" sample counts", random.sample(["red", "blue"], counts=[4, 2], k=5))
    print(" uniform", [random.uniform(1, 10) for _ in range(3)], random.uniform(-2.5, 2.5))
    print(" choices", random.choices("abc", k=6), random.choices("abc", [5, 1, 1], k=6),
          random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
    print(" gauss", [random.gauss(0, 1) for _ in range(3)], random.gauss(100, 15))
    print(" normal", random.normalvariate(0, 1), random.normalvariate(10, 2))
    print(" expo", random.expovariate(1.5), " triangular", random.triangular(0, 10, 2))
    print(" gamma", random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 0.5))
    print(" beta", random.betavariate(2, 5), " lognorm", random.lognormvariate(0, 0.5))
    print(" vonmises", random.vonmisesvariate(1, 4), " pareto", random.paretovariate(2),
          " weibull", random.weibullvariate(1, 1.5))
    print(" bits", random.getrandbits(1), random.getrandbits(32), random.getrandbits(64),
          random.getrandbits(200))
    print(" bytes", random.randbytes(6))
    print(" big", random.randrange(10 ** 30), random.randint(-2 ** 70, 2 ** 70))


for s in [0, 42, 2 ** 100, -7, 1.25, "hello", b"abc", "", True]:
    show(s)

random.seed("spam", version=1)
print([random.randrange(1000) for _ in range(5)])
random.seed(2 ** 64 - 1)
print(random.random())
random.seed(-2 ** 100)
print(random.random())
