# Moving-window statistics over a stream: a generator pipeline of
# readings -> sliding windows -> (mean, min, max) per window, plus a
# send()-driven exponential moving average.

def readings():
    data = [12.0, 15.5, 11.25, 18.0, 20.5, 19.75, 14.0, 13.5, 22.25, 21.0]
    for i, v in enumerate(data):
        yield (i, v)

def sliding(source, size):
    window = []
    for item in source:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield list(window)

def summarize(windows):
    for w in windows:
        values = [v for _, v in w]
        yield (w[0][0], w[-1][0], sum(values) / len(values), min(values), max(values))

for start, end, mean, lo, hi in summarize(sliding(readings(), 4)):
    print(f"[{start}-{end}] mean={mean:.3f} min={lo} max={hi} spread={hi - lo}")

def ema(alpha):
    value = None
    while True:
        x = yield value
        if value is None:
            value = x
        else:
            value = alpha * x + (1 - alpha) * value

e = ema(0.5)
next(e)
for _, v in readings():
    print(f"x={v:6.2f} ema={e.send(v):8.4f}")
e.close()

def alerts(windows, threshold):
    for w in windows:
        values = [v for _, v in w]
        avg = sum(values) / len(values)
        if avg > threshold:
            yield "window ending at " + str(w[-1][0]) + " averages " + repr(avg)

for line in alerts(sliding(readings(), 3), 18.0):
    print(line)

# The windows generator pulls only what it needs.
def counted(source):
    n = 0
    for item in source:
        n += 1
        print("  pulled reading", n)
        yield item

first_window = next(sliding(counted(readings()), 3))
print("first window:", first_window)
