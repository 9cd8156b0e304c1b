# A class-based round-robin scheduler of generator tasks.
class Task:
    next_id = 0

    def __init__(self, gen, name):
        Task.next_id += 1
        self.id = Task.next_id
        self.gen = gen
        self.name = name
        self.sendval = None

    def run(self):
        return self.gen.send(self.sendval)

    def __repr__(self):
        return f"<Task {self.id} {self.name}>"


class SystemCall:
    def handle(self, sched, task):
        raise NotImplementedError


class GetTid(SystemCall):
    def handle(self, sched, task):
        task.sendval = task.id
        sched.schedule(task)


class Spawn(SystemCall):
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name

    def handle(self, sched, task):
        child = sched.new(self.gen, self.name)
        task.sendval = child.id
        sched.schedule(task)


class Scheduler:
    def __init__(self):
        self.ready = []
        self.tasks = {}
        self.log = []

    def new(self, gen, name):
        t = Task(gen, name)
        self.tasks[t.id] = t
        self.schedule(t)
        return t

    def schedule(self, task):
        self.ready.append(task)

    def run(self):
        while self.tasks:
            task = self.ready.pop(0)
            try:
                result = task.run()
            except StopIteration as e:
                self.log.append((task.name, e.value))
                del self.tasks[task.id]
                continue
            if isinstance(result, SystemCall):
                result.handle(self, task)
                continue
            task.sendval = None
            self.schedule(task)


def worker(name, n):
    tid = yield GetTid()
    for i in range(n):
        print(f"{name} (task {tid}) step {i}")
        yield
    return name * 2


def parent():
    tid = yield GetTid()
    print("parent is", tid)
    kid = yield Spawn(worker("kid", 2), "kid")
    print("spawned", kid)
    yield
    return "parent done"


s = Scheduler()
s.new(worker("foo", 3), "foo")
s.new(parent(), "parent")
s.run()
print(s.log)
