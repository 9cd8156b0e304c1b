"""asyncio: yieldc's own implementation of the asyncio module, in Python.

yieldc compiles this file with the program that imports it (runtime/lib is
the library directory).  It is written for yieldc, not taken from CPython's
Lib, which was read to match its behaviour: the order in which tasks wake
up is what decides the order of a program's output, so each primitive
wakes its waiters in CPython's order, through futures whose done callbacks
run by the loop's call_soon as CPython's do.

The event loop itself is C: the private module _yieldc_asyncio (loop.c)
has the loop, tasks, futures, sleep, gather, shield, wait_for and run.  This
file re-exports those functions unchanged (the compiler calls asyncio.run,
sleep, gather and create_task of `import asyncio` straight into the core:
emit_call, sema_is_asyncio) and adds, in Python, what is classes and
loops over futures:

- the synchronisation primitives Lock, Event, Semaphore, BoundedSemaphore
  (async with), and Queue (put/get and their _nowait forms, qsize, empty,
  full, maxsize, task_done/join, QueueEmpty/QueueFull);
- timeout(delay) and timeout_at(when), 3.11's: the cancellation of the
  task when the deadline passes becomes TimeoutError at the exit of the
  async with block (CancelledError inside it);
- TaskGroup (3.11's: waits for its tasks at exit, cancels the others and
  the parent task at the first failure, raises a BaseExceptionGroup of the
  failures), wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
  timeout; returns the sets (done, pending)), as_completed (timeout);
- the event loop objects: get_running_loop, get_event_loop,
  new_event_loop, set_event_loop, and a loop's run_until_complete,
  call_soon, call_later, call_at (Handle/TimerHandle with cancel), time,
  create_task, create_future, is_running, is_closed, close;
- isfuture, iscoroutine, ensure_future.

Left out (each is a compile-time "not supported yet", since CPython has
it and this module does not bind it): streams, subprocesses, Condition,
Barrier, PriorityQueue, LifoQueue, run_forever/stop, the policies,
to_thread, run_coroutine_threadsafe, Task (the class), all_tasks,
Task.cancel(msg), and the loop's network and signal methods.

Differences from CPython:
- yieldc has one event loop at a time: a loop object is a view of the C
  loop, which runs one loop's callbacks at a time.  new_event_loop gives
  a distinct object; what one loop schedules and does not run is dropped
  when it is closed, as in CPython.
- The sets TaskGroup keeps and that wait/as_completed start from are kept
  in the order the tasks were given: CPython's are sets of tasks, ordered
  by address, so the order in which it starts coroutines given to
  as_completed/wait, or cancels a TaskGroup's tasks, is not fixed there;
  here it is the order given.
- The deprecation warnings (a coroutine given to wait, get_event_loop
  with no loop set) are not printed.
"""

try:
    from _yieldc_asyncio import (run, sleep, gather, create_task, current_task,
                                 shield, wait_for, Future, CancelledError,
                                 InvalidStateError, TimeoutError, QueueEmpty,
                                 QueueFull)
    import _yieldc_asyncio as _core
except ImportError:
    # CPython runs this file as a program (tests/runtests lib/asyncio, with
    # -P so that `import asyncio` is CPython's): the classes below then run
    # over CPython's own loop, and the self-test at the end must print the
    # same there as compiled by yieldc over the core.
    import asyncio as _cpython_asyncio
    run = _cpython_asyncio.run
    sleep = _cpython_asyncio.sleep
    gather = _cpython_asyncio.gather
    create_task = _cpython_asyncio.create_task
    current_task = _cpython_asyncio.current_task
    shield = _cpython_asyncio.shield
    wait_for = _cpython_asyncio.wait_for
    Future = _cpython_asyncio.Future
    CancelledError = _cpython_asyncio.CancelledError
    InvalidStateError = _cpython_asyncio.InvalidStateError
    TimeoutError = _cpython_asyncio.TimeoutError
    QueueEmpty = _cpython_asyncio.QueueEmpty
    QueueFull = _cpython_asyncio.QueueFull

    class _CPythonCore:
        def __init__(self):
            self._loop = None

        def running(self):
            try:
                _cpython_asyncio.get_running_loop()
            except RuntimeError:
                return False
            return True

        def loop_object(self):
            return self._loop

        def set_loop_object(self, loop):
            self._loop = loop

        def call_soon(self, fn):
            _cpython_asyncio.get_running_loop().call_soon(fn)

        def call_at(self, when, fn):
            _cpython_asyncio.get_running_loop().call_at(when, fn)

        def time(self):
            return _cpython_asyncio.get_running_loop().time()

        def new_task(self, coro):
            return _cpython_asyncio.get_running_loop().create_task(coro)

        def isfuture(self, obj):
            return _cpython_asyncio.isfuture(obj)

        def run_count(self):
            return 0

        def iscoroutine(self, obj):
            return _cpython_asyncio.iscoroutine(obj)

    _core = _CPythonCore()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def isfuture(obj):
    return _core.isfuture(obj)


def iscoroutine(obj):
    return _core.iscoroutine(obj)


def ensure_future(coro_or_future, *, loop=None):
    if _core.isfuture(coro_or_future):
        return coro_or_future
    if not _core.iscoroutine(coro_or_future):
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


