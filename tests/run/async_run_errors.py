# asyncio.run misuse: a non-coroutine argument (ValueError: a coroutine was
# expected, got ...), and asyncio.run called from inside a running event
# loop (RuntimeError). asyncio.run can be called again once it returned.
import asyncio

async def inner():
    return "inner ran"

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("the coroutine is still usable:", await c)
    return "main result"

for bad in [5, "text", None, [1, 2], (3,)]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
print(asyncio.run(main()))
print(asyncio.run(inner()))
print(asyncio.run(inner()))
