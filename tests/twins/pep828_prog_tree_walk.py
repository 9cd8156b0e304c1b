# Twin of tests/run/pep828_prog_tree_walk.py for CPython 3.11, which has no PEP 828.
# How it emulates the PEP:
# - Each `x = async yield from sub(...)` is written out as PEP 380's
#   expansion with the async methods (marked by a comment holding the
#   original line): prime with `await _sub.asend(None)`, yield each value
#   out, forward a value sent to the outer generator with
#   `await _sub.asend(s)`, an exception thrown in with `await _sub.athrow(e)`,
#   and GeneratorExit (aclose) with `await _sub.aclose()` followed by a
#   re-raise, so the inner generator sees everything first and its finally
#   runs before the outer one's; StopAsyncIteration ends the delegation.
# - `return v` in an async generator (a SyntaxError in 3.11) becomes
#   `ret.append(v); return`, `ret` being a holder list passed as an extra
#   last argument; the value of `async yield from` is read from the holder
#   the delegator passed (None when it stays empty), and where the PEP
#   program prints StopAsyncIteration's .value the twin prints the holder.
# - `x = yield from <sync iterable>` inside an async generator is written
#   out as PEP 380's own expansion (iter(), next()/send(), throw(), close(),
#   StopIteration.value), which is exactly what the PEP keeps unchanged.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828 in a realistic program: walking a tree of directories whose
#   listings are "fetched" asynchronously; the walker delegates to itself for
#   each subdirectory with `async yield from` and each call returns the total
#   size below it; sorted file lists come from `yield from` a sync generator.
import asyncio

TREE = {
    "/": ["docs/", "src/", "README"],
    "/docs/": ["guide.txt", "api/"],
    "/docs/api/": ["index.txt"],
    "/src/": ["main.py", "util.py", "empty/"],
    "/src/empty/": [],
}
SIZES = {"/README": 120, "/docs/guide.txt": 4000, "/docs/api/index.txt": 900,
         "/src/main.py": 2500, "/src/util.py": 800}

async def listdir(path):
    await asyncio.sleep(0)
    return TREE[path]

def files_in(path, names):
    for name in sorted(names):
        if not name.endswith("/"):
            yield ("file", path + name, SIZES[path + name])

async def walk(path, depth, ret):
    names = await listdir(path)
    yield ("dir", path, depth)
    total = 0
    for name in names:
        if name.endswith("/"):
            # total += async yield from walk(path + name, depth + 1)
            _r = []
            _sub = walk(path + name, depth + 1, _r)
            try:
                _y = await _sub.asend(None)
            except StopAsyncIteration:
                pass
            else:
                while True:
                    try:
                        _s = yield _y
                    except GeneratorExit:
                        await _sub.aclose()
                        raise
                    except BaseException as _e:
                        try:
                            _y = await _sub.athrow(_e)
                        except StopAsyncIteration:
                            break
                    else:
                        try:
                            _y = await _sub.asend(_s)
                        except StopAsyncIteration:
                            break
            total += (_r[0] if _r else None)
        else:
            total += SIZES[path + name]
    # yield from files_in(path, names)
    _sub = iter(files_in(path, names))
    _r = []
    try:
        _y = next(_sub)
    except StopIteration as _stop:
        _r.append(_stop.value)
    else:
        while True:
            try:
                _s = yield _y
            except GeneratorExit:
                if hasattr(_sub, "close"):
                    _sub.close()
                raise
            except BaseException as _e:
                if not hasattr(_sub, "throw"):
                    raise
                try:
                    _y = _sub.throw(_e)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
            else:
                try:
                    if _s is None:
                        _y = next(_sub)
                    else:
                        _y = _sub.send(_s)
                except StopIteration as _stop:
                    _r.append(_stop.value)
                    break
    yield ("total", path, total)
    ret.append(total)
    return

async def main():
    ret = []
    g = walk("/", 0, ret)
    while True:
        try:
            kind, path, n = await g.__anext__()
        except StopAsyncIteration:
            print("grand total", ret[0])
            break
        if kind == "dir":
            print("  " * n + path)
        elif kind == "file":
            print("    " + path, n)
        else:
            print("  = " + path, n)

asyncio.run(main())
