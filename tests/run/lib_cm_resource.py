# A @contextmanager resource with exceptions thrown through it: a pool of
# connections handed out by a generator-based context manager, which rolls
# back on error, translates some errors, and always returns the connection.
from contextlib import contextmanager, suppress, ExitStack


class PoolError(Exception):
    pass


class Connection:
    def __init__(self, n):
        self.n = n
        self.log = []

    def execute(self, sql):
        if "DROP" in sql:
            raise LookupError("DROP is not allowed")
        if "bad" in sql:
            raise ValueError("syntax error near 'bad'")
        self.log.append(sql)
        return len(self.log)

    def __repr__(self):
        return "<conn %d>" % self.n


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.events = []

    @contextmanager
    def connection(self):
        if not self.free:
            raise PoolError("pool exhausted")
        conn = self.free.pop()
        self.events.append(f"acquire {conn!r}")
        try:
            yield conn
        except ValueError as e:
            self.events.append(f"rollback {conn!r}: {e}")
            conn.log.clear()
            raise PoolError("query failed") from e
        except LookupError as e:
            self.events.append(f"denied {conn!r}: {e}")
            # swallowed: the with statement goes on after the block
        else:
            self.events.append(f"commit {conn!r} {conn.log!r}")
        finally:
            self.free.append(conn)
            self.events.append(f"release {conn!r}")


pool = Pool(2)
with pool.connection() as c:
    c.execute("INSERT 1")
    c.execute("INSERT 2")

try:
    with pool.connection() as c:
        c.execute("INSERT 3")
        c.execute("SELECT bad")
except PoolError as e:
    print("PoolError:", e, "| cause:", repr(e.__cause__), "| context is cause:",
          e.__context__ is e.__cause__)

with pool.connection() as c:
    c.execute("DROP TABLE t")
    print("not reached")
print("after the denied block")

# Nested: two connections at once, a third fails to be acquired.
try:
    with pool.connection() as a, pool.connection() as b:
        print("holding", a, b, len(pool.free), "free")
        with pool.connection():
            pass
except PoolError as e:
    print("PoolError:", e)
print(len(pool.free), "free")

for event in pool.events:
    print(" ", event)


# A generator pipeline reading through a managed resource: closing the
# consumer early closes the producer, whose with block releases the
# connection (GeneratorExit is thrown through the context manager).
def rows(pool, n):
    with pool.connection() as c:
        for i in range(n):
            yield c.execute("ROW %d" % i)


pool.events.clear()
g = rows(pool, 10)
print(next(g), next(g), next(g))
g.close()
print(pool.events)
print(len(pool.free), "free")


# KeyboardInterrupt-like BaseException passes through untouched.
class Stop(BaseException):
    pass


@contextmanager
def tracing(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


try:
    with tracing("outer"), tracing("inner"):
        raise Stop("halt")
except Stop as e:
    print("Stop:", e)

with ExitStack() as stack:
    names = [stack.enter_context(tracing(n)) for n in "abc"]
    stack.callback(print, "callback ran first")
    print(names)

with suppress(ZeroDivisionError), tracing("div"):
    print(1 / 0)
print("done")

# An uncaught error thrown through the manager ends the program.
with pool.connection() as c:
    c.execute("bad query")