# ---- event loops -------------------------------------------------------------

class Handle:
    """What call_soon returns: cancel() keeps the callback from running."""

    __module__ = 'asyncio.events'

    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if not self._cancelled:
            callback = self._callback
            args = self._args
            self._callback = None
            self._args = None
            self._cancelled = True
            callback(*args)


class TimerHandle(Handle):
    """What call_later and call_at return."""

    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args):
        Handle.__init__(self, callback, args)
        self._when = when

    def when(self):
        return self._when


class _UnixSelectorEventLoop:
    """An event loop object: the C loop seen from Python."""

    __module__ = 'asyncio.unix_events'

    def __init__(self):
        self._closed = False

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self.is_running()} '
                f'closed={self._closed} debug=False>')

    def _bind(self):
        # The C loop schedules for this object from now on.
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if _core.loop_object() is None:
            _core.set_loop_object(self)

    def time(self):
        return _core.time()

    def call_soon(self, callback, *args):
        self._bind()
        handle = Handle(callback, args)
        _core.call_soon(handle._run)
        return handle

    def call_later(self, delay, callback, *args):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        if when is None:
            raise TypeError('when cannot be None')
        self._bind()
        handle = TimerHandle(when, callback, args)
        _core.call_at(when, handle._run)
        return handle

    def create_future(self):
        return Future()

    def create_task(self, coro, *, name=None):
        self._bind()
        return _core.new_task(coro)

    def is_running(self):
        return _core.running() and _core.loop_object() is self

    def is_closed(self):
        return self._closed

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if _core.running():
            if _core.loop_object() is self:
                raise RuntimeError('This event loop is already running')
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        _core.set_loop_object(self)
        return _core.run_until_complete(future)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        if _core.loop_object() is self:
            _core.close()


_event_loop = None      # the loop set_event_loop set (CPython's policy's)
_event_loop_set = False  # set_event_loop was called
_runs_seen = 0          # asyncio.run's runs that _event_loop knows of


def _sync_with_run():
    # asyncio.run sets the event loop to its own, then to None at its end.
    global _event_loop, _event_loop_set, _runs_seen
    runs = _core.run_count()
    if runs != _runs_seen:
        _runs_seen = runs
        _event_loop = None
        _event_loop_set = True


def _running_loop():
    loop = _core.loop_object()
    if loop is None:
        loop = _UnixSelectorEventLoop()
        _core.set_loop_object(loop)
    return loop


def get_running_loop():
    if not _core.running():
        raise RuntimeError('no running event loop')
    return _running_loop()


def new_event_loop():
    return _UnixSelectorEventLoop()


def set_event_loop(loop):
    global _event_loop, _event_loop_set
    _sync_with_run()
    if loop is not None and not isinstance(loop, _UnixSelectorEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop_set = True
    _event_loop = loop


def get_event_loop():
    global _event_loop
    if _core.running():
        return _running_loop()
    _sync_with_run()
    if _event_loop is None and not _event_loop_set:
        _event_loop = new_event_loop()
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


# ---- synchronisation primitives ----------------------------------------------

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked:
            free = True
            if self._waiters is not None:
                for w in self._waiters:
                    if not w.cancelled():
                        free = False
                        break
            if free:
                self._locked = True
                return True
        if self._waiters is None:
            self._waiters = []
        fut = Future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event:
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = Future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def locked(self):
        if self._value == 0:
            return True
        for w in (self._waiters or ()):
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = Future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Queue:
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._queue = []
        self._head = 0      # _queue[_head:] are the items, oldest first

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self.qsize():
            result += f' _queue={self._queue[self._head:]!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = Future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = Future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# ---- timeouts ----------------------------------------------------------------

class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state == 'expiring' or self._state == 'expired'

    def __repr__(self):
        info = ''
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info = f' when={when}'
        return f"<Timeout [{self._state}]{info}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---- waiting for several -----------------------------------------------------

def _distinct_futures(fs, loop):
    # ensure_future of each distinct awaitable, in the order given.
    seen = []
    result = []
    for f in fs:
        new = True
        for s in seen:
            if s is f:
                new = False
                break
        if new:
            seen.append(f)
            result.append(ensure_future(f, loop=loop))
    return result


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if _core.isfuture(fs) or _core.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    fs = list(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when != FIRST_COMPLETED and return_when != FIRST_EXCEPTION and return_when != ALL_COMPLETED:
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = _distinct_futures(fs, loop)
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _release_waiter(waiter):
    if not waiter.done():
        waiter.set_result(None)


def as_completed(fs, *, timeout=None):
    if _core.isfuture(fs) or _core.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = _distinct_futures(fs, loop)
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---- TaskGroup ---------------------------------------------------------------

class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


if __name__ == "__main__":
    # Kept small: every program that imports asyncio compiles it.
    async def _self_test():
        jobs = Queue(1)
        done = []

        async def worker():
            while (item := await jobs.get()) is not None:
                async with Lock():
                    done.append(item)

        try:
            async with TaskGroup() as tg:
                tg.create_task(worker())
                for item in range(3):
                    await jobs.put(item)
                await jobs.put(None)
                async with timeout(0.001):
                    await Event().wait()
        except ExceptionGroup as eg:
            print(done, repr(eg))

    run(_self_test())
