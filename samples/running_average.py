# running_average.py: a generator used as a coroutine. It is primed with
# next(), then every value sent in with send() updates the running totals
# and the new average comes back as the result of send().

def running_average():
    count = 0
    total = 0.0
    average = None
    while True:
        value = yield average
        count += 1
        total += value
        average = total / count

avg = running_average()
next(avg)
for reading in [4, 8, 15, 16, 23, 42]:
    print("sent", reading, "-> average", avg.send(reading))
avg.close()
print("closed")
