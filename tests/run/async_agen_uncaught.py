# An exception from an async generator not caught by its consumer: the
# generator's finally runs, then exit 1 with the exception.
import asyncio

class E(Exception):
    pass

class ParseError(E):
    pass

async def records(lines):
    try:
        for line in lines:
            await asyncio.sleep(0)
            if ":" not in line:
                raise ParseError("no colon in " + repr(line))
            k, v = line.split(":")
            yield (k, v)
    finally:
        print("records finally")

async def main():
    async for k, v in records(["a:1", "b:2", "broken", "c:3"]):
        print(k, "=", v)

asyncio.run(main())
