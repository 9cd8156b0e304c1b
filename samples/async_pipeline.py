# async_pipeline.py: three async generators chained into a lazy pipeline,
# read_lines -> parse_numbers -> running_total, consumed by async for.
# Each stage awaits (as real I/O would) and pulls one item at a time from
# the stage before it.
import asyncio

async def read_lines(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield line

async def parse_numbers(lines):
    async for line in lines:
        text = line.strip()
        if text:
            yield int(text)
        else:
            print("  (skipping a blank line)")

async def running_total(numbers):
    total = 0
    async for n in numbers:
        total += n
        yield n, total

async def main():
    raw = ["4", " 8", "", "15 ", "16", "  ", "23", "42"]
    async for n, total in running_total(parse_numbers(read_lines(raw))):
        print("read", n, "running total", total)

asyncio.run(main())
