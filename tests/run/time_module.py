# The time module: the clocks' types, that the monotonic clocks never go
# back, that sleep sleeps at least as long as asked, and CPython's errors.
# Nothing printed depends on the time it is.
import time
from time import monotonic, perf_counter, sleep


def ticks(clock, n):
    for _ in range(n):
        yield clock()


def never_decreases(clock):
    values = list(ticks(clock, 1000))
    return all(a <= b for a, b in zip(values, values[1:]))


for clock in [time.time, time.time_ns, time.monotonic, time.monotonic_ns,
              time.perf_counter, time.perf_counter_ns, time.process_time, time.process_time_ns]:
    print(clock.__name__, type(clock()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1_600_000_000 * 10 ** 9)
print(never_decreases(monotonic), never_decreases(time.monotonic_ns),
      never_decreases(perf_counter), never_decreases(time.perf_counter_ns))
print(time.process_time() >= 0)

for secs in [0.01, 0.02, 0, 1 / 64]:
    start = perf_counter()
    result = sleep(secs)
    print(secs, result, perf_counter() - start >= secs)
start = time.monotonic_ns()
time.sleep(0.005)
print(time.monotonic_ns() - start >= 5_000_000)
print(time.sleep(True), time.sleep(-0.0))

for bad in [-1, -0.5, "1", None, [1], float("nan"), 10 ** 30, 1e10]:
    try:
        sleep(bad)
    except (TypeError, ValueError, OverflowError) as exc:
        print(repr(bad), type(exc).__name__ + ":", exc)
for call in [lambda: time.time(1), lambda: time.sleep(), lambda: time.sleep(x=1)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
