# A round-robin scheduler of generator "tasks" (Beazley style): tasks are
# generators stepped with next() until all are finished.

def countdown(name, n):
    while n > 0:
        print(name, "T-minus", n)
        yield
        n -= 1
    print(name, "liftoff")

def countup(name, limit):
    i = 0
    while i < limit:
        print(name, "counting", i)
        yield
        i += 1
    return name + " counted to " + str(limit)

def chatty(name):
    try:
        for word in ["hello", "there", "general"]:
            print(name, "says", word)
            yield
    finally:
        print(name, "cleans up")

def run(tasks):
    queue = list(tasks)
    results = []
    steps = 0
    while queue:
        task = queue.pop(0)
        try:
            next(task)
            steps += 1
            queue.append(task)
        except StopIteration as e:
            if e.value is not None:
                results.append(e.value)
    return steps, results

print(run([countdown("rocket", 3), countup("counter", 4), chatty("bot")]))

# Tasks that spawn subtasks with yield from and tasks that fail.
def subtask(name, n):
    for i in range(n):
        print("  ", name, "sub-step", i)
        yield
    return n * 100

def parent(name):
    print(name, "starts a subtask")
    got = yield from subtask(name + ".child", 2)
    print(name, "subtask returned", got)
    yield

def failing(name):
    print(name, "step 1")
    yield
    raise RuntimeError(name + " crashed")

def run_with_errors(tasks):
    queue = list(tasks)
    while queue:
        task = queue.pop(0)
        try:
            next(task)
            queue.append(task)
        except StopIteration:
            pass
        except RuntimeError as e:
            print("task failed:", e)

run_with_errors([parent("p1"), failing("f1"), parent("p2")])

# A scheduler with a send()-based system call: tasks yield a request and
# receive a reply.
def asker(name, questions):
    answers = []
    for q in questions:
        reply = yield (name, q)
        answers.append(reply)
    print(name, "collected", answers)

def serve(tasks):
    queue = [(t, None) for t in tasks]
    clock = 0
    while queue:
        task, value = queue.pop(0)
        try:
            request = task.send(value)
        except StopIteration:
            continue
        clock += 1
        who, question = request
        queue.append((task, question.upper() + "@" + str(clock)))

serve([asker("A", ["x", "y"]), asker("B", ["p", "q", "r"])])

# Killing remaining tasks with close() when a deadline is reached.
def forever(name):
    try:
        while True:
            yield
    finally:
        print(name, "was stopped")

pending = [forever("daemon1"), countdown("short", 1), forever("daemon2")]
for tick in range(3):
    for t in list(pending):
        try:
            next(t)
        except StopIteration:
            pending.pop(pending.index(t))
for t in pending:
    t.close()
print("all stopped")
