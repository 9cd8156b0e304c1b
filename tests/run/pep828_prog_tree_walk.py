# yieldc-flags: --pep828=draft
# PEP 828 in a realistic program: walking a tree of directories whose
# listings are "fetched" asynchronously; the walker delegates to itself for
# each subdirectory with `async yield from` and each call returns the total
# size below it; sorted file lists come from `yield from` a sync generator.
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

async def walk(path, depth):
    names = await listdir(path)
    yield ("dir", path, depth)
    total = 0
    for name in names:
        if name.endswith("/"):
            total += async yield from walk(path + name, depth + 1)
        else:
            total += SIZES[path + name]
    yield from files_in(path, names)
    yield ("total", path, total)
    return total

async def main():
    g = walk("/", 0)
    while True:
        try:
            kind, path, n = await g.__anext__()
        except StopAsyncIteration as e:
            print("grand total", e.value)
            break
        if kind == "dir":
            print("  " * n + path)
        elif kind == "file":
            print("    " + path, n)
        else:
            print("  = " + path, n)

asyncio.run(main())
