# An async producer/consumer pipeline of async generators:
# produce -> parse -> enrich (awaits a lookup) -> batch, consumed by an
# async for; each stage logs so the pull-driven order is visible.
import asyncio

RAW = ["3 apples", "x", "5 pears", "", "2 plums", "7 figs", "1 kiwi"]
PRICES = {"apples": 2, "pears": 3, "plums": 5, "figs": 4}

async def produce(lines):
    for line in lines:
        await asyncio.sleep(0)
        print("  produce", repr(line))
        yield line

async def parse(src):
    async for line in src:
        parts = line.split()
        if len(parts) != 2:
            print("  parse: dropped", repr(line))
            continue
        yield (int(parts[0]), parts[1])

async def lookup(name):
    await asyncio.sleep(0.001)
    return PRICES.get(name, 0)

async def enrich(src):
    async for qty, name in src:
        price = await lookup(name)
        yield (name, qty, qty * price)

async def batch(src, size):
    chunk = []
    async for item in src:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

async def main():
    total = 0
    async for chunk in batch(enrich(parse(produce(RAW))), 2):
        print("batch", chunk)
        total += sum([c[2] for c in chunk])
    print("total", total)

asyncio.run(main())
